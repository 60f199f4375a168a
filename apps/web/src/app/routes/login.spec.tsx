import { describe, expect, test } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { createTestQueryClient } from '@/test/render';
import { sessionUsers } from '@/test/fixtures/session';
import { AppProvider } from '../provider';
import { routes } from '../router';

function renderAt(path: string, signedIn = false) {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, signedIn ? sessionUsers.viewer : null);
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
  return router;
}

describe('Anmelden', () => {
  test('labelled fields with autocomplete for password managers', async () => {
    renderAt('/anmelden');
    await screen.findByRole('heading', { level: 1, name: 'Anmelden' });
    const email = screen.getByRole('textbox', { name: 'E-Mail-Adresse' });
    expect(email.getAttribute('type')).toBe('email');
    expect(email.getAttribute('autocomplete')).toBe('username');
    expect(screen.getByLabelText('Passwort').getAttribute('autocomplete')).toBe('current-password');
    // The title is set in an effect after the lazy route resolved: wait for it.
    await waitFor(() => expect(document.title).toBe('Anmelden – Leitplanken'));
  });

  test('says what is missing, at the fields, and focuses the first', async () => {
    const user = userEvent.setup();
    renderAt('/anmelden');
    await user.click(await screen.findByRole('button', { name: 'Anmelden' }));
    expect(screen.getByText('Bitte geben Sie Ihre E-Mail-Adresse ein.')).toBeDefined();
    expect(screen.getByText('Bitte geben Sie Ihr Passwort ein.')).toBeDefined();
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'E-Mail-Adresse' }));

    await user.type(screen.getByRole('textbox', { name: 'E-Mail-Adresse' }), 'kein-at-zeichen');
    await user.click(screen.getByRole('button', { name: 'Anmelden' }));
    expect(
      screen.getByText(
        'Bitte geben Sie eine gültige E-Mail-Adresse ein, zum Beispiel name@stadt.de.',
      ),
    ).toBeDefined();
  });

  test('signed in already: on to the page in `next` (never to another site)', async () => {
    const router = renderAt('/anmelden?next=%2Fimpressum', true);
    await screen.findByRole('heading', { level: 1, name: 'Impressum' });
    expect(router.state.location.pathname).toBe('/impressum');

    const other = renderAt('/anmelden?next=%2F%2Fevil.example', true);
    await screen.findByRole('heading', { level: 1, name: 'Cockpit' });
    expect(other.state.location.pathname).toBe('/');
  });
});
