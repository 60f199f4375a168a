import { afterAll, beforeAll, inject, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';
import { launchBrowser, type Browser } from './browser';

/**
 * Per spec file: one Chromium for all its tests. `page(ctx)` opens a fresh tab, or skips the test
 * with the reason when there is no Chromium.
 */
export function setupBrowser() {
  const skipReason = inject('skipReason');
  const baseUrl = inject('baseUrl');
  let browser: Browser | null = null;

  beforeAll(async () => {
    if (!skipReason) browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  return {
    url: (path: string) => new URL(path, baseUrl).toString(),
    async page(ctx: TestContext, width?: number): Promise<Page> {
      if (skipReason || !browser) return ctx.skip(skipReason || 'Browser nicht gestartet');
      const page = await browser.newPage(width);
      ctx.onTestFinished(() => page.close());
      return page;
    },
  };
}
