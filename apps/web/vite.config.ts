import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defaultClientConditions, defineConfig } from 'vite';

const root = fileURLToPath(new URL('.', import.meta.url));

/**
 * `source` first: @leitplanken/shared is consumed as TypeScript source, so neither dev server
 * nor tests need a build of the shared package.
 */
export const resolveConditions = ['source', ...defaultClientConditions];

export default defineConfig({
  root,
  plugins: [react()],
  resolve: {
    conditions: resolveConditions,
    alias: [{ find: /^@\//, replacement: `${root}src/` }],
  },
  server: {
    port: 5173,
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  preview: {
    proxy: { '/api': { target: 'http://localhost:3000', changeOrigin: false } },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // The manifest lets scripts/report-bundle.mjs find what the cockpit route loads initially.
    manifest: true,
    sourcemap: true,
    target: 'es2022',
  },
});
