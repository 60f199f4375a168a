import { describe, expect, test, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import { activeStrategyQueryOptions } from '@/features/strategy/api/get-active-strategy';
import { createTestQueryClient, renderWithProviders } from '@/test/render';
import { strategyFixture } from '@/test/fixtures/strategy';
import { CockpitRoute } from './cockpit';

function seededClient() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(activeStrategyQueryOptions().queryKey, strategyFixture);
  return queryClient;
}

describe('Cockpit', () => {
  test('shows the four strategic goals with their sub-goals', () => {
    renderWithProviders(<CockpitRoute />, { queryClient: seededClient() });

    expect(screen.getByRole('heading', { level: 1, name: 'Cockpit' })).toBeDefined();
    const goals = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(goals).toEqual([
      'Ziel 1: Effizienteres Verwaltungshandeln',
      'Ziel 2: Arbeitgeberattraktivität',
      'Ziel 3: Digitale Services für Bürger und Unternehmen',
      'Ziel 4: Beteiligung und Transparenz',
    ]);
    const guardrails3 = screen.getByRole('list', { name: 'Leitplanken zu Ziel 3' });
    const items = within(guardrails3).getAllByRole('listitem');
    expect(items).toHaveLength(3);
    expect(items[1]?.textContent).toContain('3.2');
    expect(
      within(guardrails3).getByText(
        'Die Stadt unterstützt den digitalen Zugang und bleibt auch analog offen, um niemanden zurückzulassen.',
      ),
    ).toBeDefined();
  });

  test('shows the Leitbild with title and adoption date', () => {
    renderWithProviders(<CockpitRoute />, { queryClient: seededClient() });
    expect(screen.getByRole('heading', { level: 2, name: 'E-Government-Strategie' })).toBeDefined();
    expect(screen.getByText('beschlossen am 20.08.2020')).toBeDefined();
    expect(screen.getByText(/In der Papierstadt zur digitalen Verwaltung/)).toBeDefined();
  });

  test('sets the document title and keeps a section for progress', () => {
    renderWithProviders(<CockpitRoute />, { queryClient: seededClient() });
    expect(document.title).toBe('Cockpit – Leitplanken');
    expect(screen.getByRole('heading', { level: 2, name: 'Fortschritt und Lage' })).toBeDefined();
  });

  test('says it is loading (role=status) while the strategy is on its way', () => {
    vi.stubGlobal('fetch', () => new Promise<Response>(() => {}));
    renderWithProviders(<CockpitRoute />);
    expect(screen.getByRole('status').textContent).toContain('Die Strategie wird geladen');
  });

  test('shows the API error message in an alert (role=alert)', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            statusCode: 503,
            code: 'DATABASE_UNAVAILABLE',
            message: 'Die Datenbank antwortet nicht.',
          }),
          { status: 503, headers: { 'Content-Type': 'application/json' } },
        ),
      ),
    );
    renderWithProviders(<CockpitRoute />);
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Die Strategie konnte nicht geladen werden.');
    expect(alert.textContent).toContain('Die Datenbank antwortet nicht.');
    expect(within(alert).getByRole('button', { name: 'Erneut versuchen' })).toBeDefined();
  });
  test('signed out (401): asks to sign in, in the UI language, without a pointless retry', async () => {
    vi.stubGlobal('fetch', () =>
      Promise.resolve(
        new Response(
          JSON.stringify({
            statusCode: 401,
            code: 'UNAUTHENTICATED',
            message: 'Bitte melden Sie sich an.',
            messageEn: 'Please sign in.',
          }),
          { status: 401, headers: { 'Content-Type': 'application/json' } },
        ),
      ),
    );
    renderWithProviders(<CockpitRoute />);
    const notice = await screen.findByText('Anmeldung erforderlich');
    const status = notice.closest('[role="status"]');
    expect(status?.textContent).toContain('Bitte melden Sie sich an.');
    expect(screen.queryByRole('button', { name: 'Erneut versuchen' })).toBeNull();
  });
});
