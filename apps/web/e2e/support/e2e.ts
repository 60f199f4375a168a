import { afterAll, beforeAll, inject, type TestContext } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '@leitplanken/shared';
import { launchBrowser, type Browser } from './browser';
import { signIn, signOut } from './session';

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
    /** A fresh tab, signed in as the demo user of `as` (or signed out with `as: null`). */
    async page(
      ctx: TestContext,
      { as = 'viewer', width }: { as?: Role | null; width?: number } = {},
    ): Promise<Page> {
      if (skipReason || !browser) return ctx.skip(skipReason || 'Browser nicht gestartet');
      if (as) await signIn(browser.context, baseUrl, as);
      else await signOut(browser.context);
      const page = await browser.newPage(width);
      // One profile for the whole file: start every test with the default language again.
      await page.goto(new URL('/favicon.svg', baseUrl).toString());
      await page.evaluate(() => localStorage.clear());
      ctx.onTestFinished(() => page.close());
      return page;
    },
  };
}
