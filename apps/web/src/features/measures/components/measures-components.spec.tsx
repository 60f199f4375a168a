import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { measureSchema, type Measure } from '@leitplanken/shared';
import { i18n } from '@/lib/i18n';
import { measureFixture } from '@/test/fixtures/measures';
import { strategyFixture } from '@/test/fixtures/strategy';
import { renderWithProviders } from '@/test/render';
import { GuardrailCheckResult } from './guardrail-check-result';
import { GuardrailMatrix, matrixCounts } from './guardrail-matrix';
import { MeasureForm } from './measure-form';
import { emptyMeasureValues } from './measure-form-values';
import { deadlineState } from './staff-council-table';

const departments = [
  { id: 'd-3', code: 'FB 3', name: 'Recht, Sicherheit und Ordnung', active: true },
];

describe('fixture', () => {
  test('matches the API contract', () => {
    expect(() => measureSchema.parse(measureFixture())).not.toThrow();
  });
});

describe('GuardrailCheckResult', () => {
  test('says the result in words and lists every reason', () => {
    const check = measureFixture().guardrailCheck;
    renderWithProviders(<GuardrailCheckResult check={check} />);
    expect(screen.getByText('Ergebnis: Mit Hinweisen')).toBeDefined();
    const reasons = screen.getByRole('list', { name: 'Gründe' });
    expect(
      within(reasons)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['Konflikt mit Teilziel 3.2 als Ausnahme akzeptiert: „Telefon bleibt“.']);
  });

  test('shows the English reason in English', async () => {
    await i18n.changeLanguage('en');
    try {
      renderWithProviders(<GuardrailCheckResult check={measureFixture().guardrailCheck} />);
      expect(screen.getByText('Result: With warnings')).toBeDefined();
      expect(screen.getByText(/accepted as an exception/)).toBeDefined();
    } finally {
      await i18n.changeLanguage('de');
    }
  });
});

describe('GuardrailMatrix', () => {
  test('a table with goal and code headers; each cell symbol plus word', () => {
    const m = measureFixture();
    renderWithProviders(<GuardrailMatrix measures={[m]} goals={strategyFixture.goals} />);
    const table = screen.getByRole('table');
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(
      expect.arrayContaining([
        '1.1',
        '3.2',
        '4.1',
        'Ziel 3: Digitale Services für Bürger und Unternehmen',
      ]),
    );
    const row = within(table).getByRole('row', { name: /Fundbüro digital/ });
    const cells = within(row)
      .getAllByRole('cell')
      .map((c) => c.textContent);
    expect(cells[6]).toBe('✓ unterstützt');
    expect(cells[7]).toBe('! Ausnahme');
    expect(cells[0]).toBe('– neutral');
    expect(matrixCounts([m], ['1.1', '3.1', '3.2'])).toMatchObject({
      neutral: 1,
      supports: 1,
      exception: 1,
    });
  });
});

describe('MeasureForm', () => {
  test('on submit lists the errors in a summary that takes focus and links to the fields', async () => {
    const user = userEvent.setup();
    let sent = false;
    renderWithProviders(
      <MeasureForm
        initial={emptyMeasureValues(['1.1'], '')}
        version={null}
        goals={strategyFixture.goals}
        departments={departments}
        fieldsOfAction={[]}
        ownDepartmentId={null}
        save={() => {
          sent = true;
          return Promise.resolve(measureFixture());
        }}
        onSaved={() => undefined}
        cancelTo="/massnahmen"
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Maßnahme anlegen' }));
    const summary = screen.getByRole('region', { name: 'Die Maßnahme wurde nicht gespeichert' });
    expect(document.activeElement).toBe(summary);
    expect(
      within(summary)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(['Titel: Bitte ausfüllen.', 'Fachbereich: Bitte ausfüllen.']);
    expect(screen.getByLabelText('Titel').getAttribute('aria-invalid')).toBe('true');
    expect(sent).toBe(false);

    // Corrections update the summary while typing, without moving focus.
    await user.type(screen.getByLabelText('Titel'), 'E-Akte');
    expect(within(summary).getAllByRole('link')).toHaveLength(1);
    expect(document.activeElement).toBe(screen.getByLabelText('Titel'));
  });

  test('sends the body with the version and shows the API field errors at the fields', async () => {
    const user = userEvent.setup();
    const bodies: unknown[] = [];
    const { ApiRequestError } = await import('@/lib/api-client');
    renderWithProviders(
      <MeasureForm
        initial={{ ...emptyMeasureValues(['1.1'], 'd-3'), title: 'E-Akte' }}
        version={7}
        goals={strategyFixture.goals}
        departments={departments}
        fieldsOfAction={[]}
        ownDepartmentId="d-3"
        save={(body) => {
          bodies.push(body);
          return Promise.reject(
            new ApiRequestError(
              {
                statusCode: 400,
                code: 'VALIDATION_FAILED',
                message: 'Die Eingaben sind ungültig.',
                fields: [
                  {
                    field: 'departmentId',
                    code: 'unknown_reference',
                    message: 'Diesen Fachbereich gibt es nicht.',
                  },
                ],
              },
              'server',
            ),
          );
        }}
        onSaved={() => undefined}
        cancelTo="/massnahmen"
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    expect(bodies[0]).toMatchObject({ version: 7, title: 'E-Akte', departmentId: 'd-3' });
    await screen.findByRole('link', { name: 'Fachbereich: Diesen Fachbereich gibt es nicht.' });
  });

  test('a 409 says someone else changed it and offers to reload', async () => {
    const user = userEvent.setup();
    const { ApiRequestError } = await import('@/lib/api-client');
    let reloaded = false;
    renderWithProviders(
      <MeasureForm
        initial={{ ...emptyMeasureValues(['1.1'], 'd-3'), title: 'E-Akte' }}
        version={1}
        goals={strategyFixture.goals}
        departments={departments}
        fieldsOfAction={[]}
        ownDepartmentId={null}
        save={() =>
          Promise.reject(
            new ApiRequestError(
              {
                statusCode: 409,
                code: 'VERSION_CONFLICT',
                message: 'geändert',
                details: { currentVersion: 2 },
              },
              'server',
            ),
          ) as Promise<Measure>
        }
        onSaved={() => undefined}
        onReload={() => (reloaded = true)}
        cancelTo="/massnahmen"
      />,
    );
    await user.click(screen.getByRole('button', { name: 'Speichern' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('aktuelle Version 2');
    await user.click(within(alert).getByRole('button', { name: 'Neuen Stand laden' }));
    expect(reloaded).toBe(true);
  });
});

describe('deadlineState', () => {
  const with_ = (c: Partial<NonNullable<Measure['codetermination']>>) => ({
    codetermination: {
      relevance: 'co_determination',
      legalBasis: null,
      informedOn: null,
      discussedOn: null,
      consentRequestedOn: null,
      deadlineOn: null,
      decidedOn: null,
      result: null,
      pilot: false,
      agreementTitle: null,
      agreementNumber: null,
      agreementValidFrom: null,
      agreementValidUntil: null,
      position: null,
      updatedAt: '2026-01-01T00:00:00Z',
      updatedBy: null,
      ...c,
    } as const,
  });
  test.each([
    [{ codetermination: null }, 'none'],
    [with_({}), 'none'],
    [with_({ deadlineOn: '2026-11-27' }), 'overdue'],
    [with_({ deadlineOn: '2026-11-28' }), 'open'],
    [with_({ deadlineOn: '2026-11-27', result: 'consent' }), 'decided'],
  ])('%j → %s', (m, expected) => {
    expect(deadlineState(m as never, '2026-11-28')).toBe(expected);
  });
});
