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
  renamedBetween,
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

describe('a node renamed in the editor', () => {
  it('keeps its place as goal, held item and selection, with no "dropped" notice', async () => {
    const { createAppStore } = await import('../../../src/state/store');
    const { buildCareerGraph } = await import('../../../src/domain/career-graph');
    const store = createAppStore({ loaded: { file: health.file, graph: health.graph } });
    store.getState().addHeld('rhit');
    store.getState().setYears('rhit', 2);
    store.getState().setGoal('rhit');
    store.getState().select('rhit');
    const renamed = renameMentions(
      { ...health.file, nodes: health.file.nodes.map((n) => (n.id === 'rhit' ? { ...n, id: 'rhit-2' } : n)) },
      'rhit',
      'rhit-2',
    );
    store.getState().setGraph(renamed, buildCareerGraph(renamed), { from: 'rhit', to: 'rhit-2' });
    const { view, notices } = store.getState();
    expect(view.goal).toBe('rhit-2');
    expect(view.selected).toBe('rhit-2');
    expect(view.situation.holds).toEqual(['rhit-2']);
    expect(view.situation.years).toEqual({ 'rhit-2': 2 });
    expect(notices).toEqual([]);
    // Without saying it was renamed, the old id is unknown and dropped (and said so).
    store.getState().setGraph(health.file, health.graph);
    expect(store.getState().view.goal).toBeNull();
  });
});

describe('renamedBetween', () => {
  it('finds the one renamed node, and nothing when more changed', () => {
    const blank = blankGraph('2026-12-01');
    const two = addNode(blank).file;
    const renamed = { ...two, nodes: two.nodes.map((n) => (n.id === 'new-node' ? { ...n, id: 'x' } : n)) };
    expect(renamedBetween(two, renamed)).toEqual({ from: 'new-node', to: 'x' });
    expect(renamedBetween(renamed, two)).toEqual({ from: 'x', to: 'new-node' });
    expect(renamedBetween(blank, two)).toBeUndefined();
    expect(renamedBetween(two, two)).toBeUndefined();
  });
});
