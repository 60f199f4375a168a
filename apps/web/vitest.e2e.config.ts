import { defineConfig } from 'vitest/config';

/** End-to-end run: the built app (apps/api/dist/main.js serving apps/web/dist) driven by Chromium. */
export default defineConfig({
  test: {
    name: 'web-e2e',
    environment: 'node',
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/support/global-setup.ts'],
    // One server, one browser: run spec files one after another.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
