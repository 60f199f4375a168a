import { describe, expect, test } from 'vitest';

/** Every namespace must exist in German and English with the same keys. */
const files = import.meta.glob<Record<string, unknown>>('./*/*.json', {
  eager: true,
  import: 'default',
});

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

const namespaces = [...new Set(Object.keys(files).map((path) => path.split('/')[2]))];

describe('locales', () => {
  test.each(namespaces)('%s has the same keys in de and en', (namespace) => {
    const de = files[`./de/${namespace}`];
    const en = files[`./en/${namespace}`];
    expect(de, `locales/de/${namespace} missing`).toBeDefined();
    expect(en, `locales/en/${namespace} missing`).toBeDefined();
    expect(keys(en).sort()).toEqual(keys(de).sort());
  });

  test('no empty texts', () => {
    for (const [path, content] of Object.entries(files)) {
      for (const key of keys(content)) {
        const value = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], content);
        expect(value, `${path}: ${key}`).not.toBe('');
      }
    }
  });
});
