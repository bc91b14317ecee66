// Vite config: relative base so the built site works from any sub-path. Tests have their own
// config (vitest.config.ts).
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  base: './',
  plugins: [react()],
  build: { sourcemap: false, chunkSizeWarningLimit: 1200 },
});
