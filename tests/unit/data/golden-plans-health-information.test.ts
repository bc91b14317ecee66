// Golden plans of the health-information graph: for every role, the fastest plan from a high
// school diploma, as a counselor would lay it out, with the reason; fails if the planner's answer changes.

import { describe } from 'vitest';
import { checkGoldenPlans, type Golden, loadGraph } from './golden-plans';

const { file, graph } = loadGraph('graph-data/health-information.json');

const TABLE: Golden[] = [
  {
    goal: 'medical-secretary',
    steps: ['medical-secretary'],
    months: 0,
    cost: 0,
    reason: 'an entry job open with a diploma (BLS: high school plus on-the-job terminology)',
  },
  {
    goal: 'medical-biller',
    steps: ['medical-biller'],
    months: 0,
    cost: 0,
    reason: 'billers are trained on the job; a certificate or the CPB is preferred, not required',
  },
  {
    goal: 'cancer-registry-assistant',
    steps: ['cancer-registry-assistant'],
    months: 0,
    cost: 0,
    reason: 'registry work under a credentialed registrar, the year ODS route B asks for',
  },
  {
    goal: 'medical-records-technician',
    steps: ['medical-secretary', 'medical-records-technician'],
    months: 12,
    cost: 0,
    reason: 'a year in a medical office, then records: as fast as the one-year certificate, and paid',
  },
  {
    goal: 'medical-coder',
    steps: ['coding-course', 'cca', 'medical-coder'],
    months: 3,
    cost: 0,
    reason: 'a short coding course with the CCA exam (fees not known), not a credential alone',
  },
  {
    goal: 'health-information-technician',
    steps: ['associate-him', 'health-information-technician'],
    months: 24,
    cost: 8100,
    reason: 'the CAHIIM associate degree is the door to the job and to the RHIT',
  },
  {
    goal: 'cancer-registrar',
    steps: ['associate-cancer-registry', 'ods', 'cancer-registrar'],
    months: 27,
    cost: 8535,
    reason: 'NCRA route A1: the registry associate degree, then the ODS exam',
  },
  {
    goal: 'senior-coder',
    steps: ['coding-course', 'cca', 'medical-coder', 'senior-coder'],
    months: 39,
    cost: 0,
    reason: 'into coding in 3 months, then 3 years of coding',
  },
  {
    goal: 'cdi-specialist',
    steps: ['coding-course', 'cca', 'medical-coder', 'cdi-specialist'],
    months: 39,
    cost: 0,
    reason: 'CDI is a move for experienced coders: 3 years of coding first',
  },
  {
    goal: 'coding-auditor',
    steps: ['coding-course', 'cca', 'cpma', 'medical-coder', 'senior-coder', 'coding-auditor'],
    months: 63,
    cost: 0,
    reason: 'coder, senior coder after 3 years, auditor after 2 more, with the CPMA along the way',
  },
  {
    goal: 'coding-supervisor',
    steps: ['coding-course', 'cca', 'medical-coder', 'coding-supervisor'],
    months: 63,
    cost: 0,
    reason: 'five years of coding, the cautious end of the 3-5 years supervisors typically have',
  },
  {
    goal: 'office-manager',
    steps: ['medical-biller', 'office-manager'],
    months: 36,
    cost: 0,
    reason: 'promoted from the office staff: 3 years of billing from a diploma',
  },
  {
    goal: 'him-supervisor',
    steps: ['associate-him', 'health-information-technician', 'him-supervisor'],
    months: 48,
    cost: 8100,
    reason: 'an HIM associate degree and 2 years as a technician, no longer any associate degree',
  },
  {
    goal: 'registry-manager',
    steps: ['associate-cancer-registry', 'ods', 'cancer-registrar', 'registry-manager'],
    months: 63,
    cost: 8535,
    reason: 'credentialed registrar first, then 3 years of registry work',
  },
  {
    goal: 'medical-and-health-services-manager',
    steps: ['coding-course', 'cca', 'bachelor-any', 'medical-coder', 'medical-and-health-services-manager'],
    months: 51,
    cost: 46440,
    reason: "BLS: a bachelor's plus related experience; coding while studying gives the 4 years",
  },
  {
    goal: 'him-director',
    steps: [
      'associate-him',
      'health-information-technician',
      'rhit',
      'bachelor-him-progression',
      'him-supervisor',
      'him-director',
    ],
    months: 84,
    cost: 31320,
    reason: "HIM all the way: associate, RHIT, the RHIT-to-RHIA bachelor's, 3 years supervising",
  },
  {
    goal: 'compliance-officer',
    steps: ['cpco', 'associate-him', 'health-information-technician', 'him-supervisor', 'compliance-officer'],
    months: 84,
    cost: 8100,
    reason: 'a compliance credential (CPCO) and 3 years of supervising HIM work',
  },
  {
    goal: 'privacy-officer',
    steps: [
      'medical-secretary',
      'medical-records-technician',
      'bachelor-any',
      'post-bacc-him-certificate',
      'him-supervisor',
      'chps',
      'privacy-officer',
    ],
    months: 75,
    cost: 46440,
    reason:
      "the CHPS needs a bachelor's and 2 years of supervising records work (certificate length not known)",
  },
  {
    goal: 'health-informatics-specialist',
    steps: ['bachelor-any', 'master-health-informatics', 'health-informatics-specialist'],
    months: 72,
    cost: 70094,
    reason: "O*NET Job Zone 5: a bachelor's, then a master's in health informatics",
  },
  {
    goal: 'co-owner',
    steps: ['medical-biller', 'office-manager', 'co-owner'],
    months: 132,
    cost: 0,
    reason: "Zippia's ladder: 3 years of billing, 8 managing, then a share of a billing business",
  },
];

describe('golden plans: health information, from a high school diploma, fastest first', () => {
  checkGoldenPlans(graph, file, { holds: ['high-school-diploma'] }, TABLE);
});
