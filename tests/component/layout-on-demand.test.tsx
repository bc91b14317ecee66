// @vitest-environment jsdom
// The layered layout loads on first use (src/view/graph/canvas-on-demand.ts): a graph without
// stored positions (a person's own) is "pending" until the layout's code is here, then laid out;
// a built-in graph opens on its stored positions without it.
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadBuiltinGraphById } from '../../src/data/builtin';
import type { CareerGraph } from '../../src/domain/career-graph';
import type { LayoutState } from '../../src/view/graph/useGraphLayout';
import { fixtureGraph } from './explorer-helpers';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
});

/** Renders nothing; keeps every state the hook gave. */
function Probe(props: { use: (g: CareerGraph) => LayoutState; graph: CareerGraph; states: LayoutState[] }) {
  props.states.push(props.use(props.graph));
  return null;
}

/** Fresh modules (the test setup loaded the layout already): the moment before it has loaded. */
async function freshLayout() {
  vi.resetModules();
  const hook = await import('../../src/view/graph/useGraphLayout');
  const onDemand = await import('../../src/view/graph/canvas-on-demand');
  const states: LayoutState[] = [];
  const show = (graph: CareerGraph) => {
    root = createRoot(document.createElement('div'));
    act(() => root?.render(createElement(Probe, { use: hook.useGraphLayout, graph, states })));
  };
  return { layered: onDemand.layeredLayout, states, show };
}

const settle = async () => {
  for (let i = 0; i < 20; i++) await act(async () => new Promise((r) => setTimeout(r, 5)));
};

describe('the layered layout on demand', () => {
  it('keeps a graph without stored positions pending until its code has loaded, then lays it out', async () => {
    const { layered, states, show } = await freshLayout();
    expect(layered.loaded()).toBeNull();
    const { graph } = fixtureGraph();
    show(graph);
    expect(states[0]).toEqual({ kind: 'pending', done: 0 });
    await settle();
    expect(layered.loaded()).not.toBeNull();
    const last = states.at(-1);
    expect(last?.kind).toBe('ready');
    expect(last?.kind === 'ready' && last.positions.size).toBe(graph.order);
  });

  it('opens a built-in graph on its stored positions without loading the layout', async () => {
    const { layered, states, show } = await freshLayout();
    const builtin = await loadBuiltinGraphById('health-information');
    if (!builtin.ok) throw new Error(builtin.problems.join(' '));
    show(builtin.graph);
    await settle();
    expect(states.at(-1)?.kind).toBe('ready');
    expect(layered.loaded()).toBeNull();
  });
});
