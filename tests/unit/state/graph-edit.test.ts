// The editor's data side: every field of every node survives the editor's text fields, deleting a
// node with its mentions leaves a valid graph, a renamed id is followed, and undo steps group typing.
import { describe, expect, it } from 'vitest';
import { loadBuiltinGraphById } from '../../../src/data/builtin';
import { validateCareerGraph } from '../../../src/data/validate';
import { record, redo, startHistory, undo } from '../../../src/state/edit-history';
import {
  addNode,
  blankGraph,
  cellsNode,
  columnOfPath,
  deleteNode,
  mentionsOf,
  nodeCells,
  renameMentions,
} from '../../../src/state/graph-edit';

const health = await loadBuiltinGraphById('health-information');
const nursing = await loadBuiltinGraphById('nursing');
if (!health.ok || !nursing.ok) throw new Error('built-in graphs should load');

describe('graph edits', () => {
  it('every node of the built-in graphs reads back the same from its editor fields', () => {
    for (const node of [...health.file.nodes, ...nursing.file.nodes]) {
      const back = cellsNode(nodeCells(node));
      expect(back.problems).toEqual({});
      expect(back.node).toEqual(node);
    }
  });

  it('a field that cannot be read is named, with the requirement syntax message', () => {
    const cells = nodeCells({ id: 'a', kind: 'role', label: 'A' });
    const r = cellsNode({ ...cells, requires: 'x and (y or', months: 'soon' });
    expect(Object.keys(r.problems).sort()).toEqual(['months', 'requires']);
  });

  it('deleting a node others require, with its mentions, leaves a valid graph without it', () => {
    const target = 'associate-him';
    const users = mentionsOf(health.file, target);
    expect(users.length).toBeGreaterThan(0);
    expect(validateCareerGraph(deleteNode(health.file, target, false)).ok).toBe(false);
    const after = deleteNode(health.file, target, true);
    const r = validateCareerGraph(after);
    expect(r.ok ? [] : r.problems).toEqual([]);
    expect(mentionsOf(after, target)).toEqual([]);
    expect(after.nodes).toHaveLength(health.file.nodes.length - 1);
  });

  it('a renamed id is followed by every requirement that named it', () => {
    const renamed = renameMentions(
      { ...health.file, nodes: health.file.nodes.map((n) => (n.id === 'rhit' ? { ...n, id: 'rhit-2' } : n)) },
      'rhit',
      'rhit-2',
    );
    expect(validateCareerGraph(renamed).ok).toBe(true);
    expect(mentionsOf(renamed, 'rhit')).toEqual([]);
    expect(mentionsOf(renamed, 'rhit-2').length).toBe(mentionsOf(health.file, 'rhit').length);
  });

  it('a new graph and an added node are valid', () => {
    const blank = blankGraph('2026-12-01');
    expect(validateCareerGraph(blank).ok).toBe(true);
    const added = addNode(addNode(blank).file);
    expect(added.id).toBe('new-node-2');
    expect(validateCareerGraph(added.file).ok).toBe(true);
  });

  it('validator paths point at the editor field', () => {
    expect(columnOfPath('$.nodes[3].salary.year')).toBe('salaryYear');
    expect(columnOfPath('$.nodes[3].requires.anyOf[1]')).toBe('requires');
    expect(columnOfPath('$.nodes[0]')).toBeUndefined();
  });
});

describe('edit history', () => {
  it('typing in one field is one step; undo and redo move between steps', () => {
    let h = startHistory('a');
    h = record(h, 'ab', 'label');
    h = record(h, 'abc', 'label');
    h = record(h, 'abc!', 'notes');
    expect(h.past).toEqual(['a', 'abc']);
    h = undo(h);
    expect(h.present).toBe('abc');
    h = undo(h);
    expect(h.present).toBe('a');
    expect(undo(h)).toBe(h);
    h = redo(h);
    expect(h.present).toBe('abc');
    // A new edit after undo drops the redo steps, and does not join the step before.
    h = record(h, 'x', 'label');
    expect(h.future).toEqual([]);
    expect(h.past).toEqual(['a', 'abc']);
  });
});
