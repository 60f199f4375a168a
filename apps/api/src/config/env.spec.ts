import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './env.js';

describe('loadConfig', () => {
  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      port: 3000,
      databaseUrl: undefined,
      demoData: true,
      isProduction: false,
    });
    expect(c.dataDir).toBe(path.resolve('./.data'));
  });

  it('turns demo data off by default with an external database and in production', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db' }).demoData).toBe(false);
    expect(
      loadConfig({
        NODE_ENV: 'production',
        DATABASE_URL: 'postgres://u@h/db',
        SESSION_SECRET: 's'.repeat(32),
      }).demoData,
    ).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://u@h/db', DEMO_DATA: 'true' }).demoData).toBe(
      true,
    );
  });

  it.each([
    [{ PORT: '70000' }, /PORT/],
    [{ DATABASE_URL: 'mysql://u@h/db' }, /DATABASE_URL must be a URL/],
    [{ DEMO_DATA: 'vielleicht' }, /DEMO_DATA/],
    [{ ADMIN_EMAIL: 'a@b.de' }, /ADMIN_EMAIL and ADMIN_PASSWORD must be set together/],
    [{ ADMIN_EMAIL: 'a@b.de', ADMIN_PASSWORD: 'kurz' }, /ADMIN_PASSWORD must have at least 12/],
    [{ NODE_ENV: 'production', DATABASE_URL: 'postgres://u@h/db' }, /SESSION_SECRET must be set/],
  ])('refuses %o with one sentence', (env, message) => {
    expect(() => loadConfig(env)).toThrow(ConfigError);
    expect(() => loadConfig(env)).toThrow(message);
  });
});
