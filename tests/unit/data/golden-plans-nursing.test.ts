// Golden plans of the nursing graph: for every role, the fastest plan from a high school diploma
// (no region chosen), as a counselor would lay it out, with the reason; fails if the planner's answer changes.

import { describe } from 'vitest';
import { checkGoldenPlans, type Golden, loadGraph } from './golden-plans';

const { file, graph } = loadGraph('graph-data/nursing.json');

const TABLE: Golden[] = [
  {
    goal: 'nursing-assistant',
    steps: ['cna-training', 'cna-certification', 'nursing-assistant'],
    months: 3,
    cost: 0,
    reason: 'a state-approved aide course and the state exam (fees vary, not known): the quickest way in',
  },
  {
    goal: 'lpn',
    steps: ['practical-nursing-program', 'lpn-license', 'lpn'],
    months: 14,
    cost: 4250,
    reason: 'a year of practical nursing school, then the NCLEX-PN',
  },
  {
    goal: 'registered-nurse',
    steps: ['adn', 'rn-license', 'registered-nurse'],
    months: 26,
    cost: 8300,
    reason: 'the associate degree is the shortest and cheapest of the three RN paths, then the NCLEX-RN',
  },
  {
    goal: 'icu-rn',
    steps: ['adn', 'rn-license', 'icu-rn'],
    months: 26,
    cost: 8300,
    reason: 'an RN licence; some hospitals hire new graduates into critical care residencies',
  },
  {
    goal: 'travel-nurse',
    steps: ['adn', 'rn-license', 'multistate-rn-license', 'registered-nurse', 'travel-nurse'],
    months: 38,
    cost: 8300,
    reason:
      'a year as an RN, then travel on a multistate licence (with no state chosen, every licence is open)',
  },
  {
    goal: 'charge-nurse',
    steps: ['adn', 'rn-license', 'registered-nurse', 'charge-nurse'],
    months: 50,
    cost: 8300,
    reason: 'two years of staff nursing before running a shift',
  },
  {
    goal: 'nurse-manager',
    steps: ['adn', 'rn-license', 'registered-nurse', 'rn-to-bsn', 'nurse-manager'],
    months: 62,
    cost: 19910,
    reason: 'work as an RN while finishing the BSN online; manager after three years on the floor',
  },
  {
    goal: 'director-of-nursing',
    steps: ['adn', 'rn-license', 'registered-nurse', 'rn-to-bsn', 'nurse-manager', 'director-of-nursing'],
    months: 98,
    cost: 19910,
    reason: 'three more years managing a unit; an MSN is preferred, not required',
  },
  {
    goal: 'nurse-practitioner',
    steps: [
      'adn',
      'rn-license',
      'rn-to-bsn',
      'msn-np',
      'np-certification',
      'aprn-license',
      'nurse-practitioner',
    ],
    months: 65,
    cost: 43564,
    reason: 'ADN, RN licence, RN-to-BSN, an NP master, national board exam and the state APRN licence',
  },
  {
    goal: 'crna',
    steps: [
      'adn',
      'rn-license',
      'icu-rn',
      'rn-to-bsn',
      'crna-program',
      'crna-certification',
      'aprn-license',
      'crna',
    ],
    months: 77,
    cost: 55391,
    reason: 'a BSN and a year in the ICU (side by side), then the 3-year anesthesia doctorate and the NCE',
  },
];

describe('golden plans: nursing, from a high school diploma, fastest first', () => {
  checkGoldenPlans(graph, file, { holds: ['high-school-diploma'] }, TABLE);
});
