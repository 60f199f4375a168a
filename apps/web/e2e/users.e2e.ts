import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { User } from '@leitplanken/shared';
import { ApiSession } from './support/api';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { watchCsp } from './support/csp';
import { setupBrowser } from './support/e2e';
import { DEMO_PASSWORD } from './support/session';

const browser = setupBrowser();
let counter = 0;
const uniqueEmail = (prefix: string) =>
  `${prefix}.${++counter}.${Date.now().toString(36)}@stadt.example`;

async function openUsers(page: Page): Promise<void> {
  await page.goto(browser.url('/verwaltung/benutzer'));
  await page.getByRole('heading', { level: 1, name: 'Benutzer' }).waitFor();
  await page.getByRole('table', { name: /^Konten/ }).waitFor();
}

async function fillCreateForm(
  page: Page,
  values: { name: string; email: string; role: string; department?: string; password: string },
) {
  const dialog = page.getByRole('dialog', { name: 'Konto anlegen' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill(values.name);
  await dialog.getByRole('textbox', { name: /E-Mail-Adresse/ }).fill(values.email);
  await dialog.getByRole('combobox', { name: 'Rolle' }).selectOption({ label: values.role });
  if (values.department) {
    await dialog
      .getByRole('combobox', { name: /Fachbereich/ })
      .selectOption({ label: values.department });
  }
  await dialog.getByLabel(/^Passwort/).fill(values.password);
}

async function accountsViaApi(baseUrl: string): Promise<User[]> {
  const api = await ApiSession.signIn(baseUrl);
  return (await (await api.request('GET', '/api/users')).json()) as User[];
}

describe('Benutzer (administration)', () => {
  test('list and create dialog are accessible at 1280 and 360 px, without CSP violations', async (ctx) => {
    const page = await browser.page(ctx, { as: 'admin' });
    const csp = await watchCsp(page);
    await openUsers(page);
    const table = page.getByRole('table', { name: /^Konten/ });
    expect(await table.innerText()).toContain('Anna Admin (Sie)');
    await expectNoAxeViolations(page, '/verwaltung/benutzer');
    await screenshot(page, 'users', 1280);
    await screenshot(page, 'users', 360);
    await page.setViewportSize({ width: 1280, height: 900 });

    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    const dialog = page.getByRole('dialog', { name: 'Konto anlegen' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, '/verwaltung/benutzer (Dialog „Konto anlegen“)');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog.getByText('Bitte geben Sie einen Namen ein.').waitFor();
    await expectNoAxeViolations(page, '/verwaltung/benutzer (Dialog mit Fehlern)');
    await screenshot(page, 'users-create-errors', 1280);
    await page.setViewportSize({ width: 360, height: 900 });
    await screenshot(page, 'users-create-errors', 360);
    expect(csp.violations()).toEqual([]);
  });

  test('creates a head of department, who can sign in; then resets the password and deactivates', async (ctx) => {
    const page = await browser.page(ctx, { as: 'admin' });
    await openUsers(page);
    const email = uniqueEmail('fbl');
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await fillCreateForm(page, {
      name: 'Frank Fachbereich',
      email,
      role: 'Fachbereichsleitung',
      department: 'FB 4 – Bildung, Kultur, Schule und Sport',
      password: 'ein-sicheres-Passwort-1',
    });
    await page
      .getByRole('dialog', { name: 'Konto anlegen' })
      .getByRole('button', { name: 'Speichern' })
      .click();
    await page.getByText('Das Konto von Frank Fachbereich wurde angelegt.').waitFor();
    const row = page.getByRole('row').filter({ hasText: email });
    expect(await row.innerText()).toContain('Fachbereichsleitung');
    expect(await row.innerText()).toContain('FB 4');

    const other = await ApiSession.signIn(browser.url('/'), email, 'ein-sicheres-Passwort-1');
    expect((await other.request('GET', '/api/auth/me')).status).toBe(200);

    // The API's own refusals appear at the field: the same e-mail address again.
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    await fillCreateForm(page, {
      name: 'Doppelt',
      email: email.toUpperCase(),
      role: 'Mitarbeitende',
      password: 'ein-sicheres-Passwort-2',
    });
    const dialog = page.getByRole('dialog', { name: 'Konto anlegen' });
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await dialog
      .getByText('Es gibt bereits ein Konto mit dieser E-Mail-Adresse.')
      .first()
      .waitFor();
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();

    await row.getByRole('button', { name: 'Passwort zurücksetzen für Frank Fachbereich' }).click();
    const reset = page.getByRole('dialog', { name: 'Passwort zurücksetzen: Frank Fachbereich' });
    await reset.getByLabel(/^Neues Passwort/).fill('ganz-neues-Passwort-2');
    await reset.getByRole('button', { name: 'Speichern' }).click();
    await page.getByText(/Das Passwort von Frank Fachbereich wurde zurückgesetzt/).waitFor();
    expect((await other.request('GET', '/api/auth/me')).status).toBe(401); // sessions ended

    await row.getByRole('button', { name: 'Deaktivieren für Frank Fachbereich' }).click();
    const confirm = page.getByRole('dialog', { name: 'Konto deaktivieren: Frank Fachbereich' });
    await confirm.getByRole('button', { name: 'Deaktivieren' }).click();
    await page.getByText(/Das Konto von Frank Fachbereich wurde deaktiviert/).waitFor();
    expect(await row.innerText()).toContain('Deaktiviert');
    const login = await fetch(browser.url('/api/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'ganz-neues-Passwort-2' }),
    });
    expect(login.status).toBe(401);

    await row.getByRole('button', { name: 'Reaktivieren für Frank Fachbereich' }).click();
    await page.getByText('Das Konto von Frank Fachbereich wurde reaktiviert.').waitFor();
    expect(await row.innerText()).toContain('Aktiv');
  });

  test('expired session while typing: re-login in a dialog, and the submit completes with the typed text', async (ctx) => {
    const page = await browser.page(ctx, { as: 'admin' });
    const csp = await watchCsp(page);
    await openUsers(page);
    await page.getByRole('button', { name: 'Konto anlegen' }).click();
    const email = uniqueEmail('getippt');
    await fillCreateForm(page, {
      name: 'Gerda Getippt',
      email,
      role: 'Personalrat',
      password: 'mühsam-getipptes-Passwort',
    });

    // Meanwhile the session ends on the server (as after the idle timeout).
    await (await ApiSession.ofBrowser(browser.url('/'), page.context())).signOut();

    await page
      .getByRole('dialog', { name: 'Konto anlegen' })
      .getByRole('button', { name: 'Speichern' })
      .click();
    const relogin = page.getByRole('dialog', { name: 'Sitzung abgelaufen' });
    await relogin.waitFor();
    expect(await relogin.innerText()).toContain('admin@demo.leitplanken.de');
    expect(new URL(page.url()).pathname).toBe('/verwaltung/benutzer'); // no navigation
    await page.waitForFunction(() => document.activeElement?.getAttribute('name') === 'password');
    await expectNoAxeViolations(page, '/verwaltung/benutzer (Sitzung abgelaufen)');
    await screenshot(page, 'relogin', 1280);
    await page.setViewportSize({ width: 360, height: 900 });
    await screenshot(page, 'relogin', 360);
    await page.setViewportSize({ width: 1280, height: 900 });

    await relogin.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await relogin.getByRole('button', { name: 'Erneut anmelden' }).click();

    // The waiting request was sent again: the account exists with exactly what was typed.
    await page.getByText('Das Konto von Gerda Getippt wurde angelegt.').waitFor();
    expect(await page.getByRole('dialog').count()).toBe(0);
    const created = (await accountsViaApi(browser.url('/'))).find((u) => u.email === email);
    expect(created).toMatchObject({ name: 'Gerda Getippt', role: 'staff_council', active: true });
    const login = await fetch(browser.url('/api/auth/login'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'mühsam-getipptes-Passwort' }),
    });
    expect(login.status).toBe(200);
    expect(csp.violations()).toEqual([]);
  });
});
