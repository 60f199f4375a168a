import { describe, expect, test } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter } from 'react-router';
import { RouterProvider } from 'react-router/dom';
import type { Department, User } from '@leitplanken/shared';
import { sessionQueryOptions } from '@/features/auth/api/get-session';
import { departmentsQueryOptions } from '@/features/departments/api/get-departments';
import { usersQueryOptions } from '@/features/users/api/get-users';
import { createTestQueryClient } from '@/test/render';
import { DEPARTMENT_FB3, sessionUsers } from '@/test/fixtures/session';
import { AppProvider } from '../provider';
import { routes } from '../router';

const departments: Department[] = [
  { id: 'd-1', code: 'FB 1', name: 'Zentrale Dienste, Personal und Organisation', active: true },
  { id: DEPARTMENT_FB3, code: 'FB 3', name: 'Recht, Sicherheit und Ordnung', active: true },
];

const users: User[] = [
  {
    ...sessionUsers.admin,
    active: true,
    lastLoginAt: '2026-03-02T08:15:00.000Z',
    createdAt: '2026-01-01T00:00:00.000Z',
  },
  {
    ...sessionUsers.department_head,
    active: false,
    lastLoginAt: null,
    createdAt: '2026-01-01T00:00:00.000Z',
  },
];

function renderPage() {
  const queryClient = createTestQueryClient();
  queryClient.setQueryData(sessionQueryOptions().queryKey, sessionUsers.admin);
  queryClient.setQueryData(usersQueryOptions().queryKey, users);
  queryClient.setQueryData(departmentsQueryOptions().queryKey, departments);
  const router = createMemoryRouter(routes, { initialEntries: ['/verwaltung/benutzer'] });
  render(
    <AppProvider queryClient={queryClient}>
      <RouterProvider router={router} />
    </AppProvider>,
  );
}

describe('Benutzer (administration)', () => {
  test('lists the accounts with role, department, status in words and German dates', async () => {
    renderPage();
    const table = await screen.findByRole('table', { name: 'Konten (2)' });
    const rows = within(table).getAllByRole('row').slice(1);
    const admin = rows[0]!;
    expect(within(admin).getByRole('rowheader').textContent).toContain('Anna Admin (Sie)');
    expect(within(admin).getByRole('rowheader').textContent).toContain('admin@demo.leitplanken.de');
    expect(admin.textContent).toContain('Administration');
    expect(admin.textContent).toContain('Aktiv');
    expect(admin.textContent).toMatch(/02\.03\.2026/);
    const head = rows[1]!;
    expect(head.textContent).toContain('Fachbereichsleitung');
    expect(head.textContent).toContain('FB 3');
    expect(head.textContent).toContain('Deaktiviert');
    expect(head.textContent).toContain('noch nie');
    expect(
      within(head).getByRole('button', { name: 'Reaktivieren für Frieda Fachbereich' }),
    ).toBeDefined();
    expect(
      within(admin).getByRole('button', { name: 'Deaktivieren für Anna Admin' }),
    ).toBeDefined();
  });

  test('the create dialog checks the input before sending, in German, focusing the first error', async () => {
    const user = userEvent.setup();
    renderPage();
    await user.click(await screen.findByRole('button', { name: 'Konto anlegen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Konto anlegen' });
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));

    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);
    const errors = [...dialog.querySelectorAll('.kern-error')].map((e) => e.textContent);
    expect(errors).toEqual([
      'Bitte geben Sie einen Namen ein.',
      'Bitte geben Sie eine E-Mail-Adresse ein.',
      'Bitte wählen Sie eine Rolle.',
      'Das Passwort muss mindestens 12 Zeichen lang sein.',
    ]);
    expect(name.getAttribute('aria-invalid')).toBe('true');

    await user.type(name, 'Erika Beispiel');
    await user.type(
      within(dialog).getByRole('textbox', { name: /E-Mail-Adresse/ }),
      'erika.beispiel@stadt.example',
    );
    await user.selectOptions(
      within(dialog).getByRole('combobox', { name: 'Rolle' }),
      'Fachbereichsleitung',
    );
    await user.type(within(dialog).getByLabelText(/^Passwort/), 'erika.beispiel@stadt.example');
    await user.click(within(dialog).getByRole('button', { name: 'Speichern' }));
    expect(
      within(dialog).getByText('Eine Fachbereichsleitung braucht einen Fachbereich.'),
    ).toBeDefined();
    expect(
      within(dialog).getByText('Das Passwort darf nicht die E-Mail-Adresse sein.'),
    ).toBeDefined();
    expect(document.activeElement).toBe(
      within(dialog).getByRole('combobox', { name: /Fachbereich/ }),
    );
  });
});
