import { describe, expect, test } from 'vitest';
import { loginPath, safeNext } from './login-path';

describe('login path', () => {
  test('carries the page to return to', () => {
    expect(loginPath('/verwaltung/benutzer?x=1')).toBe(
      '/anmelden?next=%2Fverwaltung%2Fbenutzer%3Fx%3D1',
    );
    expect(loginPath('/')).toBe('/anmelden');
  });

  test.each([
    [null, '/'],
    ['/verwaltung/benutzer', '/verwaltung/benutzer'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['/anmelden?next=/x', '/'],
  ])('next=%s → %s', (next, expected) => {
    expect(safeNext(next)).toBe(expected);
  });
});
