import { describe, expect, it } from 'vitest';
import {
  createUserRequestSchema,
  passwordProblem,
  updateUserRequestSchema,
} from './user.schema.js';

describe('password policy', () => {
  it.each([
    ['kurz', 'a@b.de', 'too_short'],
    ['elf-Zeichen', 'a@b.de', 'too_short'],
    ['zwölf-Zeich', 'a@b.de', 'too_short'],
    ['zwölf-Zeiche', 'a@b.de', null],
    ['x'.repeat(257), 'a@b.de', 'too_long'],
    ['Eva.Beispiel@Stadt.de', 'eva.beispiel@stadt.de', 'is_email'],
    ['eva.beispiel1', 'eva.beispiel1@stadt.de', 'is_email'],
    ['eva.beispiel1-geheim', 'eva.beispiel1@stadt.de', null],
  ])('%s for %s → %s', (password, email, expected) => {
    expect(passwordProblem(password, email)).toBe(expected);
  });
});

describe('user requests', () => {
  const valid = {
    email: ' Eva.Beispiel@Stadt.DE ',
    name: 'Eva Beispiel',
    role: 'viewer',
    password: 'ein-langes-Passwort',
  };

  it('normalises the e-mail address', () => {
    expect(createUserRequestSchema.parse(valid).email).toBe('eva.beispiel@stadt.de');
  });

  it('requires a department for a head of department, in German and English', () => {
    const r = createUserRequestSchema.safeParse({ ...valid, role: 'department_head' });
    expect(r.success).toBe(false);
    expect(r.error?.issues).toEqual([
      expect.objectContaining({
        path: ['departmentId'],
        message: 'Eine Fachbereichsleitung braucht einen Fachbereich.',
        params: expect.objectContaining({ messageEn: 'A head of department needs a department.' }),
      }),
    ]);
  });

  it('refuses the e-mail address as password', () => {
    const r = createUserRequestSchema.safeParse({ ...valid, password: 'eva.beispiel@stadt.de' });
    expect(r.error?.issues[0]?.path).toEqual(['password']);
    expect(r.error?.issues[0]?.message).toBe('Das Passwort darf nicht die E-Mail-Adresse sein.');
  });

  it('refuses unknown fields and an empty update', () => {
    expect(createUserRequestSchema.safeParse({ ...valid, passwordHash: 'x' }).success).toBe(false);
    expect(updateUserRequestSchema.safeParse({}).success).toBe(false);
    expect(updateUserRequestSchema.safeParse({ active: false }).success).toBe(true);
    expect(updateUserRequestSchema.safeParse({ password: 'zu-kurz' }).success).toBe(false);
    expect(
      updateUserRequestSchema.safeParse({ role: 'department_head', departmentId: null }).success,
    ).toBe(false);
  });
});
