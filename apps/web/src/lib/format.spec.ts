import { describe, expect, test } from 'vitest';
import { formatCurrency, formatDate, formatNumber, formatPercent } from './format';

const NNBSP = '\u202f';

describe('formatDate', () => {
  test('writes a calendar day the German way by default', () => {
    expect(formatDate('2020-08-20')).toBe('20.08.2020');
  });

  test('writes it the British way in English', () => {
    expect(formatDate('2020-08-20', 'en')).toBe('20/08/2020');
  });

  test('long style spells the month', () => {
    expect(formatDate('2020-08-20', 'de', 'long')).toBe('20. August 2020');
    expect(formatDate('2020-08-20', 'en', 'long')).toBe('20 August 2020');
  });

  test('never shifts the day, whatever the time zone (first and last day of a year)', () => {
    expect(formatDate('2026-01-01')).toBe('01.01.2026');
    expect(formatDate('2025-12-31')).toBe('31.12.2025');
  });

  test('leaves anything that is not YYYY-MM-DD as it is', () => {
    expect(formatDate('demnächst')).toBe('demnächst');
  });
});

describe('formatPercent', () => {
  test('German: narrow no-break space before the percent sign', () => {
    expect(formatPercent(42)).toBe(`42${NNBSP}%`);
    expect(formatPercent(0)).toBe(`0${NNBSP}%`);
    expect(formatPercent(100)).toBe(`100${NNBSP}%`);
  });

  test('English: no space', () => {
    expect(formatPercent(42, 'en')).toBe('42%');
  });

  test('rounds to whole percent unless asked for more', () => {
    expect(formatPercent(42.44)).toBe(`42${NNBSP}%`);
    expect(formatPercent(42.45, 'de', 1)).toBe(`42,5${NNBSP}%`);
  });
});

describe('numbers and money', () => {
  test('German grouping and decimal comma', () => {
    expect(formatNumber(1234567.891, 'de', 2)).toBe('1.234.567,89');
    expect(formatNumber(1234567.891, 'en', 2)).toBe('1,234,567.89');
  });

  test('euro amounts', () => {
    expect(formatCurrency(250000)).toBe('250.000\u00a0€');
    expect(formatCurrency(250000, 'en')).toBe('€250,000');
  });
});
