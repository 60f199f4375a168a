import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { Role } from '@leitplanken/shared';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { watchCsp } from './support/csp';
import { setupBrowser } from './support/e2e';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/session';

const browser = setupBrowser();

/** The internal pages every signed-in role sees in the navigation. */
const INTERNAL_NAV = ['Cockpit', 'Maßnahmen', 'Leitplanken-Matrix', 'Personalrat'];

async function navLinks(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: 'Hauptnavigation' })
    .getByRole('link')
    .allInnerTexts();
}

async function signInThroughForm(page: Page, email: string, password: string): Promise<void> {
  await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
}

describe('sign-in page', () => {
  test('German, accessible also with an error shown, served under the CSP without violations', async (ctx) => {
    const page = await browser.page(ctx, { as: null });
    const csp = await watchCsp(page);
    const response = await page.goto(browser.url('/anmelden'));
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    expect(await page.title()).toBe('Anmelden – Leitplanken');
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    await expectNoAxeViolations(page, '/anmelden');

    await signInThroughForm(page, DEMO_EMAILS.viewer, 'falsches-Passwort');
    const alert = page.getByRole('alert').filter({ hasText: 'Anmeldung fehlgeschlagen' });
    await alert.waitFor();
    expect(await alert.innerText()).toContain('E-Mail-Adresse oder Passwort ist falsch.');
    // The e-mail address stays, the password is cleared and focused for the next try.
    expect(await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).inputValue()).toBe(
      DEMO_EMAILS.viewer,
    );
    expect(await page.getByLabel('Passwort').inputValue()).toBe('');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe(
      'password',
    );
    await expectNoAxeViolations(page, '/anmelden (mit Fehlermeldung)');
    await screenshot(page, 'login-error', 1280);
    await screenshot(page, 'login-error', 360);

    await page.getByRole('button', { name: 'English' }).click();
    await page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor();
    await screenshot(page, 'login-en', 1280);
    expect(csp.violations()).toEqual([]);
  });

  test('an empty form says what is missing at the fields', async (ctx) => {
    const page = await browser.page(ctx, { as: null });
    await page.goto(browser.url('/anmelden'));
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByText('Bitte geben Sie Ihre E-Mail-Adresse ein.').waitFor();
    await page.getByText('Bitte geben Sie Ihr Passwort ein.').waitFor();
    expect(
      await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).getAttribute('aria-invalid'),
    ).toBe('true');
    await expectNoAxeViolations(page, '/anmelden (Pflichtfelder)');
  });
});

describe('each demo role', () => {
  const expected: Record<Role, { nav: string[]; role: string; name: string }> = {
    admin: { nav: [...INTERNAL_NAV, 'Verwaltung'], role: 'Administration', name: 'Anna Admin' },
    board: { nav: INTERNAL_NAV, role: 'Verwaltungsvorstand', name: 'Dr. Volker Vorstand' },
    department_head: {
      nav: INTERNAL_NAV,
      role: 'Fachbereichsleitung',
      name: 'Frieda Fachbereich',
    },
    staff_council: { nav: INTERNAL_NAV, role: 'Personalrat', name: 'Paul Personalrat' },
    viewer: { nav: INTERNAL_NAV, role: 'Mitarbeitende', name: 'Mia Mitarbeiterin' },
  };

  for (const [role, want] of Object.entries(expected) as Array<[Role, (typeof expected)[Role]]>) {
    test(`${role}: signs in through the form, sees its navigation, name and role, signs out`, async (ctx) => {
      const page = await browser.page(ctx, { as: null });
      const csp = await watchCsp(page);
      await page.goto(browser.url('/'));
      // No session: the cockpit sends to the sign-in page.
      await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/anmelden');
      expect(await navLinks(page)).toEqual([]);

      await signInThroughForm(page, DEMO_EMAILS[role], DEMO_PASSWORD);
      await page.getByRole('heading', { level: 1, name: 'Cockpit' }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      expect(await navLinks(page)).toEqual(want.nav);
      const who = page.getByRole('region', { name: 'Angemeldete Person' });
      expect(await who.innerText()).toContain(want.name);
      expect(await who.innerText()).toContain(`Rolle: ${want.role}`);
      if (role === 'admin') {
        await screenshot(page, 'header-admin', 1280);
        await screenshot(page, 'header-admin', 360);
      }

      await who.getByRole('button', { name: 'Abmelden' }).click();
      await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
      await page.getByText('Sie wurden abgemeldet.').waitFor();
      // The session is gone on the server, not only in the page.
      const me = await page.request.get(browser.url('/api/auth/me'));
      expect(me.status()).toBe(401);
      expect(csp.violations()).toEqual([]);
    });
  }

  test('an internal address without session leads to the sign-in and back there', async (ctx) => {
    const page = await browser.page(ctx, { as: null });
    await page.goto(browser.url('/verwaltung/benutzer'));
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname + url.search).toBe('/anmelden?next=%2Fverwaltung%2Fbenutzer');
    await page.getByText('Bitte melden Sie sich an, um fortzufahren.').waitFor();
    await signInThroughForm(page, DEMO_EMAILS.admin, DEMO_PASSWORD);
    await page.getByRole('heading', { level: 1, name: 'Benutzer' }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/verwaltung/benutzer');
  });

  test('a role without access sees "Keine Berechtigung", and the API refuses the data', async (ctx) => {
    const page = await browser.page(ctx, { as: 'board' });
    await page.goto(browser.url('/verwaltung/benutzer'));
    await page.getByRole('heading', { level: 1, name: 'Keine Berechtigung' }).waitFor();
    expect((await page.request.get(browser.url('/api/users'))).status()).toBe(403);
    await expectNoAxeViolations(page, '/verwaltung/benutzer (board)');
  });
});
