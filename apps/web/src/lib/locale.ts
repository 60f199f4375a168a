/** The UI languages and the locales their numbers and dates are formatted in. */
export const LANGUAGES = ['de', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
export const DEFAULT_LANGUAGE: Language = 'de';

const FORMAT_LOCALES: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** `de`, `de-DE`, `en-US` … → the UI language; anything else → German. */
export function toLanguage(value: string | null | undefined): Language {
  const base = value?.split('-')[0]?.toLowerCase();
  return isLanguage(base) ? base : DEFAULT_LANGUAGE;
}

export function formatLocale(language: Language): string {
  return FORMAT_LOCALES[language];
}
