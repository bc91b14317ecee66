// Time budgets for tests, so no test depends on finishing within Vitest's 5 s default on a loaded
// machine (2 cores shared by several jobs): generous limits that still catch a hang.

/** Every test and hook, unless it names its own budget (set in vitest.config.ts). */
export const DEFAULT_BUDGET_MS = 30_000;

/** A test that lays out a whole graph (the layered layout) or renders it through a headless Cytoscape. */
export const LAYOUT_BUDGET_MS = 60_000;
