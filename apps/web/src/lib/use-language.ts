import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { formatCurrency, formatDate, formatDateTime, formatNumber, formatPercent } from './format';
import { toLanguage, type Language } from './locale';

/** The current UI language (`de` | `en`). */
export function useLanguage(): Language {
  const { i18n } = useTranslation();
  return toLanguage(i18n.resolvedLanguage ?? i18n.language);
}

/** The format helpers bound to the current UI language. */
export function useFormat() {
  const language = useLanguage();
  return useMemo(
    () => ({
      language,
      date: (value: string, style?: 'short' | 'long') => formatDate(value, language, style),
      dateTime: (value: string | Date) => formatDateTime(value, language),
      number: (value: number, fractionDigits?: number) =>
        formatNumber(value, language, fractionDigits),
      percent: (value: number, fractionDigits?: number) =>
        formatPercent(value, language, fractionDigits),
      currency: (value: number) => formatCurrency(value, language),
    }),
    [language],
  );
}
