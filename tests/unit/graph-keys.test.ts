// The graph's keys (issue 13): the help's table and the handler agree, every arrow is explained
// truthfully, and what a screen reader hears on a node says its plan step, requires and leads to.
import { describe, expect, it } from 'vitest';
import { describeNodeForSpeech } from '../../src/view/graph-keys/describe-node';
import {
  GRAPH_KEYS,
  graphKeyAction,
  graphKeysSentence,
  nothingThatWay,
} from '../../src/view/graph-keys/graph-keys';
import { fixtureGraph } from '../component/explorer-helpers';

describe('graph keys', () => {
  it('every key in the help does what its row says, and no key is listed twice', () => {
    const seen = new Set<string>();
    for (const row of GRAPH_KEYS) {
      for (const key of row.keys) {
        expect(seen.has(key), key).toBe(false);
        seen.add(key);
        expect(graphKeyAction({ key })).toEqual(row.action);
      }
    }
    expect(graphKeyAction({ key: 'Tab' })).toBeNull();
    expect(graphKeyAction({ key: 'ArrowRight', ctrlKey: true })).toBeNull();
  });

  it('says which arrows go to connected nodes and which stay in the column', () => {
    const does = (key: string) => GRAPH_KEYS.find((k) => k.keys.includes(key))?.does;
    expect(does('ArrowRight')).toBe('a node this one leads to (a connected node)');
    expect(does('ArrowLeft')).toBe('a node this one requires (a connected node)');
    expect(does('ArrowDown')).toBe('the next node down in the same column');
    expect(does('ArrowUp')).toBe('the next node up in the same column');
    expect(graphKeysSentence()).toContain('↑ the next node up in the same column');
    expect(nothingThatWay('leadsTo', 'Co-owner')).toBe('Co-owner leads to nothing further.');
    expect(nothingThatWay('down', 'CPC')).toBe('Nothing below CPC in this column.');
  });
});

describe('describeNodeForSpeech', () => {
  const { graph } = fixtureGraph();
  it('names the plan step, the requirement and what the node leads to', () => {
    const planSteps = ['cpc', 'medical-coder'];
    expect(
      describeNodeForSpeech(graph, 'medical-coder', { planSteps, held: [], goal: 'medical-coder' }),
    ).toBe(
      'Medical Coder, role. Plan step 2 of 2. Your goal. Requires one of: Certified Coding Associate (CCA), Certified Professional Coder (CPC). Leads to Office Manager.',
    );
  });

  it('says when a node is not in the plan, is held, or leads nowhere; long lists are cut', () => {
    const ctx = { planSteps: ['cpc'], held: ['high-school-diploma'], goal: null };
    const text = describeNodeForSpeech(graph, 'high-school-diploma', ctx);
    const leads = graph.outNeighbors('high-school-diploma').length;
    expect(leads).toBeGreaterThan(4);
    expect(text).toMatch(
      new RegExp(
        `^High school diploma, education\\. Not in your plan\\. You have this\\. Requires nothing\\. Leads to [^.]+ and ${leads - 4} more\\.$`,
      ),
    );
    const last = graph.nodes().find((id) => graph.outDegree(id) === 0) ?? '';
    expect(describeNodeForSpeech(graph, last, { planSteps: [], held: [], goal: null })).toMatch(
      /Leads to nothing further\.$/,
    );
    expect(describeNodeForSpeech(graph, 'no-such-node', ctx)).toBe('');
  });
});
