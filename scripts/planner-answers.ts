// `npx tsx scripts/planner-answers.ts`: planCareer's whole answers (plans, schedules, optimal
// flags) on the bench's graph shapes, one short hash per question and one for all of them, with
// the time taken. A change meant only to make the planner faster must leave every hash as it was.
// `--budget N`: the same questions with searchBudget N (to see what a smaller or larger budget trades).

import { createHash } from 'node:crypto';
import { buildCareerGraph } from '../src/domain/career-graph';
import { OBJECTIVES, planCareer } from '../src/domain/planner';
import type { CareerGraphFile, Situation } from '../src/domain/types';
import { chainGraph, deepLattice, wideOneOfGraph } from './bench/shapes';
import { syntheticLattice } from './bench/synthetic';

const budgetAt = process.argv.indexOf('--budget');
const budget = budgetAt >= 0 ? { searchBudget: Number(process.argv[budgetAt + 1]) } : {};
const cases: [string, CareerGraphFile, Situation, string[]][] = [];
const deep = deepLattice(10000, 100, 42);
cases.push([
  'deep10k',
  deep,
  { holds: ['deep-root'] },
  ['deep-goal', 'l98-n61', 'l98-n62', 'l97-n5', 'l50-n50'],
]);
const deep2 = deepLattice(2000, 40, 7);
cases.push([
  'deep2k',
  deep2,
  { holds: ['deep-root'] },
  ['deep-goal', deep2.nodes.at(-5)?.id ?? '', deep2.nodes.at(-300)?.id ?? ''],
]);
const syn = syntheticLattice({ nodes: 2000, seed: 42 });
cases.push([
  'syn',
  syn,
  { holds: ['high-school-diploma'] },
  syn.nodes
    .filter((n) => n.kind === 'role')
    .slice(-6)
    .map((n) => n.id),
]);
cases.push(['chain', chainGraph(800), { holds: ['chain-0'] }, ['chain-799']]);
cases.push(['wide', wideOneOfGraph(6, 64, 3), { holds: ['wide-root'] }, ['wide-goal']]);
const all = createHash('sha256');
for (const [name, file, sit, goals] of cases) {
  const graph = buildCareerGraph(file);
  for (const goal of goals)
    for (const by of OBJECTIVES)
      for (const k of [1, 3]) {
        const t = performance.now();
        const r = planCareer(graph, sit, goal, { by, alternatives: k, ...budget });
        const s = JSON.stringify(r);
        all.update(s);
        const h = createHash('sha256').update(s).digest('hex').slice(0, 10);
        const summ =
          r.kind === 'plan'
            ? r.plans
                .map((p) => `${p.totals.months}/${p.totals.cost}/${p.totals.steps}/${p.optimal ? 'P' : '-'}`)
                .join(' ')
            : r.kind;
        console.log(name, goal, by, k, h, summ, `${(performance.now() - t).toFixed(0)}ms`);
      }
}
console.log('ALL', all.digest('hex'));
