import { afterEach, describe, expect, test } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { SessionUser } from '@leitplanken/shared';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { activeStrategyQueryOptions } from '@/features/strategy/api/get-active-strategy';
import { i18n } from '@/lib/i18n';
import { createTestQueryClient } from '@/test/render';
import { sessionUsers } from '@/test/fixtures/session';
import { strategyFixture } from '@/test/fixtures/strategy';
import { AppProvider } from './provider';
import { routes } from './router';

function renderApp(path = '/', user: SessionUser | null = sessionUsers.viewer) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(activeStrategyQueryOptions().queryKey, strategyFixture);
  queryClient.setQueryData(sessionQueryOptions().queryKey, user);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

afterEach(async () => {
  await i18n.changeLanguage('de');
  localStorage.clear();
});

describe('app layout', () => {
  test('skip link first, then banner, navigation, main and footer', async () => {
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Cockpit' });
    const skip = screen.getByRole('link', { name: 'Zum Inhalt springen' });
    expect(skip.getAttribute('href')).toBe('#main');
    expect(screen.getByRole('banner').textContent).toContain(
      'Ein Angebot der Stadt Bergisch Gladbach',
    );
    expect(screen.getByRole('main').id).toBe('main');
    const nav = screen.getByRole('navigation', { name: 'Hauptnavigation' });
    const current = within(nav).getByRole('link', { name: 'Cockpit' });
    expect(current.getAttribute('aria-current')).toBe('page');
    const footer = screen.getByRole('contentinfo');
    for (const name of ['Erklärung zur Barrierefreiheit', 'Barriere melden', 'Impressum']) {
      expect(within(footer).getByRole('link', { name })).toBeDefined();
    }
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });

  const INTERNAL_ITEMS = ['Cockpit', 'Maßnahmen', 'Leitplanken-Matrix', 'Personalrat'];

  test.each([
    ['admin', [...INTERNAL_ITEMS, 'Verwaltung']],
    ['board', INTERNAL_ITEMS],
    ['department_head', INTERNAL_ITEMS],
    ['staff_council', INTERNAL_ITEMS],
    ['viewer', INTERNAL_ITEMS],
  ] as const)('%s sees the navigation items of the role', async (role, expected) => {
    renderApp('/', sessionUsers[role]);
    const nav = await screen.findByRole('navigation', { name: 'Hauptnavigation' });
    expect(
      within(nav)
        .getAllByRole('link')
        .map((a) => a.textContent),
    ).toEqual(expected);
  });

  test('the header names the signed-in person and role and offers to sign out', async () => {
    renderApp('/', sessionUsers.department_head);
    const who = await screen.findByRole('region', { name: 'Angemeldete Person' });
    expect(who.textContent).toContain('Frieda Fachbereich');
    expect(who.textContent).toContain('Rolle: Fachbereichsleitung');
    expect(within(who).getByRole('button', { name: 'Abmelden' })).toBeDefined();
  });

  test('signed out: no internal navigation, and an internal page leads to the sign-in page', async () => {
    const router = renderApp('/verwaltung/benutzer', null);
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });
    expect(router.state.location.pathname).toBe('/anmelden');
    expect(router.state.location.search).toBe('?next=%2Fverwaltung%2Fbenutzer');
    expect(screen.getByText('Bitte melden Sie sich an, um fortzufahren.')).toBeDefined();
    expect(screen.queryByRole('navigation', { name: 'Hauptnavigation' })).toBeNull();
    expect(screen.queryByRole('region', { name: 'Angemeldete Person' })).toBeNull();
  });

  test('a role without access to a page sees "Keine Berechtigung", not the page', async () => {
    renderApp('/verwaltung/benutzer', sessionUsers.board);
    await screen.findByRole('heading', { level: 1, name: 'Keine Berechtigung' });
    expect(screen.getByText(/nicht zugänglich/).textContent).toContain('Verwaltungsvorstand');
  });

  test('language switch sets <html lang>, remembers the choice and translates', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { level: 2, name: 'Strategische Ziele' });
    const english = screen.getByRole('button', { name: 'English' });
    expect(english.getAttribute('aria-pressed')).toBe('false');
    await user.click(english);
    await screen.findByRole('heading', { level: 2, name: 'Strategic goals' });
    expect(document.documentElement.lang).toBe('en');
    expect(localStorage.getItem('leitplanken.language')).toBe('en');
    expect(screen.getByRole('button', { name: 'English' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    expect(
      screen.getByRole('heading', { level: 3, name: 'Goal 1: Effizienteres Verwaltungshandeln' }),
    ).toBeDefined();
  });

  test('footer pages say what will come there and set the title', async () => {
    renderApp('/barrierefreiheit');
    await screen.findByRole('heading', { level: 1, name: 'Erklärung zur Barrierefreiheit' });
    await waitFor(() =>
      expect(document.title).toBe('Erklärung zur Barrierefreiheit – Leitplanken'),
    );
    expect(screen.getByText('Diese Seite ist in Vorbereitung')).toBeDefined();
  });

  test('an unknown address shows "Seite nicht gefunden"', async () => {
    renderApp('/gibt-es-nicht');
    await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' });
  });
  test('after navigating, focus is on the new page heading', async () => {
    const user = userEvent.setup();
    renderApp();
    await screen.findByRole('heading', { level: 1, name: 'Cockpit' });
    await user.click(
      within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Impressum' }),
    );
    const heading = await screen.findByRole('heading', { level: 1, name: 'Impressum' });
    await waitFor(() => expect(document.activeElement).toBe(heading));
    await waitFor(() => expect(document.title).toBe('Impressum – Leitplanken'));
  });
});
