import { describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { expectNoAxeViolations } from './support/axe';
import { screenshot } from './support/browser';
import { setupBrowser } from './support/e2e';
import { DEMO_EMAILS, DEMO_PASSWORD } from './support/session';

const browser = setupBrowser();

const SUB_GOAL_CODES = ['1.1', '1.2', '1.3', '1.4', '2.1', '2.2', '3.1', '3.2', '3.3', '4.1'];

async function hasNoHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
}

/** The rating group of one sub-goal in the form (its legend starts with the code). */
function ratingGroup(page: Page, code: string) {
  return page.getByRole('group', { name: new RegExp(`^${code.replace('.', '\\.')} `) });
}

async function checkResult(page: Page): Promise<string> {
  const section = page.getByRole('region', { name: 'Leitplanken-Check' });
  return section.locator('.lp-check__result .kern-sr-only').innerText();
}

describe('measures', () => {
  test('a department head creates a measure, assesses it, and sees fail turn to pass', async (ctx) => {
    // Signs in through the sign-in page, as a person would, and goes to the measures.
    const page = await browser.page(ctx, { as: null });
    await page.goto(browser.url('/massnahmen'));
    await page.getByRole('heading', { level: 1, name: 'Anmelden' }).waitFor();
    await page.getByRole('textbox', { name: 'E-Mail-Adresse' }).fill(DEMO_EMAILS.department_head);
    await page.getByLabel('Passwort').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Anmelden' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maßnahmen' }).waitFor();
    await page
      .getByRole('navigation', { name: 'Hauptnavigation' })
      .getByRole('link', { name: 'Maßnahmen' })
      .waitFor();
    await page.getByRole('link', { name: 'Maßnahme anlegen' }).click();
    await page.getByRole('heading', { level: 1, name: 'Maßnahme anlegen' }).waitFor();

    // The department head's own department is preselected and the only choice.
    const department = page.getByLabel('Fachbereich', { exact: true });
    await department.waitFor();
    expect(await department.locator('option').allInnerTexts()).toEqual([
      'FB 3 – Recht, Sicherheit und Ordnung',
    ]);

    await page.getByLabel('Titel', { exact: true }).fill('Online-Anmeldung von Veranstaltungen');
    await page
      .getByLabel('Beschreibung')
      .fill('Veranstalter melden Straßenfeste und Umzüge online an; Bescheid per E-Mail.');
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();

    // Not assessed at all: the check fails, and says why.
    await page
      .getByRole('heading', { level: 1, name: 'Online-Anmeldung von Veranstaltungen' })
      .waitFor();
    expect(await checkResult(page)).toBe('Ergebnis: Nicht bestanden');
    await page.getByText('Die Maßnahme unterstützt kein Teilziel der Strategie.').waitFor();
    await page.getByText('Teilziel 4.1 ist noch nicht bewertet.').waitFor();

    // Assess: supports 3.1 (with justification), neutral everywhere else.
    await page.getByRole('link', { name: 'Bearbeiten', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: /^Maßnahme bearbeiten/ }).waitFor();
    for (const code of SUB_GOAL_CODES) {
      await ratingGroup(page, code)
        .getByRole('radio', { name: code === '3.1' ? 'Unterstützt' : 'Neutral' })
        .check();
    }
    // Support needs a justification: the inline validation says so at the field.
    await page.getByRole('button', { name: 'Speichern' }).click();
    const summary = page.getByRole('region', { name: 'Die Maßnahme wurde nicht gespeichert' });
    await summary.waitFor();
    expect(await summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const link = summary.getByRole('link', {
      name: 'Begründung zu Teilziel 3.1: Bitte begründen, wie die Maßnahme Teilziel 3.1 unterstützt.',
    });
    await link.click();
    const justification = page.getByLabel('Begründung zu Teilziel 3.1');
    expect(await justification.evaluate((el) => el === document.activeElement)).toBe(true);
    await justification.fill('Anträge rund um die Uhr online, ohne Gang ins Rathaus.');
    await page.getByRole('button', { name: 'Speichern' }).click();

    await page
      .getByRole('heading', { level: 1, name: 'Online-Anmeldung von Veranstaltungen' })
      .waitFor();
    expect(await checkResult(page)).toBe('Ergebnis: Bestanden');
    await page
      .getByText(
        'Die Maßnahme unterstützt mindestens eine Leitplanke, ist gegen alle zehn bewertet und hat keinen Konflikt.',
      )
      .waitFor();
    const row = page.getByRole('row', { name: /^3\.1 / });
    expect(await row.innerText()).toContain('unterstützt');

    // The change history shows both writes, by the department head, newest first.
    const history = page.getByRole('region', { name: 'Änderungsverlauf' });
    const changes = history.getByRole('row');
    await changes.nth(2).waitFor();
    const lines = await changes.allInnerTexts();
    expect(lines[1]).toMatch(/Frieda Fachbereich \(Fachbereichsleitung\).*geändert.*Leitplanken-Bewertung/s);
    expect(lines[2]).toMatch(/Frieda Fachbereich.*angelegt/s);
  });

  test('list: filters, search, sorting; accessible; screenshots', async (ctx) => {
    const page = await browser.page(ctx, { as: 'board' });
    await page.goto(browser.url('/massnahmen'));
    await page.getByRole('heading', { level: 1, name: 'Maßnahmen' }).waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /Maßnahmen gefunden/ })
      .waitFor();
    expect(await page.title()).toBe('Maßnahmen – Leitplanken');
    await expectNoAxeViolations(page, '/massnahmen');
    await screenshot(page, 'measures-list', 1280);

    await page.getByLabel('Leitplanken-Check').selectOption('fail');
    await page.waitForURL(/check=fail/);
    const table = page.getByRole('table', { name: 'Maßnahmen' });
    // The previous page stays on screen until the filtered one has arrived.
    await expect
      .poll(async () => {
        const rows = await table.locator('tbody tr').allInnerTexts();
        return rows.length > 0 && rows.every((row) => row.includes('Nicht bestanden'));
      })
      .toBe(true);
    await table
      .getByRole('link', { name: 'Chatbot ersetzt die Abfallberatungs-Hotline' })
      .waitFor();
    await page.getByRole('button', { name: 'Filter zurücksetzen' }).click();

    await page.getByRole('searchbox', { name: 'Suche in Titel und Beschreibung' }).fill('bauakte');
    await page.getByRole('button', { name: 'Suchen' }).click();
    await page.getByRole('status').filter({ hasText: '1 Maßnahme gefunden' }).waitFor();
    await table.getByRole('link', { name: 'Digitale Bauakte' }).waitFor();

    await page.goto(browser.url('/massnahmen'));
    await page
      .getByRole('status')
      .filter({ hasText: /gefunden/ })
      .waitFor();
    await screenshot(page, 'measures-list', 360);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoAxeViolations(page, '/massnahmen (360 px)');
  });

  test('form: validation errors are listed, linked and accessible; screenshots', async (ctx) => {
    const page = await browser.page(ctx, { as: 'board' });
    await page.goto(browser.url('/massnahmen/neu'));
    await page.getByRole('heading', { level: 1, name: 'Maßnahme anlegen' }).waitFor();
    await screenshot(page, 'measure-form', 1280);

    await page.getByLabel('Geplanter Beginn').fill('2026-06-01');
    await page.getByLabel('Geplantes Ende').fill('2026-05-01');
    await page.getByLabel('Budget geplant (Euro)').fill('-100');
    await page.getByRole('button', { name: 'Maßnahme anlegen' }).click();
    const summary = page.getByRole('region', { name: 'Die Maßnahme wurde nicht gespeichert' });
    await summary.waitFor();
    const items = await summary.getByRole('link').allInnerTexts();
    expect(items).toEqual([
      'Titel: Bitte ausfüllen.',
      'Fachbereich: Bitte ausfüllen.',
      'Budget geplant (Euro): Der Wert muss mindestens 0 sein.',
      'Geplantes Ende: Das geplante Ende darf nicht vor dem geplanten Beginn liegen.',
    ]);
    // Each field says it too, and is marked invalid.
    const end = page.getByLabel('Geplantes Ende');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, '/massnahmen/neu (mit Fehlern)');
    await screenshot(page, 'measure-form-errors', 1280);
    await screenshot(page, 'measure-form-errors', 360);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoAxeViolations(page, '/massnahmen/neu (360 px, mit Fehlern)');
  });

  test('measure page: check with reasons, channels, co-determination; accessible', async (ctx) => {
    const page = await browser.page(ctx, { as: 'board' });
    await page.goto(browser.url('/massnahmen?q=Fundb%C3%BCro'));
    await page.getByRole('link', { name: /^Fundbüro digital/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Fundbüro digital/ }).waitFor();
    expect(await checkResult(page)).toBe('Ergebnis: Mit Hinweisen');
    await page.getByText(/Konflikt mit Teilziel 3\.2 als Ausnahme akzeptiert/).waitFor();
    const channels = page.getByRole('region', { name: 'Zugangswege' });
    expect(await channels.getByRole('row', { name: /Schalter/ }).innerText()).toContain('entfällt');
    await expectNoAxeViolations(page, 'Maßnahmenseite');
    await screenshot(page, 'measure-page', 1280);
    await screenshot(page, 'measure-page', 360);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoAxeViolations(page, 'Maßnahmenseite (360 px)');

    // The board decides exceptions from here: the dialog is reachable and accessible.
    await page.getByRole('button', { name: 'Über Ausnahme zu Teilziel 3.2 entscheiden' }).click();
    const dialog = page.getByRole('dialog', { name: 'Ausnahme zu Teilziel 3.2' });
    await dialog.waitFor();
    await expectNoAxeViolations(page, 'Ausnahme-Dialog');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
  });

  test('guardrail matrix: colour, symbol and text in every cell; accessible; screenshots', async (ctx) => {
    const page = await browser.page(ctx, { as: 'viewer' });
    await page.goto(browser.url('/leitplanken-matrix'));
    await page.getByRole('heading', { level: 1, name: 'Leitplanken-Matrix' }).waitFor();
    const matrix = page.getByRole('table', {
      name: 'Maßnahmen (Zeilen) und ihre Bewertung gegen die zehn Leitplanken (Spalten)',
    });
    await matrix.waitFor();
    expect(await matrix.getByRole('columnheader').allInnerTexts()).toEqual(
      expect.arrayContaining(SUB_GOAL_CODES),
    );
    const chatbot = matrix.getByRole('row', { name: /Chatbot/ });
    const cells = await chatbot.getByRole('cell').allInnerTexts();
    expect(cells).toHaveLength(10);
    expect(cells[7]).toBe('✗ Konflikt, Ausnahme beantragt');
    expect(cells[0]).toBe('✓ unterstützt');
    await page.getByText(/Maßnahmen auf dieser Seite/).waitFor();
    await expectNoAxeViolations(page, '/leitplanken-matrix');
    await screenshot(page, 'guardrail-matrix', 1280);
    await screenshot(page, 'guardrail-matrix', 360);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoAxeViolations(page, '/leitplanken-matrix (360 px)');
  });

  test('staff-council view: deadlines, overdue ones in words; the council edits its record', async (ctx) => {
    const page = await browser.page(ctx, { as: 'staff_council' });
    await page.goto(browser.url('/personalrat'));
    await page.getByRole('heading', { level: 1, name: 'Personalrat' }).waitFor();
    const table = page.getByRole('table', { name: 'Maßnahmen mit Beteiligung des Personalrats' });
    await table.waitFor();
    const overdue = table.getByRole('row', { name: /Digitaler Posteingang/ });
    expect(await overdue.innerText()).toContain('Frist abgelaufen');
    await expectNoAxeViolations(page, '/personalrat');
    await screenshot(page, 'staff-council', 1280);
    await screenshot(page, 'staff-council', 360);
    expect(await hasNoHorizontalScroll(page)).toBe(true);
    await expectNoAxeViolations(page, '/personalrat (360 px)');

    await overdue.getByRole('link', { name: /Beteiligung zu „Digitaler Posteingang/ }).click();
    await page.getByRole('heading', { level: 1, name: /^Beteiligung des Personalrats/ }).waitFor();
    await page.getByLabel('Ergebnis').selectOption('consent_with_conditions');
    await page.getByLabel('Entschieden am').fill('2026-11-20');
    await page.getByRole('button', { name: 'Beteiligung speichern' }).click();
    await page.getByRole('heading', { level: 1, name: /^Digitaler Posteingang/ }).waitFor();
    await page.getByText('Zustimmung mit Auflagen').first().waitFor();
  });
});
