// What a screen reader hears when a node is selected: its name and kind, its place in the plan,
// what it requires and what it leads to, so moving through the graph by keys tells the story.

import type { CareerGraph } from '../../domain/career-graph';
import { KIND_NAMES } from '../../present/format/labels';
import { describeRequirement } from '../../present/format/requirement-words';

/** "A, B, C and 4 more": long lists are cut so the sentence stays short enough to listen to. */
function someOf(labels: string[], max = 4): string {
  if (labels.length <= max) {
    return labels.length <= 1 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`;
  }
  return `${labels.slice(0, max).join(', ')} and ${labels.length - max} more`;
}

export interface NodeSpeechContext {
  /** The plan's steps in order (empty without a plan). */
  planSteps: readonly string[];
  held: readonly string[];
  goal: string | null;
}

export function describeNodeForSpeech(graph: CareerGraph, id: string, ctx: NodeSpeechContext): string {
  if (!graph.hasNode(id)) return '';
  const node = graph.getNodeAttributes(id);
  const labelOf = (n: string) => (graph.hasNode(n) ? graph.getNodeAttribute(n, 'label') : n);
  const parts = [`${node.label}, ${KIND_NAMES[node.kind].toLowerCase()}.`];
  const step = ctx.planSteps.indexOf(id);
  if (step >= 0) parts.push(`Plan step ${step + 1} of ${ctx.planSteps.length}.`);
  else if (ctx.planSteps.length > 0) parts.push('Not in your plan.');
  if (ctx.held.includes(id)) parts.push('You have this.');
  if (ctx.goal === id) parts.push('Your goal.');
  parts.push(`Requires ${describeRequirement(node.requires, labelOf) ?? 'nothing'}.`);
  const next = graph
    .outNeighbors(id)
    .map(labelOf)
    .sort((a, b) => a.localeCompare(b));
  parts.push(next.length ? `Leads to ${someOf(next)}.` : 'Leads to nothing further.');
  return parts.join(' ');
}
