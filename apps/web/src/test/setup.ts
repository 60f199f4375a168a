import { afterEach, beforeAll } from 'vitest';
import { cleanup } from '@testing-library/react';
import { NAMESPACES, i18n, initI18n } from '@/lib/i18n';

// German UI with every namespace loaded, so components never suspend on translations in tests.
beforeAll(async () => {
  await initI18n('de');
  await i18n.loadNamespaces([...NAMESPACES]);
  await i18n.changeLanguage('de');
});

afterEach(() => {
  cleanup();
});
