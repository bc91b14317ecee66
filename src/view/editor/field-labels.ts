// The editor's words for each node field (the spreadsheet column it matches), and an example of
// what to type, written by the same cell codecs the spreadsheets use so the two never disagree.

import { NODE_COLUMNS } from '../../data/csv/columns';

export interface FieldInfo {
  name: string;
  label: string;
  hint?: string;
  long?: boolean;
}

const WORDS: Record<string, Omit<FieldInfo, 'name'>> = {
  id: { label: 'Id', hint: 'lower-case words with dashes, e.g. medical-coder' },
  kind: { label: 'Kind' },
  label: { label: 'Label' },
  level: { label: 'Level', hint: 'a number; higher is further along' },
  months: { label: 'Months to obtain' },
  cost: { label: 'Cost' },
  summary: { label: 'Summary', long: true },
  notes: { label: 'Notes', long: true },
  requires: {
    label: 'Requires',
    hint: 'e.g. bachelor-him or master-him, high-school-diploma and (3 yr medical-coder or 3 yr medical-biller)',
  },
  issuer: { label: 'Issuer' },
  codes: { label: 'Codes', hint: 'e.g. soc=29-2072; onet=29-2072.00' },
  costKnown: { label: 'Cost known', hint: 'true or false (empty: true)' },
  monthsKnown: { label: 'Months known', hint: 'true or false (empty: true)' },
  requiresKnown: { label: 'Requirements known', hint: 'true or false (empty: true)' },
  prefers: { label: 'Prefers', hint: 'same syntax as Requires' },
  regions: { label: 'Regions', hint: 'e.g. NJ; NY' },
  sources: { label: 'Sources', hint: 'source keys, e.g. bls-ooh; ahima' },
  salaryLow: { label: 'Salary: low' },
  salaryMedian: { label: 'Salary: median' },
  salaryMean: { label: 'Salary: mean' },
  salaryHigh: { label: 'Salary: high' },
  salaryYear: { label: 'Salary: year', hint: 'e.g. 2024' },
  salarySource: { label: 'Salary: source key' },
  salaryByRegion: {
    label: 'Salary by region',
    hint: 'e.g. NJ: median=52000, year=2024, source=bls-nj; NY: mean=61000, year=2024, source=bls-ny',
    long: true,
  },
  outlookGrowthPercent: { label: 'Outlook: growth %' },
  outlookPeriod: { label: 'Outlook: period', hint: 'e.g. 2024-2034' },
  outlookSource: { label: 'Outlook: source key' },
};

export const NODE_FIELDS: readonly FieldInfo[] = NODE_COLUMNS.map((c) => ({
  name: c.name,
  ...(WORDS[c.name] ?? { label: c.name }),
}));

/** The fields shown open; the rest sit under "More fields". */
export const EVERYDAY_FIELDS = new Set([
  'id',
  'kind',
  'label',
  'level',
  'months',
  'cost',
  'requires',
  'summary',
]);
