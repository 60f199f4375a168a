import i18next, { type BackendModule, type ResourceKey } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { DEFAULT_LANGUAGE, LANGUAGES, isLanguage, toLanguage, type Language } from './locale';

/**
 * One JSON file per language and namespace: `src/locales/<lang>/<namespace>.json`.
 * A feature adds its own files; nothing here changes. Each file becomes its own small chunk and is
 * loaded when a component first asks for its namespace (or when a route preloads it).
 */
const localeFiles = import.meta.glob<ResourceKey>('../locales/*/*.json', { import: 'default' });

function namespaceOf(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1, -'.json'.length);
}

/** Every namespace for which a German file exists. */
export const NAMESPACES: readonly string[] = [
  ...new Set(
    Object.keys(localeFiles)
      .filter((p) => p.includes('/de/'))
      .map(namespaceOf),
  ),
];

const localeBackend: BackendModule = {
  type: 'backend',
  callbackApi: true,
  init() {},
  read(language, namespace, callback) {
    const load = localeFiles[`../locales/${language}/${namespace}.json`];
    if (!load) {
      callback(new Error(`Missing locale file locales/${language}/${namespace}.json`), false);
      return;
    }
    load().then(
      (data) => callback(null, data),
      (error: unknown) => callback(error instanceof Error ? error : String(error), false),
    );
  },
};

const STORAGE_KEY = 'leitplanken.language';

function storedLanguage(): Language | null {
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLanguage(value) ? value : null;
  } catch {
    return null; // storage blocked (privacy settings): fall back to the default
  }
}

function rememberLanguage(language: Language): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, language);
  } catch {
    // not remembered across visits; the switch still works for this page view
  }
}

export const i18n = i18next.createInstance();

i18n.on('languageChanged', (language) => {
  if (typeof document !== 'undefined') document.documentElement.lang = toLanguage(language);
});

let initialised: Promise<unknown> | null = null;

/** Starts i18next once (German unless the user chose English before) with the `common` namespace. */
export function initI18n(
  language: Language = storedLanguage() ?? DEFAULT_LANGUAGE,
): Promise<unknown> {
  initialised ??= i18n
    .use(localeBackend)
    .use(initReactI18next)
    .init({
      lng: language,
      fallbackLng: DEFAULT_LANGUAGE,
      supportedLngs: [...LANGUAGES],
      load: 'languageOnly',
      // common + auth: the header (user menu) and the re-login dialog are on every page.
      ns: ['common', 'auth'],
      defaultNS: 'common',
      interpolation: { escapeValue: false }, // React escapes
      react: { useSuspense: true },
    });
  return initialised;
}

/** Switches the UI language, remembers it and sets `<html lang>`. */
export async function setLanguage(language: Language): Promise<void> {
  rememberLanguage(language);
  await i18n.changeLanguage(language);
}

/** Loads the namespaces a route needs in parallel with the route's code. */
export async function withNamespaces<T>(
  namespaces: readonly string[],
  load: () => Promise<T>,
): Promise<T> {
  const [module] = await Promise.all([load(), i18n.loadNamespaces([...namespaces])]);
  return module;
}
