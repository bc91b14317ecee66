// CPU profile of a page while something runs (bench-open-plan.ts with BENCH_PROFILE=1): the
// functions with the most inclusive and self time, printed to stderr.

import type { CDPSession, Page } from '@playwright/test';

/** With BENCH_PROFILE=1: the functions with the most self time while the goal is planned. */
export async function startProfile(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.start');
  return cdp;
}

export async function stopProfile(cdp: CDPSession): Promise<void> {
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: {
      nodes: {
        id: number;
        callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
      }[];
      samples: number[];
      timeDeltas: number[];
    };
  };
  const self = new Map<number, number>();
  profile.samples.forEach((id, i) => {
    self.set(id, (self.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  const byName = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    byName.set(k, (byName.get(k) ?? 0) + (self.get(n.id) ?? 0) / 1000);
  }
  // Inclusive time: each node's self time plus its descendants'.
  const kids = new Map(
    profile.nodes.map((n) => [n.id, (n as unknown as { children?: number[] }).children ?? []]),
  );
  const incl = new Map<number, number>();
  const total = (id: number): number => {
    const known = incl.get(id);
    if (known !== undefined) return known;
    const t = (self.get(id) ?? 0) + (kids.get(id) ?? []).reduce((a, k) => a + total(k), 0);
    incl.set(id, t);
    return t;
  };
  const inclByName = new Map<string, number>();
  for (const n of profile.nodes) {
    const k = `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.split('/').pop()}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    inclByName.set(k, Math.max(inclByName.get(k) ?? 0, total(n.id) / 1000));
  }
  for (const [k, v] of [...inclByName].sort((a, b) => b[1] - a[1]).slice(0, 40))
    console.error(`  incl ${v.toFixed(0).padStart(6)} ms  ${k}`);
  const top = [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25);
  for (const [k, v] of top) console.error(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
}
