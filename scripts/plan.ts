// `npm run plan -- --goal <id> …`: the planner on the command line, on the built-in dataset or a
// file; human-readable by default, one JSON document with --json.

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { closestIds } from '../src/data/closest-ids';
import { parseCareerGraph } from '../src/data/load';
import type { CareerGraph } from '../src/domain/career-graph';
import { OBJECTIVES, type Objective, type Plan, planCareer, UnknownNodeError } from '../src/domain/planner';
import { PACES, type Pace, type Situation } from '../src/domain/types';
import { type PlanModel, presentPlan } from '../src/present/plan-model';
import { planName } from '../src/present/plan-words';
import { parseRegion, parseYears, terminalSafe, yearsOnNonRole } from './cli-args';

export const BUILTIN_DATA = 'graph-data/health-information.json';
const DEFAULT_ALTERNATIVES = 3;

const USAGE = `Usage: npm run plan -- --goal <id> [options]

  --goal <id>            the node to reach (required)
  --holds a,b            what you already hold
  --years role=n,…       years spent in roles you hold, 0–80 (these roles count as held)
  --region XX            your region, e.g. NJ or US-NJ; nodes offered only elsewhere are left out
  --by months|cost|steps what "best" means (default months); ties: the other two, then ids
  --alternatives k       how many plans to show, best first (default ${DEFAULT_ALTERNATIVES})
  --pace full-time|part-time  study pace (default full-time); part time doubles program lengths
  --preferred            count what employers prefer as required
  --data file            a career graph file (default ${BUILTIN_DATA})
  --json                 print one JSON document instead of text
`;

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  readFile: (path: string) => string;
}

class UsageError extends Error {}

interface Args {
  goal: string;
  situation: Situation;
  by: Objective;
  alternatives: number;
  includePreferred: boolean;
  data: string;
  json: boolean;
}

const list = (s: string | undefined): string[] =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter((x) => x !== '');

function readArgs(argv: string[]): Args {
  let parsed: ReturnType<
    typeof parseArgs<{ options: typeof OPTIONS; strict: true; allowPositionals: false }>
  >;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const v = parsed.values;
  if (v.goal === undefined || v.goal.trim() === '') throw new UsageError('--goal <id> is required');
  const by = (v.by ?? 'months') as Objective;
  if (!OBJECTIVES.includes(by))
    throw new UsageError(`--by must be one of ${OBJECTIVES.join(', ')} (got "${v.by}")`);
  const alternatives = Number(v.alternatives ?? DEFAULT_ALTERNATIVES);
  if (!Number.isInteger(alternatives) || alternatives < 1) {
    throw new UsageError(`--alternatives must be a whole number ≥ 1 (got "${v.alternatives}")`);
  }
  const years = parseYears(v.years);
  if (!years.ok) throw new UsageError(years.message);
  const region = parseRegion(v.region);
  if (!region.ok) throw new UsageError(region.message);
  const holds = [...new Set([...list(v.holds), ...Object.keys(years.value)])];
  const pace = (v.pace ?? 'full-time') as Pace;
  if (!PACES.includes(pace))
    throw new UsageError(`--pace must be one of ${PACES.join(', ')} (got "${v.pace}")`);
  return {
    goal: v.goal.trim(),
    situation: { holds, years: years.value, ...(region.value ? { region: region.value } : {}), pace },
    by,
    alternatives,
    includePreferred: v.preferred ?? false,
    data: v.data ?? BUILTIN_DATA,
    json: v.json ?? false,
  };
}

const OPTIONS = {
  goal: { type: 'string' },
  holds: { type: 'string' },
  years: { type: 'string' },
  region: { type: 'string' },
  by: { type: 'string' },
  alternatives: { type: 'string' },
  preferred: { type: 'boolean' },
  pace: { type: 'string' },
  data: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

/** One plan in text, from the shared plan model: the same words as the app and the handout. */
function planText(model: PlanModel, plan: Plan, n: number): string[] {
  const head = planName(n - 1);
  const lines = [`${head}: ${model.totals.line}`];
  for (const caveat of model.caveats) lines.push(`  ${caveat}`);
  if (model.steps.length === 0) lines.push('  You already hold the goal.');
  model.steps.forEach((s, i) => {
    const id = plan.steps[i]?.id ?? s.id;
    lines.push(`  ${s.n}. ${s.label} [${id}, ${s.kind.toLowerCase()}]: ${s.facts}`);
    for (const why of s.why) lines.push(`       ${why}`);
    for (const wait of s.waits) lines.push(`       ${wait.text}`);
    for (const flag of s.flags) lines.push(`       ${flag}`);
  });
  if (model.finalWait) lines.push(`  ${model.finalWait.text}`);
  lines.push(`  Salary: ${model.salary.line}`);
  for (const a of model.assumptions) lines.push(`  ${a}`);
  return lines;
}

/** One plan as JSON: the planner's figures plus the model's why, waits and unknowns. */
function planJson(graph: CareerGraph, model: PlanModel, plan: Plan) {
  return {
    steps: plan.steps.map((s, i) => {
      const node = graph.getNodeAttributes(s.id);
      return {
        id: s.id,
        label: node.label,
        kind: node.kind,
        start: s.start,
        end: s.end,
        earliestStart: s.earliestStart,
        critical: s.critical,
        cost: s.cost,
        why: model.steps[i]?.why ?? [],
        waits: s.waits.map((w) => ({
          role: w.role,
          yearsNeeded: w.years,
          yearsHeld: w.have,
          remaining: w.remaining,
          until: w.until,
        })),
        unknown: s.unknown,
      };
    }),
    ...(plan.finalWait
      ? {
          finalWait: {
            role: plan.finalWait.role,
            yearsNeeded: plan.finalWait.years,
            yearsHeld: plan.finalWait.have,
            remaining: plan.finalWait.remaining,
            from: plan.finalWait.from,
            until: plan.finalWait.until,
          },
        }
      : {}),
    totals: plan.totals,
    unknown: model.unknownCounts,
    pace: plan.pace,
    optimal: plan.optimal,
  };
}

/** Runs the command; returns the exit code. */
export function runPlan(argv: string[], rawIo: Io): number {
  const io = terminalSafe(rawIo);
  if (argv.includes('--help') || argv.includes('-h')) {
    io.out(USAGE);
    return 0;
  }
  let args: Args;
  try {
    args = readArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`plan: ${error.message}`);
    io.err(USAGE);
    return 1;
  }
  let text: string;
  try {
    text = io.readFile(args.data);
  } catch (error) {
    io.err(`plan: cannot read ${args.data}: ${(error as Error).message}`);
    return 1;
  }
  const loaded = parseCareerGraph(text, args.data);
  if (!loaded.ok) {
    for (const p of loaded.problems) io.err(p);
    io.err(`${args.data}: ${loaded.total} problem(s)`);
    return 1;
  }
  const { graph } = loaded;
  const nonRole = yearsOnNonRole(graph, args.situation.years ?? {});
  if (nonRole !== undefined) {
    io.err(`plan: ${nonRole}`);
    return 1;
  }
  let result: ReturnType<typeof planCareer>;
  try {
    result = planCareer(graph, args.situation, args.goal, {
      by: args.by,
      alternatives: args.alternatives,
      includePreferred: args.includePreferred,
    });
  } catch (error) {
    if (!(error instanceof UnknownNodeError)) throw error;
    const flag = error.where === 'goal' ? '--goal' : error.where === 'years' ? '--years' : '--holds';
    const close = closestIds(error.id, graph.nodes());
    io.err(
      `plan: ${flag}: unknown id "${error.id}" in ${args.data}${close.length ? `; closest: ${close.map((c) => `"${c}"`).join(', ')}` : ''}`,
    );
    return 1;
  }
  const plans = result.kind === 'plan' ? result.plans : [];
  const present = (plan: Plan, index: number): PlanModel =>
    presentPlan(graph, plan, { goal: args.goal, by: args.by, index, holds: args.situation.holds });
  if (args.json) {
    const doc = {
      goal: args.goal,
      by: args.by,
      plans: plans.map((p, i) => planJson(graph, present(p, i), p)),
      ...(result.kind === 'unreachable' ? { reason: result.reason } : {}),
    };
    io.out(JSON.stringify(doc, null, 2));
    return 0;
  }
  const goal = graph.getNodeAttributes(args.goal);
  const s = args.situation;
  const held = s.holds.length
    ? s.holds
        .map((id) => {
          // Named as the goal is, "Label [id]", so the ids to type again are there too.
          const label = graph.hasNode(id) ? `${graph.getNodeAttribute(id, 'label')} [${id}]` : id;
          return `${label}${s.years?.[id] !== undefined ? ` (${s.years[id]} yr)` : ''}`;
        })
        .join(', ')
    : 'nothing yet';
  io.out(`Goal: ${goal.label} [${args.goal}]`);
  io.out(`Holding: ${held}${s.region ? `; region ${s.region}` : ''}`);
  io.out(`Ranked by ${args.by}, then ${OBJECTIVES.filter((o) => o !== args.by).join(', then ')}, then ids`);
  if (result.kind === 'unreachable') {
    io.out('');
    io.out(result.reason);
    return 0;
  }
  plans.forEach((plan, i) => {
    io.out('');
    for (const line of planText(present(plan, i), plan, i + 1)) io.out(line);
  });
  if (plans.length < args.alternatives && plans.length > 0 && plans[0]?.steps.length) {
    io.out('');
    io.out(`No other plan${plans.length === 1 ? '' : 's'} with a different set of steps.`);
  }
  return 0;
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (isMain) {
  const code = runPlan(process.argv.slice(2), {
    out: (line) => process.stdout.write(`${line}\n`),
    err: (line) => process.stderr.write(`${line}\n`),
    readFile: (path) => readFileSync(path, 'utf8'),
  });
  process.exitCode = code;
}
