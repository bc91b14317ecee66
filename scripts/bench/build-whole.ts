// `npx tsx scripts/bench/build-whole.ts [deep|chain] [size] [--reps N]`: CPU time of buildWhole alone (the
// problem a question builds before any search), best and median of N: cold (a fresh copy of the graph,
// so nothing per graph is known yet) and warm (the same graph, a new Question each call, as planCareer does).

import { loadavg } from 'node:os';
import { buildCareerGraph } from '../../src/domain/career-graph';
import { buildWhole, questionOf } from '../../src/domain/planner/problem';
import type { CareerGraphFile, Situation } from '../../src/domain/types';
import { chainGraph, deepLattice } from './shapes';

const args = process.argv.slice(2);
const positional = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const [shape = 'deep', sizeArg = '10000'] = positional;
const at = args.indexOf('--reps');
const reps = at >= 0 ? Number(args[at + 1]) : 15;
const size = Number(sizeArg);
const file: CareerGraphFile = shape === 'chain' ? chainGraph(size) : deepLattice(size, 100, 42);
const situation: Situation = { holds: [shape === 'chain' ? 'chain-0' : 'deep-root'] };
const goal = shape === 'chain' ? `chain-${size - 1}` : 'deep-goal';
const graph = buildCareerGraph(file);

/** CPU milliseconds of one call. */
function cpu(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const stats = (xs: number[]): string => {
  const s = [...xs].sort((a, b) => a - b);
  return `best ${s[0]?.toFixed(1)} ms, median ${s[Math.floor(s.length / 2)]?.toFixed(1)} ms`;
};

const cold: number[] = [];
const warm: number[] = [];
let nodes = 0;
for (let r = 0; r < reps; r++) {
  const fresh = graph.copy();
  cold.push(cpu(() => void buildWhole(fresh, questionOf(situation, false), goal)));
}
buildWhole(graph, questionOf(situation, false), goal);
for (let r = 0; r < reps; r++) {
  warm.push(
    cpu(() => {
      nodes = buildWhole(graph, questionOf(situation, false), goal).ids.length;
    }),
  );
}
console.log(`${shape} ${size}: ${nodes} problem nodes, load ${loadavg()[0]?.toFixed(2)}`);
console.log(`  cold buildWhole ${stats(cold)} (${reps} fresh copies)`);
console.log(`  warm buildWhole ${stats(warm)} (${reps} calls)`);
