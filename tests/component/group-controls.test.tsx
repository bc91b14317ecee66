// A big graph's group controls stay one line over the map however many groups are expanded: the
// bar holds Expand all and Collapse all only, and the folded list names every group, the
// expanded ones first (last expanded on top) with their Collapse buttons.
// @vitest-environment jsdom

import { describe, expect, it, vi } from 'vitest';
import { GroupControls } from '../../src/view/graph/GroupControls';
import type { GroupExpansionState } from '../../src/view/graph/useGroupExpansion';
import { click, readyStore, render } from './explorer-helpers';

const groups = Array.from({ length: 8 }, (_, i) => ({
  id: `group:${i}`,
  name: `Levels 1–2, block ${i + 1}`,
  count: 100 + i,
}));

function state(expanded: string[]): GroupExpansionState {
  return {
    groups,
    expanded,
    message: '',
    toggle: vi.fn(),
    expand: vi.fn(),
    expandAll: vi.fn(),
    collapseAll: vi.fn(),
  };
}

describe('GroupControls', () => {
  it('keeps the bar to two buttons with six groups expanded, and lists their Collapse buttons first', () => {
    const s = state(['group:2', 'group:5', 'group:0', 'group:7', 'group:1', 'group:3']);
    const { container, unmount } = render(readyStore(), <GroupControls state={s} />);
    const text = (els: Iterable<Element>) => [...els].map((b) => b.textContent);
    expect(text(container.querySelectorAll('fieldset button'))).toEqual(['Expand all', 'Collapse all']);
    expect(container.querySelector('fieldset legend')?.textContent).toBe('Groups of nodes');
    expect(container.querySelector('details summary')?.textContent).toBe('Groups: 6 of 8 expanded');
    const listed = text(container.querySelectorAll('details li button'));
    expect(listed).toEqual([
      'Collapse Levels 1–2, block 4 (103)',
      'Collapse Levels 1–2, block 2 (101)',
      'Collapse Levels 1–2, block 8 (107)',
      'Collapse Levels 1–2, block 1 (100)',
      'Collapse Levels 1–2, block 6 (105)',
      'Collapse Levels 1–2, block 3 (102)',
      'Expand Levels 1–2, block 5 (104)',
      'Expand Levels 1–2, block 7 (106)',
    ]);
    click([...container.querySelectorAll('details li button')][2]);
    expect(s.toggle).toHaveBeenCalledWith('group:7');
    unmount();
  });
});
