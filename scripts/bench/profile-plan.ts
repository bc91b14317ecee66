// `npx tsx scripts/bench/profile-plan.ts chain 1000 [goal] [--reps N] [--by months] [--budget B] [--jit-warm]`: a CPU profile of
// planCareer (3 plans) on one bench shape (chain N, deep N), cold (fresh copy of the graph) then warm,
// printing the functions with the most self and inclusive time: where a question's milliseconds go.

import { Session } from 'node:inspector/promises';
import { buildCareerGraph } from '../../src/domain/career-graph';
import { type Objective, planCareer } from '../../src/domain/planner';
import type { CareerGraphFile, Situation } from '../../src/domain/types';
import { chainGraph, deepLattice } from './shapes';

interface ProfileNode {
  id: number;
  positionTicks?: { line: number; ticks: number }[];
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const [shape = 'chain', sizeArg = '1000', goalArg] = positional;
const flag = (name: string, fallback: string): string => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? (process.argv[at + 1] ?? fallback) : fallback;
};
const size = Number(sizeArg);
const reps = Number(flag('reps', '3'));
const by = flag('by', 'months') as Objective;
// Without --budget, the planner's default (scaled to the problem); with it, that many search nodes.
const budgetArg = flag('budget', '');
const limits = budgetArg === '' ? {} : { searchBudget: Number(budgetArg) };
const file: CareerGraphFile = shape === 'chain' ? chainGraph(size) : deepLattice(size, 100, 42);
const situation: Situation = { holds: [shape === 'chain' ? 'chain-0' : 'deep-root'] };
const goal = goalArg ?? (shape === 'chain' ? `chain-${size - 1}` : 'deep-goal');
const graph = buildCareerGraph(file);

function summary(profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] }, label: string) {
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const name = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber + 1}`;
  const kids = new Map(profile.nodes.map((n) => [n.id, n.children ?? []]));
  const incl = new Map<number, number>();
  const total = (id: number): number => {
    const t = (self.get(id) ?? 0) + (kids.get(id) ?? []).reduce((a, k) => a + total(k), 0);
    incl.set(id, t);
    return t;
  };
  for (const n of profile.nodes) if (!incl.has(n.id)) total(n.id);
  const selfBy = new Map<string, number>();
  const inclBy = new Map<string, number>();
  for (const n of profile.nodes) {
    selfBy.set(name(n), (selfBy.get(name(n)) ?? 0) + (self.get(n.id) ?? 0) / 1000);
    inclBy.set(name(n), Math.max(inclBy.get(name(n)) ?? 0, (incl.get(n.id) ?? 0) / 1000));
  }
  console.log(`== ${label}`);
  if (process.argv.includes('--lines')) {
    const lines = new Map<string, number>();
    for (const n of profile.nodes)
      for (const t of n.positionTicks ?? []) {
        const k = `${n.callFrame.url.split('/').pop()}:${t.line}`;
        lines.set(k, (lines.get(k) ?? 0) + t.ticks);
      }
    for (const [k, v] of [...lines].sort((a, b) => b[1] - a[1]).slice(0, 40))
      console.log(`  line ${String(v).padStart(6)}  ${k}`);
  }
  for (const [k, v] of [...inclBy].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  incl ${v.toFixed(1).padStart(8)} ms  ${k}`);
  for (const [k, v] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 20))
    console.log(`  self ${v.toFixed(1).padStart(8)} ms  ${k}`);
}

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.setSamplingInterval', { interval: 100 });
if (process.argv.includes('--jit-warm')) {
  // As in the bench, where earlier rows have run the planner: the JIT has compiled it already.
  const other = buildCareerGraph(shape === 'chain' ? chainGraph(size) : deepLattice(size, 100, 7));
  planCareer(other, situation, goal, { by, alternatives: 3, ...limits });
}
const fresh = graph.copy();
await session.post('Profiler.start');
let t = performance.now();
planCareer(fresh, situation, goal, { by, alternatives: 3, ...limits });
console.log(`cold ${(performance.now() - t).toFixed(1)} ms`);
summary((await session.post('Profiler.stop')).profile as never, 'cold');
planCareer(graph, situation, goal, { by, alternatives: 3, ...limits }); // warm-up: the first call on `graph`
await session.post('Profiler.start');
t = performance.now();
for (let r = 0; r < reps; r++) planCareer(graph, situation, goal, { by, alternatives: 3, ...limits });
console.log(`warm ${((performance.now() - t) / reps).toFixed(1)} ms per call (${reps} calls)`);
summary((await session.post('Profiler.stop')).profile as never, `warm ×${reps}`);
session.disconnect();
