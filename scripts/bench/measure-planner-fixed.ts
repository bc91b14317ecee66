// `npx tsx scripts/bench/measure-planner-fixed.ts [--reps N]`: planCareer's fixed costs in CPU time
// (best of N, this process only): chain 1000/5000/50000 warm, deep lattice 10k cold (fresh copy of
// the graph each time) and warm, and schedulePlan alone on the chain plans.

import { buildCareerGraph } from '../../src/domain/career-graph';
import { planCareer } from '../../src/domain/planner';
import { schedulePlan } from '../../src/domain/planner/schedule';
import { chainGraph, deepLattice } from './shapes';

const at = process.argv.indexOf('--reps');
const reps = at >= 0 ? Number(process.argv[at + 1]) : 5;
const cpu = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
function best(run: () => void): number {
  let b = Number.POSITIVE_INFINITY;
  for (let r = 0; r < reps; r++) {
    const t = cpu();
    run();
    b = Math.min(b, cpu() - t);
  }
  return b;
}
const row = (label: string, ms: number): void =>
  console.log(`${label.padEnd(28)} ${ms.toFixed(1).padStart(9)} ms`);

for (const size of [1000, 5000, 50000]) {
  const graph = buildCareerGraph(chainGraph(size));
  const situation = { holds: ['chain-0'] };
  const goal = `chain-${size - 1}`;
  const result = planCareer(graph, situation, goal, { alternatives: 3 });
  // The scheduled plan stands in for the raw one: on a chain its steps are in the planner's order.
  const raw = result.kind === 'plan' ? result.plans[0] : undefined;
  row(
    `chain ${size} planCareer`,
    best(() => planCareer(graph, situation, goal, { alternatives: 3 })),
  );
  if (raw !== undefined)
    row(
      `chain ${size} schedulePlan`,
      best(() => schedulePlan(graph, situation, goal, raw)),
    );
}
const deepFile = deepLattice(10000, 100, 42);
const deep = buildCareerGraph(deepFile);
const deepSituation = { holds: ['deep-root'] };
row(
  'deep 10k cold',
  best(() => planCareer(deep.copy(), deepSituation, 'deep-goal', { alternatives: 3 })),
);
planCareer(deep, deepSituation, 'deep-goal', { alternatives: 3 });
row(
  'deep 10k warm',
  best(() => planCareer(deep, deepSituation, 'deep-goal', { alternatives: 3 })),
);
