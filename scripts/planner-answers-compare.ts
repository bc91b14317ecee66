// `npx tsx scripts/planner-answers-compare.ts before.txt after.txt`: two runs of planner-answers.ts
// side by side. A question whose plans were all proven optimal before must keep its hash; for the
// others, the first plan's totals in ranking order say whether it got better, stayed or got worse.
// Exits 1 when a proven answer changed or a first plan ranks worse.

import { readFileSync } from 'node:fs';
import { rankingOrder } from '../src/domain/planner/ranking';
import type { Objective } from '../src/domain/planner/types';

interface Answer {
  hash: string;
  plans: { months: number; cost: number; steps: number; proven: boolean }[];
}

function read(file: string): Map<string, Answer> {
  const out = new Map<string, Answer>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const f = line.split(' ');
    if (f.length < 6 || f[0] === 'ALL') continue;
    const plans = f.slice(5, -1).map((s) => {
      const [months, cost, steps, mark] = s.split('/');
      return { months: Number(months), cost: Number(cost), steps: Number(steps), proven: mark === 'P' };
    });
    out.set(f.slice(0, 4).join(' '), { hash: f[4] ?? '', plans });
  }
  return out;
}

const [beforeFile = '', afterFile = ''] = process.argv.slice(2);
const before = read(beforeFile);
const after = read(afterFile);
const counts = { provenSame: 0, provenChanged: 0, better: 0, same: 0, worse: 0, missing: 0 };
for (const [q, b] of before) {
  const a = after.get(q);
  if (a === undefined) {
    counts.missing++;
    continue;
  }
  if (b.plans.length > 0 && b.plans.every((x) => x.proven)) {
    if (a.hash === b.hash) counts.provenSame++;
    else {
      counts.provenChanged++;
      console.log(`PROVEN CHANGED ${q}`);
    }
    continue;
  }
  const by = (q.split(' ')[2] ?? 'months') as Objective;
  const [x, y] = [b.plans[0], a.plans[0]];
  let d = 0;
  for (const o of rankingOrder(by)) if (d === 0 && x !== undefined && y !== undefined) d = y[o] - x[o];
  if (d < 0) counts.better++;
  else if (d > 0) {
    counts.worse++;
    console.log(`WORSE ${q}: ${JSON.stringify(x)} -> ${JSON.stringify(y)}`);
  } else counts.same++;
}
console.log(JSON.stringify(counts));
process.exit(counts.provenChanged + counts.worse + counts.missing > 0 ? 1 : 0);
