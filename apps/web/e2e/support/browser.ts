import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { screenshotDir } from './paths';

/** Debian's Chromium (`apt-get install -y chromium`); never a Playwright-downloaded browser. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // German browser UI, so date fields show TT.MM.JJJJ as for the city's staff.
  '--lang=de-DE',
];

export const CHROMIUM_MISSING = 'Chromium fehlt: apt-get install -y chromium';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM_PATH);
}

export interface Browser {
  context: BrowserContext;
  newPage(width?: number): Promise<Page>;
  close(): Promise<void>;
}

/** Launches Chromium with a fresh profile (user-data-dir), German locale, 1280 px wide. */
export async function launchBrowser(): Promise<Browser> {
  const userDataDir = await mkdtemp(join(tmpdir(), 'leitplanken-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width: 1280, height: 900 },
    locale: 'de-DE',
    timezoneId: 'Europe/Berlin',
  });
  return {
    context,
    async newPage(width = 1280) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      return page;
    },
    async close() {
      await context.close();
      await rm(userDataDir, { recursive: true, force: true });
    },
  };
}

/** Full-page screenshot at the given width: `e2e/screenshots/<name>-<width>.png`. */
export async function screenshot(page: Page, name: string, width: number): Promise<string> {
  await mkdir(screenshotDir, { recursive: true });
  await page.setViewportSize({ width, height: 900 });
  const path = join(screenshotDir, `${name}-${width}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}
