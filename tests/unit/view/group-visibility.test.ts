// A big graph's grouped canvas as plain data: which members show (expanded groups, pinned plan
// steps / held / selected), the links that stand for a collapsed group's links, with counts, and
// which group a searched node opens.
import { describe, expect, it } from 'vitest';
import {
  aggregatedLinks,
  canvasChange,
  groupToReveal,
  shownMembers,
} from '../../../src/view/graph/group-visibility';

// Two groups of three, and one node in no group (a small graph's nodes have none).
const groupOf = new Map([
  ['a1', 'gA'],
  ['a2', 'gA'],
  ['a3', 'gA'],
  ['b1', 'gB'],
  ['b2', 'gB'],
  ['b3', 'gB'],
]);
const links = [
  { source: 'a1', target: 'b1' },
  { source: 'a2', target: 'b1' },
  { source: 'a3', target: 'b2' },
  { source: 'a1', target: 'a2' },
  { source: 'b1', target: 'a3' },
  { source: 'free', target: 'a1' },
  { source: 'free', target: 'b3' },
];

describe('shownMembers', () => {
  it('shows nothing of a collapsed graph but its pinned nodes', () => {
    expect([...shownMembers(groupOf, new Set(), [])]).toEqual([]);
    expect([...shownMembers(groupOf, new Set(), ['b2', 'free'])]).toEqual(['b2']);
  });
  it('shows every member of an expanded group and only those, plus the pinned', () => {
    expect([...shownMembers(groupOf, new Set(['gA']), [])].sort()).toEqual(['a1', 'a2', 'a3']);
    expect([...shownMembers(groupOf, new Set(['gA']), ['b3'])].sort()).toEqual(['a1', 'a2', 'a3', 'b3']);
  });
  it('ignores an unknown group', () => {
    expect([...shownMembers(groupOf, new Set(['nope']), [])]).toEqual([]);
  });
});

describe('aggregatedLinks', () => {
  it('joins the links between a collapsed group and each drawn node into one, with a count', () => {
    const shown = shownMembers(groupOf, new Set(['gA']), []);
    expect(aggregatedLinks(links, groupOf, shown)).toEqual([
      { id: 'agg:a1->gB', source: 'a1', target: 'gB', count: 1 },
      { id: 'agg:a2->gB', source: 'a2', target: 'gB', count: 1 },
      { id: 'agg:a3->gB', source: 'a3', target: 'gB', count: 1 },
      { id: 'agg:free->gB', source: 'free', target: 'gB', count: 1 },
      { id: 'agg:gB->a3', source: 'gB', target: 'a3', count: 1 },
    ]);
  });
  it('counts every link a drawn node has into the same collapsed group', () => {
    // b1 drawn (pinned), group A collapsed: a1->b1 and a2->b1 become one link of 2.
    const shown = shownMembers(groupOf, new Set(), ['b1']);
    expect(aggregatedLinks(links, groupOf, shown)).toEqual([
      { id: 'agg:b1->gA', source: 'b1', target: 'gA', count: 1 },
      { id: 'agg:free->gA', source: 'free', target: 'gA', count: 1 },
      { id: 'agg:free->gB', source: 'free', target: 'gB', count: 1 },
      { id: 'agg:gA->b1', source: 'gA', target: 'b1', count: 2 },
    ]);
  });
  it('draws nothing for links inside a group, between two collapsed groups, or between drawn nodes', () => {
    const inside = [{ source: 'a1', target: 'a2' }];
    const across = [{ source: 'a1', target: 'b1' }];
    expect(aggregatedLinks([...inside, ...across], groupOf, new Set())).toEqual([]);
    const everything = shownMembers(groupOf, new Set(['gA', 'gB']), []);
    expect(aggregatedLinks(links, groupOf, everything)).toEqual([]);
  });
});

describe('groupToReveal', () => {
  it('names the collapsed group of a chosen node, and nothing when it is already shown', () => {
    expect(groupToReveal('b2', groupOf, new Set())).toBe('gB');
    expect(groupToReveal('b2', groupOf, new Set(['gB']))).toBeNull();
    expect(groupToReveal('free', groupOf, new Set())).toBeNull();
    expect(groupToReveal(null, groupOf, new Set())).toBeNull();
  });
});

describe('canvasChange', () => {
  const withIds = links.map((l) => ({ ...l, id: `${l.source}->${l.target}` }));
  const linksOf = new Map<string, typeof withIds>();
  for (const l of withIds)
    for (const end of [l.source, l.target]) linksOf.set(end, [...(linksOf.get(end) ?? []), l]);
  it("adds an opened group's members, then the links between drawn nodes only", () => {
    const shown = shownMembers(groupOf, new Set(['gA']), []);
    const change = canvasChange(shown, groupOf, new Set(['free']), new Set(), linksOf);
    expect(change.removeNodes).toEqual([]);
    expect(change.addNodes.sort()).toEqual(['a1', 'a2', 'a3']);
    expect(change.addLinks.map((l) => l.id).sort()).toEqual(['a1->a2', 'free->a1']);
  });
  it("takes a collapsed group's members out, and adds nothing already there", () => {
    const shown = shownMembers(groupOf, new Set(['gB']), []);
    const change = canvasChange(
      shown,
      groupOf,
      new Set(['free', 'a1', 'a2', 'b1']),
      new Set(['a1->a2', 'free->a1']),
      linksOf,
    );
    expect(change.removeNodes.sort()).toEqual(['a1', 'a2']);
    expect(change.addNodes.sort()).toEqual(['b2', 'b3']);
    // b1 is there already: only the new members' links to drawn nodes come.
    expect(change.addLinks.map((l) => l.id).sort()).toEqual(['free->b3']);
  });
});
