// `npx tsx scripts/bench/budget-sweep.ts [size] [--by months]`: the planner (3 plans) on the deep
// lattice's bench goals at several search budgets: warm time and the first plan's key per budget,
// to see what a smaller budget costs in plan quality.

import { buildCareerGraph } from '../../src/domain/career-graph';
import { type Objective, planCareer } from '../../src/domain/planner';
import { deepLattice } from './shapes';

const size = Number(process.argv[2] ?? '10000');
const at = process.argv.indexOf('--by');
const by = (at >= 0 ? process.argv[at + 1] : 'months') as Objective;
const file = deepLattice(size, 100, 42);
const graph = buildCareerGraph(file);
const last = file.nodes.at(-2)?.id.split('-')[0] ?? '';
const goals = [
  'deep-goal',
  ...file.nodes
    .filter((n) => n.id.startsWith(`${last}-`))
    .map((n) => n.id)
    .slice(0, 4),
];
const budgets = (process.env.BUDGETS ?? '20000,10000,5000,2000,1000,500,200').split(',').map(Number);
for (const goal of goals) {
  const parts: string[] = [];
  for (const b of budgets) {
    const ask = () =>
      planCareer(graph, { holds: ['deep-root'] }, goal, { by, alternatives: 3, searchBudget: b });
    ask();
    const t0 = performance.now();
    const r = ask();
    const t = performance.now() - t0;
    const p = r.kind === 'plan' ? r.plans : [];
    const keys = p.map((x) => `${x.totals.months}/${x.totals.cost}/${x.totals.steps}`).join(' ');
    parts.push(`${b}: ${t.toFixed(0)}ms ${keys}${p[0]?.optimal ? ' proven' : ''}`);
  }
  console.log(goal);
  for (const s of parts) console.log(`  ${s}`);
}
