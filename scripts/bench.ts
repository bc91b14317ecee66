// `npm run bench`: medians for building, validating and planning on the built-in dataset and on
// seeded synthetic career lattices of 100, 1,000 and 10,000 nodes.
// Options: --sizes 100,1000,10000  --goals 12  --reps 5  --seed 42

import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseCareerGraph } from '../src/data/load';
import { validateCareerGraph } from '../src/data/validate';
import { buildCareerGraph, type CareerGraph } from '../src/domain/career-graph';
import { nextSteps, OBJECTIVES, planCareer } from '../src/domain/planner';
import { seededRandom, syntheticLattice } from './bench/synthetic';
import type { CareerGraphFile, Situation } from '../src/domain/types';
import { bench, ms, summarise, table, time } from './bench/measure';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    goals: { type: 'string', default: '12' },
    reps: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const goalCount = Number(values.goals);
const reps = Number(values.reps);
const seed = Number(values.seed);

interface PlanFigures {
  label: string;
  median: number;
  p95: number;
  max: number;
  notOptimal: number;
  runs: number;
}

/** planCareer for every goal, objective and plan count; medians over goals × repetitions. */
function planFigures(graph: CareerGraph, situation: Situation, goals: string[]): PlanFigures[] {
  const rows: PlanFigures[] = [];
  for (const alternatives of [1, 3]) {
    for (const by of OBJECTIVES) {
      const samples: number[] = [];
      let notOptimal = 0;
      for (const goal of goals) planCareer(graph, situation, goal, { by, alternatives });
      for (let r = 0; r < reps; r++) {
        for (const goal of goals) {
          const { ms: t, value } = time(() => planCareer(graph, situation, goal, { by, alternatives }));
          samples.push(t);
          if (r === 0 && value.kind === 'plan' && value.plans.some((p) => !p.optimal)) notOptimal++;
        }
      }
      const s = summarise(samples);
      rows.push({
        label: `plan ${by}, ${alternatives} plan${alternatives > 1 ? 's' : ''}`,
        ...s,
        notOptimal,
      });
    }
  }
  return rows;
}

function report(
  title: string,
  rows: { label: string; median: number; p95: number; max: number; note?: string }[],
): void {
  console.log(`\n${title}`);
  console.log(
    table(
      ['measure', 'median ms', 'p95 ms', 'max ms', 'note'],
      rows.map((r) => [r.label, ms(r.median), ms(r.p95), ms(r.max), r.note ?? '']),
    ),
  );
}

function goalsOf(file: CareerGraphFile, count: number): string[] {
  const rnd = seededRandom(seed);
  const senior = file.nodes.filter((n) => n.kind === 'role' && (n.level ?? 0) >= 3).map((n) => n.id);
  const goals: string[] = [];
  while (goals.length < Math.min(count, senior.length)) {
    const id = senior[Math.floor(rnd() * senior.length)];
    if (id !== undefined && !goals.includes(id)) goals.push(id);
  }
  return goals;
}

console.log(`Planner benchmark: node ${process.version}, ${reps} repetitions, seed ${seed}`);

// The built-in dataset: every node as a goal.
{
  const path = 'graph-data/health-information.json';
  const text = readFileSync(path, 'utf8');
  const loaded = parseCareerGraph(text, path);
  if (!loaded.ok) throw new Error(loaded.problems.join('\n'));
  const { graph, file } = loaded;
  const situation = { holds: ['high-school-diploma'] };
  const rows = planFigures(graph, situation, graph.nodes()).map((r) => ({
    ...r,
    note: `${r.runs} runs${r.notOptimal ? `, ${r.notOptimal} not proven optimal` : ''}`,
  }));
  report(`Built-in dataset (${file.nodes.length} nodes, ${graph.size} edges), from a high-school diploma`, [
    { label: 'build graph', ...bench(reps * 10, () => buildCareerGraph(file)) },
    { label: 'validate', ...bench(reps * 10, () => validateCareerGraph(JSON.parse(text))) },
    ...rows,
    { label: 'nextSteps', ...bench(reps * 10, () => nextSteps(graph, situation)) },
  ]);
}

for (const size of sizes) {
  const { ms: genMs, value: file } = time(() => syntheticLattice({ nodes: size, seed }));
  const built = bench(reps, () => buildCareerGraph(file));
  const validated = bench(Math.max(1, Math.ceil(reps / 2)), () => validateCareerGraph(file));
  const validation = validateCareerGraph(file);
  if (!validation.ok) throw new Error(`synthetic lattice of ${size} nodes is invalid`);
  const graph = buildCareerGraph(file);
  const goals = goalsOf(file, goalCount);
  const situation = { holds: ['high-school-diploma'] };
  const rows = planFigures(graph, situation, goals).map((r) => ({
    ...r,
    note: `${goals.length} goals × ${reps}${r.notOptimal ? `, ${r.notOptimal} not proven optimal` : ''}`,
  }));
  const held = file.nodes.filter((n) => n.kind === 'role' && n.level === 1).slice(0, 3);
  const midCareer = {
    holds: ['high-school-diploma', ...held.map((n) => n.id)],
    years: Object.fromEntries(held.map((n) => [n.id, 2])),
  };
  report(
    `Synthetic lattice: ${file.nodes.length} nodes, ${graph.size} edges (generated in ${ms(genMs)} ms)`,
    [
      { label: 'build graph', ...built },
      { label: 'validate', ...validated },
      ...rows,
      { label: 'nextSteps (new)', ...bench(reps, () => nextSteps(graph, situation)) },
      { label: 'nextSteps (mid-career)', ...bench(reps, () => nextSteps(graph, midCareer)) },
    ],
  );
}
