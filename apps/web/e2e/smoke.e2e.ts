import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { setupBrowser } from './support/e2e';

/** The four strategic goals of the seeded strategy (verbatim from the adopted text). */
const GOAL_TITLES = [
  'Effizienteres Verwaltungshandeln',
  'Arbeitgeberattraktivität',
  'Digitale Services für Bürger und Unternehmen',
  'Beteiligung und Transparenz',
];

const browser = setupBrowser();

async function goalHeadings(page: Page): Promise<string[]> {
  const headings = page.getByRole('heading', { level: 3 });
  await headings.first().waitFor();
  return headings.allInnerTexts();
}

async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

describe('cockpit', () => {
  test('shows the four strategic goals, accessible at 1280 px and 360 px', async (ctx) => {
    const page = await browser.page(ctx);
    await page.goto(browser.url('/'));
    await page.getByRole('heading', { level: 1, name: 'Cockpit' }).waitFor();

    const headings = await goalHeadings(page);
    for (const [index, title] of GOAL_TITLES.entries()) {
      expect(headings).toContain(`Ziel ${index + 1}: ${title}`);
    }
    await page.getByText('bleibt auch analog offen', { exact: false }).first().waitFor();
    expect(await page.title()).toBe('Cockpit – Leitplanken');
    expect(await page.getAttribute('html', 'lang')).toBe('de');

    await expectNoAxeViolations(page, '/ (1280 px)');
    await screenshot(page, 'cockpit', 1280);

    await screenshot(page, 'cockpit', 360);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoAxeViolations(page, '/ (360 px)');
  });

  test('switches to English and remembers it', async (ctx) => {
    const page = await browser.page(ctx);
    await page.goto(browser.url('/'));
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 2, name: 'Strategic goals' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.reload();
    await page.getByRole('heading', { level: 2, name: 'Strategic goals' }).waitFor();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expectNoAxeViolations(page, '/ (English)');
    await screenshot(page, 'cockpit-en', 1280);
    await page.getByRole('button', { name: 'Deutsch' }).click();
    await page.getByRole('heading', { level: 2, name: 'Strategische Ziele' }).waitFor();
  });

  test('signed out: leads to the sign-in page instead of showing internal data', async (ctx) => {
    const page = await browser.page(ctx, { as: null });
    await page.goto(browser.url('/'));
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/anmelden');
    expect(await page.getByRole('heading', { level: 3 }).count()).toBe(0);
    await expectNoAxeViolations(page, '/ (abgemeldet)');
    await screenshot(page, 'cockpit-signed-out', 1280);
  });

  test('skip link moves focus to the main content', async (ctx) => {
    const page = await browser.page(ctx);
    await page.goto(browser.url('/'));
    await page.getByRole('heading', { level: 1, name: 'Cockpit' }).waitFor();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(await skip.evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
  });
});

describe('footer pages', () => {
  const pages = [
    { link: 'Erklärung zur Barrierefreiheit', path: '/barrierefreiheit', name: 'barrierefreiheit' },
    { link: 'Barriere melden', path: '/barriere-melden', name: 'barriere-melden' },
    { link: 'Impressum', path: '/impressum', name: 'impressum' },
  ];

  for (const target of pages) {
    test(`${target.link}: reachable from the footer, titled, accessible`, async (ctx) => {
      const page = await browser.page(ctx);
      await page.goto(browser.url('/'));
      await page.getByRole('contentinfo').getByRole('link', { name: target.link }).click();
      await page.getByRole('heading', { level: 1, name: target.link }).waitFor();
      expect(new URL(page.url()).pathname).toBe(target.path);
      expect(await page.title()).toBe(`${target.link} – Leitplanken`);
      // After client-side navigation focus is on the new page's heading.
      expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
      await expectNoAxeViolations(page, target.path);
      await screenshot(page, target.name, 1280);
      await screenshot(page, target.name, 360);
    });
  }

  test('unknown address shows "Seite nicht gefunden"', async (ctx) => {
    const page = await browser.page(ctx);
    await page.goto(browser.url('/gibt-es-nicht'));
    await page.getByRole('heading', { level: 1, name: 'Seite nicht gefunden' }).waitFor();
    await expectNoAxeViolations(page, '/gibt-es-nicht');
    await screenshot(page, 'not-found', 360);
  });
});
