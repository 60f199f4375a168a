import type { TestProject } from 'vitest/node';
import { CHROMIUM_MISSING, CHROMIUM_PATH, chromiumAvailable } from './browser';
import { startApp } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the built app listens, e.g. http://127.0.0.1:41234 ('' when browser tests skip). */
    baseUrl: string;
    /** Non-empty: why the browser tests are skipped. */
    skipReason: string;
  }
}

/**
 * Once per e2e run: check for Chromium, start the built app, stop it (SIGTERM) afterwards.
 * Without Chromium the run fails in CI and skips the browser tests elsewhere.
 */
export default async function setup(project: TestProject) {
  if (!chromiumAvailable()) {
    if (process.env.CI === 'true') {
      throw new Error(`E2E: ${CHROMIUM_PATH} nicht gefunden (CI=true). ${CHROMIUM_MISSING}`);
    }
    console.warn(`\nE2E: Browser-Tests übersprungen – ${CHROMIUM_MISSING}\n`);
    project.provide('baseUrl', '');
    project.provide('skipReason', CHROMIUM_MISSING);
    return;
  }
  const app = await startApp();
  project.provide('baseUrl', app.baseUrl);
  project.provide('skipReason', '');
  return async () => {
    await app.stop();
  };
}
