// What the first load can reach: the static imports from src/main.tsx, followed file by file
// (`import type` and `import()` are not followed: they load nothing, or load on demand). The
// validator (zod, its rules), fuse.js, the plan search, the view parts loaded on first use
// (src/view/lazy/on-demand-parts.ts) and the canvas parts some graphs or views need
// (src/view/graph/canvas-on-demand.ts) must not be among them;
// scripts/measure-initial-js.ts (npm run size) checks the same in the built chunks.

import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const STATIC = /^\s*(?:import|export)\s+(?!type\b)(?:[^'"]*?\sfrom\s+)?['"]([^'"]+)['"]/gm;

function resolveFile(from: string, spec: string): string | null {
  const base = join(dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (existsSync(f) && /\.tsx?$/.test(f)) return f;
  }
  return null;
}

/** Files and packages reachable from `entry` by static imports. */
function staticClosure(entry: string): { files: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const packages = new Set<string>();
  const todo = [entry];
  while (todo.length) {
    const file = todo.pop() as string;
    if (files.has(file)) continue;
    files.add(file);
    for (const m of readFileSync(file, 'utf8').matchAll(STATIC)) {
      const spec = m[1] as string;
      if (!spec.startsWith('.')) {
        packages.add(spec);
        continue;
      }
      const next = resolveFile(file, spec);
      if (next) todo.push(next);
    }
  }
  return { files: new Set([...files].map((f) => relative('.', f))), packages };
}

describe('the first load', () => {
  const { files, packages } = staticClosure('src/main.tsx');

  it('is followed through the app (the walk itself works)', () => {
    expect(files).toContain('src/App.tsx');
    expect(files).toContain('src/data/builtin.ts');
    expect(files).toContain('src/view/panels/PlanPanel.tsx');
    expect(packages).toContain('react-cytoscapejs');
  });

  it('imports neither zod nor fuse.js', () => {
    expect([...packages].filter((p) => p.startsWith('zod') || p.startsWith('fuse.js'))).toEqual([]);
  });

  it('imports no part of the validator', () => {
    const validator = [
      'src/data/zod.ts',
      'src/data/validate-core.ts',
      'src/data/validate.ts',
      'src/data/load.ts',
      'src/data/load-core.ts',
      'src/data/graph-rules.ts',
      'src/data/closest-ids.ts',
      'src/data/format-schema.ts',
    ];
    expect(validator.filter((f) => files.has(f))).toEqual([]);
  });

  it('imports the plan search only on demand', () => {
    expect(
      [...files].filter((f) =>
        /src\/domain\/planner\/(plan-career|branch-and-bound|schedule|reach)\.ts$/.test(f),
      ),
    ).toEqual([]);
  });

  it('imports the view parts loaded on first use only on demand', () => {
    const later = [
      'src/view/panels/PlanAnswer.tsx',
      'src/view/panels/PlanTimeline.tsx',
      'src/view/panels/SalaryChart.tsx',
      'src/view/panels/MarkDone.tsx',
      'src/present/plan-model.ts',
      'src/present/plan-words.ts',
      'src/view/panels/DetailsPanel.tsx',
      'src/view/text/TextView.tsx',
      'src/view/panels/NextSteps.tsx',
      'src/domain/planner/next-steps.ts',
      'src/view/graph-keys/describe-node.ts',
      'src/view/graph/GroupControls.tsx',
      'src/view/offline/UpdatePrompt.tsx',
      'src/state/plan-off-thread.ts',
      'src/state/graph-fragment.ts',
    ];
    expect(later.filter((f) => files.has(f))).toEqual([]);
  });

  it('imports the canvas parts only some graphs or views need only on demand', () => {
    const later = [
      'src/view/graph/layered-layout.ts',
      'src/view/graph/column-packing.ts',
      'src/view/graph/plan-overlay.ts',
      'src/view/graph/callout-placement.ts',
      'src/view/graph/group-expansion.ts',
      'src/view/graph/lineage.ts',
    ];
    expect(later.filter((f) => files.has(f))).toEqual([]);
    expect([...packages].filter((p) => p.startsWith('graphology-traversal'))).toEqual([]);
  });
});
