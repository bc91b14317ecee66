// Vitest config, kept apart from vite.config.ts so tests never load the build's plugins (service
// worker, single-file). Budgets come from tests/support/test-budgets.ts: see why there.
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { DEFAULT_BUDGET_MS } from './tests/support/test-budgets.ts';

export default defineConfig({
  plugins: [react()],
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/support/load-on-demand.ts'],
    testTimeout: DEFAULT_BUDGET_MS,
    hookTimeout: DEFAULT_BUDGET_MS,
  },
});
