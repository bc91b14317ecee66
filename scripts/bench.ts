// `npm run bench`: medians for building, validating and planning on the built-in dataset and on
// seeded synthetic career lattices of 100, 1,000 and 10,000 nodes; then, at scale, the planner
// against one Dijkstra on long chains, wide one-of products and deep lattices (see bench/scale.ts).
// Options: --sizes 100,1000,10000  --goals 12  --reps 5  --seed 42
//          --scale-goals 5  --scale-reps 5  --scale-cold-reps 3  --scale-warm-up 2000  --scale-by months
//          --no-scale  --only-scale
// BENCH_CLOCK=cpu: CPU time instead of wall clock (steadier on a shared machine).

import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parseCareerGraph } from '../src/data/load';
import { validateCareerGraph } from '../src/data/validate';
import { buildCareerGraph, type CareerGraph } from '../src/domain/career-graph';
import { nextSteps, OBJECTIVES, type Objective, planCareer } from '../src/domain/planner';
import type { CareerGraphFile, Situation } from '../src/domain/types';
import { bench, ms, summarise, table, time } from './bench/measure';
import {
  MAX_REPS,
  measureScale,
  SAMPLE_MS,
  type ScaleCase,
  type ScaleRow,
  scaleTable,
  WARM_UP_MS,
} from './bench/scale';
import { chainGraph, deepLattice, wideOneOfGraph } from './bench/shapes';
import { seededRandom, syntheticLattice } from './bench/synthetic';
import { exitOnHelp } from './cli-args';

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    goals: { type: 'string', default: '12' },
    reps: { type: 'string', default: '5' },
    seed: { type: 'string', default: '42' },
    'scale-goals': { type: 'string', default: '5' },
    'scale-reps': { type: 'string', default: '5' },
    'scale-cold-reps': { type: 'string', default: '3' },
    'scale-warm-up': { type: 'string', default: String(WARM_UP_MS) },
    'scale-by': { type: 'string', default: 'months' },
    'no-scale': { type: 'boolean', default: false },
    'only-scale': { type: 'boolean', default: false },
    /** Internal: measure only this at-scale case (by index) and print its row as JSON. */
    'scale-case': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
exitOnHelp(
  values,
  [
    'Usage: npm run bench -- [options]: planner and data medians, then the planner at scale against one Dijkstra.',
    '  --sizes 100,1000,10000  synthetic lattice sizes      --goals 12  goals per size',
    '  --reps 5  repetitions   --seed 42  random seed',
    '  --scale-goals 5  --scale-reps 5  --scale-cold-reps 3  --scale-warm-up 2000 (ms)  --scale-by months  (the at-scale table)',
    '  --no-scale  skip the at-scale table   --only-scale  only it',
    '  BENCH_CLOCK=cpu  CPU time instead of wall clock',
  ].join('\n'),
);
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

const clock = process.env.BENCH_CLOCK === 'cpu' ? 'CPU time' : 'wall clock';
console.log(`Planner benchmark: node ${process.version}, ${reps} repetitions, seed ${seed}, ${clock}`);

// The built-in dataset: every node as a goal.
if (!values['only-scale']) {
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

for (const size of values['only-scale'] ? [] : sizes) {
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

/** Goals for a deep lattice: its goal and nodes of its last layer, whose ancestry is most of the graph. */
function deepGoals(file: CareerGraphFile, count: number): string[] {
  const rnd = seededRandom(seed);
  const last = file.nodes.at(-2)?.id.split('-')[0] ?? '';
  const layer = file.nodes.filter((n) => n.id.startsWith(`${last}-`)).map((n) => n.id);
  const goals = ['deep-goal'];
  while (goals.length < Math.min(count, layer.length + 1)) {
    const id = layer[Math.floor(rnd() * layer.length)];
    if (id !== undefined && !goals.includes(id)) goals.push(id);
  }
  return goals;
}

if (!values['no-scale']) {
  const scaleGoals = Number(values['scale-goals']);
  const scaleReps = Number(values['scale-reps']);
  const coldReps = Number(values['scale-cold-reps']);
  const warmUpMs = Number(values['scale-warm-up']);
  const by = values['scale-by'] as Objective;
  // Each case is made only where it is measured: a process measuring one case does not carry the
  // others' graphs (a 40,000-node lattice and a 50,000-node chain in the heap made every
  // collection during the small cases' calls several times slower).
  const cases: (() => ScaleCase)[] = [
    () => {
      const lattice = syntheticLattice({ nodes: 10_000, seed });
      return {
        name: 'synthetic lattice (shallow)',
        file: lattice,
        situation: { holds: ['high-school-diploma'] },
        source: 'high-school-diploma',
        goals: goalsOf(lattice, scaleGoals),
      };
    },
    ...[10_000, 40_000].map((size) => (): ScaleCase => {
      const file = deepLattice(size, 100, seed);
      const name = `deep lattice ${size / 1000}k`;
      return {
        name,
        file,
        situation: { holds: ['deep-root'] },
        source: 'deep-root',
        goals: deepGoals(file, scaleGoals),
      };
    }),
    ...[1_000, 5_000, 50_000].map(
      (length) => (): ScaleCase => ({
        name: `chain ${length}`,
        file: chainGraph(length),
        situation: { holds: ['chain-0'] },
        ...(length <= 1_000 ? { source: 'chain-0' } : {}),
        goals: [`chain-${length - 1}`],
      }),
    ),
    ...[6, 40].map(
      (groups) => (): ScaleCase => ({
        name: `one-of ${groups}×512`,
        file: wideOneOfGraph(groups, 512, seed),
        situation: { holds: ['wide-root'] },
        source: 'wide-root',
        goals: ['wide-goal'],
      }),
    ),
  ];
  console.log(
    `\nAt scale: planCareer (by ${by}, 3 plans) against one graphology single-source Dijkstra on the same graph.` +
      '\nEach graph is measured in a node process of its own (no heap or garbage left by another graph).' +
      `\nFirst ${warmUpMs} ms of uncounted calls (the JIT's warm-up), then per goal: cold, the median of ${coldReps}` +
      " first calls, each on a fresh copy of the graph (Dijkstra's taking turns with them); warm, the median of" +
      ` ${scaleReps} calls after them; more of each on a cheap graph, as many as fit in ${SAMPLE_MS} ms (up to ${MAX_REPS}).` +
      '\nPlanner med/worst: the median and the slowest goal; Dijkstra med/worst: over as many calls.' +
      "\nRatio: the planner's median and worst goal, each ÷ Dijkstra's median. Proven optimal: plans marked optimal / plans." +
      '\nAs good as 10× search: goals whose first plan ranks as well as the first plan found with 10× the search' +
      ' budget (worst: how much more it takes by the chosen objective; +0: behind on a later key only).',
  );
  const only = values['scale-case'];
  if (only !== undefined) {
    const make = cases[Number(only)];
    if (make === undefined) throw new RangeError(`--scale-case ${only}: there are ${cases.length} cases`);
    console.log(JSON.stringify(measureScale(make(), by, scaleReps, coldReps, warmUpMs)));
  } else {
    console.log(scaleTable(cases.map((_, i) => measureInOwnProcess(i))));
  }
}

/**
 * One at-scale case measured in a process of its own (this script with --scale-case), so that no
 * case meets the heap, the garbage or the compiled code another case left: the 40,000-node
 * lattice's garbage otherwise lands in the next case's cold calls.
 */
function measureInOwnProcess(index: number): ScaleRow {
  const forwarded = [
    'seed',
    'scale-goals',
    'scale-reps',
    'scale-cold-reps',
    'scale-warm-up',
    'scale-by',
  ].flatMap((name) => [`--${name}`, String(values[name as keyof typeof values])]);
  const args = [
    ...process.execArgv,
    process.argv[1] ?? '',
    '--only-scale',
    '--scale-case',
    String(index),
    ...forwarded,
  ];
  const run = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 26,
  });
  const last = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !last.startsWith('{')) {
    throw new Error(`at-scale case ${index} failed (exit ${run.status}): ${last.slice(0, 200)}`);
  }
  return JSON.parse(last) as ScaleRow;
}
