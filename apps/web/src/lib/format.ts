import { DEFAULT_LANGUAGE, formatLocale, type Language } from './locale';

const NARROW_NBSP = '\u202f';
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day (`YYYY-MM-DD`) as the locale writes it: "20.08.2020" (de-DE), "20/08/2020" (en-GB).
 * Computed in UTC so the day never shifts with the browser's time zone.
 */
export function formatDate(
  value: string,
  language: Language = DEFAULT_LANGUAGE,
  style: 'short' | 'long' = 'short',
): string {
  const match = ISO_DAY.exec(value);
  if (!match) return value;
  const [, y, m, d] = match;
  const date = new Date(Date.UTC(Number(y), Number(m) - 1, Number(d)));
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }
      : { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(formatLocale(language), options).format(date);
}

/** An instant (ISO timestamp) with date and time in the browser's time zone. */
export function formatDateTime(
  value: string | Date,
  language: Language = DEFAULT_LANGUAGE,
): string {
  const date = typeof value === 'string' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(formatLocale(language), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(date);
}

export function formatNumber(
  value: number,
  language: Language = DEFAULT_LANGUAGE,
  maximumFractionDigits = 0,
): string {
  return new Intl.NumberFormat(formatLocale(language), { maximumFractionDigits }).format(value);
}

/**
 * A percentage given as 0–100: "42 %" (de-DE, narrow no-break space), "42%" (en-GB).
 * ICU versions differ between a no-break space and a narrow one before "%"; we always use the
 * narrow one (DIN 5008 typography) so Node, Chromium and Firefox print the same string.
 */
export function formatPercent(
  value: number,
  language: Language = DEFAULT_LANGUAGE,
  maximumFractionDigits = 0,
): string {
  const formatted = new Intl.NumberFormat(formatLocale(language), {
    style: 'percent',
    maximumFractionDigits,
  }).format(value / 100);
  return formatted.replace(/[\s\u00a0\u202f]%/, `${NARROW_NBSP}%`);
}

/** Euro amounts: "1.234.567 €" (de-DE), "€1,234,567" (en-GB). */
export function formatCurrency(value: number, language: Language = DEFAULT_LANGUAGE): string {
  return new Intl.NumberFormat(formatLocale(language), {
    style: 'currency',
    currency: 'EUR',
    maximumFractionDigits: 0,
  }).format(value);
}
