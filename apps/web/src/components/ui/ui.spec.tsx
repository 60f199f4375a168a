import { describe, expect, test, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithProviders } from '@/test/render';
import { Alert } from './alert';
import { Badge } from './badge';
import { Button } from './button';
import { Dialog } from './dialog';
import { Progress } from './progress';
import { Select } from './select';
import { Table } from './table';
import { TextInput } from './text-input';
import { Textarea } from './textarea';

describe('form fields', () => {
  test('label, hint and error are wired to the control', () => {
    renderWithProviders(
      <TextInput
        label="Titel"
        hint="Kurz und eindeutig"
        error="Bitte einen Titel angeben"
        name="title"
      />,
    );
    const input = screen.getByRole('textbox', { name: 'Titel' });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const texts = describedBy.map((id) => document.getElementById(id)?.textContent);
    expect(texts).toEqual(['Kurz und eindeutig', 'Bitte einen Titel angeben']);
    expect(input.hasAttribute('required')).toBe(true);
  });

  test('optional fields say so and are not required; no error, no aria-invalid', () => {
    renderWithProviders(<Textarea label="Beschreibung" optional />);
    const textarea = screen.getByRole('textbox', { name: /Beschreibung/ });
    expect(textarea.closest('.kern-form-input')?.textContent).toContain('optional');
    expect(textarea.hasAttribute('required')).toBe(false);
    expect(textarea.hasAttribute('aria-invalid')).toBe(false);
    expect(textarea.hasAttribute('aria-describedby')).toBe(false);
  });

  test('select lists its options after the placeholder', () => {
    renderWithProviders(
      <Select
        label="Status"
        placeholder="Bitte wählen"
        options={[
          { value: 'planned', label: 'geplant' },
          { value: 'in_progress', label: 'in Umsetzung' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Status' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['Bitte wählen', 'geplant', 'in Umsetzung']);
  });
});

describe('status components', () => {
  test('progress writes its value out (de-DE percent), not only as bar length', () => {
    renderWithProviders(<Progress label="Fortschritt Ziel 1" value={42} />);
    const bar = screen.getByRole('progressbar', { name: 'Fortschritt Ziel 1' });
    expect(bar.getAttribute('aria-valuetext')).toBe('42\u202f%');
    const visible = bar.closest('.kern-progress')?.querySelector('.lp-progress__text');
    expect(visible?.textContent).toBe('Fortschritt Ziel 1' + '42\u202f%');
  });

  test('badge and alert carry text, not colour alone', () => {
    renderWithProviders(
      <>
        <Badge variant="warning">gefährdet</Badge>
        <Alert variant="danger" title="Speichern fehlgeschlagen">
          Bitte erneut versuchen.
        </Alert>
      </>,
    );
    expect(screen.getByText('gefährdet')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('Speichern fehlgeschlagen');
  });
});

describe('table', () => {
  test('has a caption, column headers and row headers, in a focusable named region', () => {
    const rows = [
      { code: '1.1', progress: 40 },
      { code: '1.2', progress: 75 },
    ];
    renderWithProviders(
      <Table
        caption="Fortschritt je Leitplanke"
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          { key: 'code', header: 'Leitplanke', cell: (r) => r.code, rowHeader: true },
          { key: 'progress', header: 'Fortschritt', cell: (r) => `${r.progress} %`, numeric: true },
        ]}
      />,
    );
    const region = screen.getByRole('region', { name: 'Fortschritt je Leitplanke' });
    expect(region.getAttribute('tabindex')).toBe('0');
    const table = within(region).getByRole('table', { name: 'Fortschritt je Leitplanke' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Leitplanke', 'Fortschritt']);
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['1.1', '1.2']);
  });
});

describe('button and dialog', () => {
  test('button defaults to type=button; icon-only keeps its name', () => {
    renderWithProviders(
      <Button icon="close" iconOnly>
        Schließen
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Schließen' });
    expect(button.getAttribute('type')).toBe('button');
  });

  test('dialog is named by its title and closes through its close button', async () => {
    const onClose = vi.fn();
    renderWithProviders(
      <Dialog open onClose={onClose} title="Maßnahme löschen">
        <p>Wirklich löschen?</p>
      </Dialog>,
    );
    const dialog = screen.getByRole('dialog', { name: 'Maßnahme löschen' });
    await userEvent.click(within(dialog).getByRole('button', { name: 'Dialog schließen' }));
    expect(onClose).toHaveBeenCalled();
  });
});
