// Plain-words helpers: exact texts for durations, money, requirements, salaries and short labels.
import { describe, expect, it } from 'vitest';
import { formatMonths, formatYears } from '../../src/present/format/duration';
import { shortLabel } from '../../src/present/format/labels';
import { describeCost, formatMoney, formatMoneyChange } from '../../src/present/format/money';
import { describeRequirement } from '../../src/present/format/requirement-words';
import { describeSalary, salaryFor } from '../../src/present/format/salary';
import { fixtureGraph } from './explorer-helpers';

const { graph } = fixtureGraph();
const labelOf = (id: string) => graph.getNodeAttribute(id, 'label');

describe('formatMonths', () => {
  it.each([
    [0, 'no time'],
    [0.2, 'under 1 mo'],
    [5, '5 mo'],
    [12, '1 yr'],
    [27, '2 yr 3 mo'],
    [47.6, '4 yr'],
    [Number.POSITIVE_INFINITY, 'unknown time'],
  ])('%s months → %s', (m, text) => expect(formatMonths(m)).toBe(text));
  it('years', () => {
    expect(formatYears(2)).toBe('2 yr');
    expect(formatYears(1.25)).toBe('1.3 yr');
  });
});

describe('money', () => {
  it('formats whole dollars with grouping', () => {
    expect(formatMoney(44719, 'USD')).toBe('$44,719');
    expect(formatMoney(46440.4, 'USD')).toBe('$46,440');
    expect(formatMoneyChange(73241, 'USD')).toBe('+$73,241');
    expect(formatMoneyChange(-1200, 'USD')).toBe('\u2212$1,200');
  });
  it('never shows an unknown fee as free', () => {
    expect(describeCost(0, 1, 'USD')).toBe('fee not known');
    expect(describeCost(8100, 2, 'USD')).toBe('$8,100 + 2 fees not known');
    expect(describeCost(0, 0, 'USD')).toBe('$0');
  });
});

describe('describeRequirement', () => {
  it('says one of, all of and experience in words', () => {
    expect(describeRequirement(graph.getNodeAttribute('rhia', 'requires'), labelOf)).toBe(
      "one of: Bachelor's degree in HIM, Master's degree in HIM",
    );
    expect(
      describeRequirement(graph.getNodeAttribute('medical-and-health-services-manager', 'requires'), labelOf),
    ).toBe(
      "all of: (one of: Bachelor's degree in HIM, Master's degree in HIM); (one of: 2 yr as Medical Records Technician, 2 yr as Health Information Technician)",
    );
    expect(describeRequirement(graph.getNodeAttribute('office-manager', 'requires'), labelOf)).toBe(
      '3 yr as Medical Coder',
    );
    expect(describeRequirement(undefined, labelOf)).toBeUndefined();
  });
  it('uses semicolons when a member has its own commas', () => {
    const lbl = (id: string) => (id === 'a' ? 'A, formerly B' : id.toUpperCase());
    expect(describeRequirement({ anyOf: ['a', 'c'] }, lbl)).toBe('one of: A, formerly B; C');
  });
});

describe('salaries', () => {
  it('prefers the chosen region where the data has one, else the national figure', () => {
    const mrt = graph.getNodeAttributes('medical-records-technician');
    expect(salaryFor(mrt, 'NJ')).toEqual({
      amount: 52000,
      figure: 'median',
      year: '2024',
      source: 'fixture',
      region: 'NJ',
    });
    expect(salaryFor(mrt, 'CA')).toEqual({
      amount: 44719,
      figure: 'median',
      year: '2024',
      source: 'fixture',
    });
    expect(
      describeSalary(salaryFor(mrt, 'NJ') ?? { amount: 0, figure: 'median', year: '', source: '' }, 'USD'),
    ).toBe('$52,000 a year (median, NJ, 2024)');
    expect(salaryFor(graph.getNodeAttributes('co-owner'), null)).toBeUndefined();
  });
});

describe('shortLabel', () => {
  it.each([
    ['Registered Health Information Technician (RHIT)', 'RHIT'],
    ['Oncology Data Specialist (ODS), formerly Certified Tumor Registrar (CTR)', 'ODS'],
    ['Clinical documentation integrity (CDI) specialist', 'CDI specialist'],
    ["Bachelor's degree in health information management (CAHIIM-accredited)", "Bachelor's in HIM"],
    ['Medical secretary / administrative assistant', 'Medical secretary'],
    ['Medical coder', 'Medical coder'],
    // No space before the colon (it read "CNA : state…").
    [
      'Certified nursing assistant (CNA): state competency exam and registry listing',
      'CNA: state competency exam and registry listing',
    ],
  ])('%s → %s', (label, short) => expect(shortLabel(label)).toBe(short));
});
