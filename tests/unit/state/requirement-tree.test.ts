// The requirement builder's tree: every built-in requirement survives the round trip, the
// normalisation (empty groups and unpicked items left out, a group of one is its item) and each
// operation (add, remove, move, switch kind) give the exact requirement, and bad paths change nothing.
import { describe, expect, it } from 'vitest';
import { loadBuiltinGraphById } from '../../../src/data/builtin';
import { printRequirement } from '../../../src/data/requirement-text';
import type { Requirement } from '../../../src/domain/types';
import {
  addPart,
  depthOf,
  experienceItem,
  group,
  movePart,
  nodeItem,
  partAt,
  removePart,
  replacePart,
  requirementOf,
  setMode,
  type TreeGroup,
  treeOf,
} from '../../../src/state/requirement-tree';

const text = (t: TreeGroup): string => {
  const r = requirementOf(t);
  return r === undefined ? '' : printRequirement(r);
};

/** "credential or (certificate and 1 yr coder)" as a tree. */
const sample = (): TreeGroup =>
  treeOf({ anyOf: ['associate', { allOf: ['certificate', { experience: 'coder', years: 1 }] }] });

describe('treeOf and requirementOf', () => {
  it('gives back every requirement of both built-in graphs exactly', async () => {
    for (const id of ['health-information', 'nursing']) {
      const g = await loadBuiltinGraphById(id);
      if (!g.ok) throw new Error(`${id} did not load`);
      for (const n of g.file.nodes)
        for (const r of [n.requires, n.prefers])
          if (r !== undefined) expect(requirementOf(treeOf(r))).toEqual(r);
    }
  });

  it('puts a single node or experience in an "all of" group at the top', () => {
    const t = treeOf('diploma');
    expect(t.mode).toBe('allOf');
    expect(t.parts).toMatchObject([{ kind: 'node', id: 'diploma' }]);
    expect(requirementOf(t)).toBe('diploma');
    expect(treeOf({ experience: 'coder', years: 2 }).parts).toMatchObject([
      { kind: 'experience', role: 'coder', years: 2 },
    ]);
  });

  it('reads no requirement as an empty group, and an empty tree as no requirement', () => {
    const t = treeOf(undefined);
    expect(t.parts).toEqual([]);
    expect(requirementOf(t)).toBeUndefined();
  });

  it('leaves out empty groups and unpicked items, and a group of one is its item', () => {
    const t = group('anyOf', [
      nodeItem('a'),
      group('allOf', []),
      nodeItem(''),
      experienceItem('', 2),
      group('allOf', [group('anyOf', [nodeItem('b')])]),
    ]);
    expect(requirementOf(t)).toEqual({ anyOf: ['a', 'b'] });
    expect(requirementOf(group('allOf', [group('anyOf', [nodeItem('x')])]))).toBe('x');
  });

  it('keeps a group of one written in the text as a group in the tree', () => {
    const t = treeOf({ allOf: [{ anyOf: ['x'] }, 'y'] });
    expect(partAt(t, [0])).toMatchObject({ kind: 'group', mode: 'anyOf' });
    expect(requirementOf(t)).toEqual({ allOf: ['x', 'y'] });
  });
});

describe('operations', () => {
  it('adds an item, an experience and a nested group at the end of the group named', () => {
    let t = sample();
    t = addPart(t, [1], nodeItem('diploma'));
    expect(text(t)).toBe('associate or (certificate and 1 yr coder and diploma)');
    t = addPart(t, [], group('allOf', [nodeItem('p'), experienceItem('coder', 3)]));
    expect(text(t)).toBe('associate or (certificate and 1 yr coder and diploma) or (p and 3 yr coder)');
    t = addPart(t, [2], group('anyOf', [nodeItem('q'), nodeItem('r')]));
    expect(text(t)).toBe(
      'associate or (certificate and 1 yr coder and diploma) or (p and 3 yr coder and (q or r))',
    );
    // Counted as the format counts: an item is 1, each group around it one more.
    expect(depthOf(t)).toBe(4);
  });

  it('removes an item or a whole group', () => {
    expect(text(removePart(sample(), [1, 0]))).toBe('associate or 1 yr coder');
    expect(text(removePart(sample(), [1]))).toBe('associate');
    expect(text(removePart(removePart(sample(), [1]), [0]))).toBe('');
  });

  it('moves a part up and down within its group, and not past either end', () => {
    const t = sample();
    expect(text(movePart(t, [1], -1))).toBe('(certificate and 1 yr coder) or associate');
    expect(text(movePart(t, [0], 1))).toBe('(certificate and 1 yr coder) or associate');
    expect(text(movePart(t, [1, 1], -1))).toBe('associate or (1 yr coder and certificate)');
    expect(movePart(t, [0], -1)).toBe(t);
    expect(movePart(t, [1], 1)).toBe(t);
  });

  it('keeps each part its key through moves, so the view can keep focus on it', () => {
    const t = sample();
    const key = partAt(t, [1])?.key;
    expect(partAt(movePart(t, [1], -1), [0])?.key).toBe(key);
  });

  it('switches a group between all of and one of, at the top and nested', () => {
    expect(text(setMode(sample(), [], 'allOf'))).toBe('associate and (certificate and 1 yr coder)');
    expect(text(setMode(sample(), [1], 'anyOf'))).toBe('associate or (certificate or 1 yr coder)');
    const t = sample();
    expect(setMode(t, [], 'anyOf')).toBe(t);
  });

  it('replaces an item, e.g. the node picked or the years', () => {
    const t = sample();
    const exp = partAt(t, [1, 1]);
    if (exp?.kind !== 'experience') throw new Error('expected the experience');
    expect(text(replacePart(t, [1, 1], { ...exp, years: 2.5 }))).toBe(
      'associate or (certificate and 2.5 yr coder)',
    );
    expect(text(replacePart(t, [0], { kind: 'node', key: 'k', id: 'bachelor' }))).toBe(
      'bachelor or (certificate and 1 yr coder)',
    );
  });

  it('changes nothing for paths that name no part, or name an item where a group is needed', () => {
    const t = sample();
    expect(addPart(t, [0], nodeItem('x'))).toBe(t);
    expect(addPart(t, [7], nodeItem('x'))).toBe(t);
    expect(removePart(t, [])).toBe(t);
    expect(requirementOf(removePart(t, [5]))).toEqual(requirementOf(t));
    expect(replacePart(t, [], nodeItem('x'))).toBe(t);
    expect(requirementOf(replacePart(t, [9], nodeItem('x')))).toEqual(requirementOf(t));
    expect(partAt(t, [0, 0])).toBeUndefined();
  });

  it('never changes the tree it is given', () => {
    const t = sample();
    const before: Requirement | undefined = requirementOf(t);
    addPart(t, [1], nodeItem('z'));
    removePart(t, [0]);
    movePart(t, [1], -1);
    setMode(t, [1], 'anyOf');
    expect(requirementOf(t)).toEqual(before);
  });
});
