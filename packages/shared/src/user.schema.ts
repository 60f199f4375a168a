import { z } from 'zod';
import { idSchema } from './common.schema.js';
import { roleSchema, type Role } from './enums.schema.js';

/** Minimum length of a password (BSI IT-Grundschutz ORP.4 / NIST 800-63B: length over rules). */
export const PASSWORD_MIN_LENGTH = 12;
export const PASSWORD_MAX_LENGTH = 256;

export type PasswordProblem = 'too_short' | 'too_long' | 'is_email';

/**
 * The password policy, one implementation for the API and the web form: at least 12 characters,
 * at most 256, and neither the account's e-mail address nor its local part.
 */
export function passwordProblem(password: string, email: string): PasswordProblem | null {
  const length = passwordLengthProblem(password);
  if (length) return length;
  const p = password.trim().toLowerCase();
  const e = email.trim().toLowerCase();
  const local = e.split('@')[0] ?? '';
  if (p === e || (local.length > 0 && p === local)) return 'is_email';
  return null;
}

/** The part of the policy that needs no e-mail address. */
export function passwordLengthProblem(password: string): 'too_short' | 'too_long' | null {
  if (password.length < PASSWORD_MIN_LENGTH) return 'too_short';
  if (password.length > PASSWORD_MAX_LENGTH) return 'too_long';
  return null;
}

export function passwordProblemMessage(problem: PasswordProblem): { de: string; en: string } {
  switch (problem) {
    case 'too_short':
      return {
        de: `Das Passwort muss mindestens ${PASSWORD_MIN_LENGTH} Zeichen lang sein.`,
        en: `The password must have at least ${PASSWORD_MIN_LENGTH} characters.`,
      };
    case 'too_long':
      return {
        de: `Das Passwort darf höchstens ${PASSWORD_MAX_LENGTH} Zeichen lang sein.`,
        en: `The password must have at most ${PASSWORD_MAX_LENGTH} characters.`,
      };
    case 'is_email':
      return {
        de: 'Das Passwort darf nicht die E-Mail-Adresse sein.',
        en: 'The password must not be the e-mail address.',
      };
  }
}

/** Roles that are bound to one department. */
export function roleNeedsDepartment(role: Role): boolean {
  return role === 'department_head';
}

const DEPARTMENT_REQUIRED = {
  de: 'Eine Fachbereichsleitung braucht einen Fachbereich.',
  en: 'A head of department needs a department.',
};

const emailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .email()
  .max(254)
  .describe('E-Mail-Adresse, zugleich Anmeldename (wird kleingeschrieben gespeichert)');
const nameSchema = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .describe('Anzeigename, z. B. "Dr. Eva Beispiel"');
const passwordSchema = z
  .string()
  .describe(
    `Passwort: mindestens ${PASSWORD_MIN_LENGTH} Zeichen, nicht die E-Mail-Adresse. Wird nur als Argon2id-Hash gespeichert und nie ausgegeben.`,
  );

/** A user account as admins see it. Never carries the password hash. */
export const userSchema = z.object({
  id: idSchema,
  email: z.string().describe('E-Mail-Adresse (Anmeldename)'),
  name: z.string().describe('Anzeigename'),
  role: roleSchema.describe('Rolle: admin, board, department_head, staff_council oder viewer'),
  departmentId: idSchema
    .nullable()
    .describe('Fachbereich; Pflicht für Fachbereichsleitungen (department_head)'),
  active: z.boolean().describe('Deaktivierte Konten können sich nicht anmelden'),
  lastLoginAt: z
    .string()
    .nullable()
    .describe('Letzte erfolgreiche Anmeldung (ISO-8601-Zeitpunkt) oder null'),
  createdAt: z.string().describe('Angelegt am (ISO-8601-Zeitpunkt)'),
});
export type User = z.infer<typeof userSchema>;

export const createUserRequestSchema = z
  .object({
    email: emailSchema,
    name: nameSchema,
    role: roleSchema.describe('Rolle des Kontos'),
    departmentId: idSchema
      .nullable()
      .optional()
      .describe('Fachbereich (Pflicht bei department_head)'),
    password: passwordSchema,
  })
  .strict()
  .superRefine((v, ctx) => {
    const problem = passwordProblem(v.password, v.email);
    if (problem) {
      const m = passwordProblemMessage(problem);
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message: m.de,
        params: { messageEn: m.en, reason: problem },
      });
    }
    if (roleNeedsDepartment(v.role) && !v.departmentId) {
      ctx.addIssue({
        code: 'custom',
        path: ['departmentId'],
        message: DEPARTMENT_REQUIRED.de,
        params: { messageEn: DEPARTMENT_REQUIRED.en },
      });
    }
  });
export type CreateUserRequest = z.infer<typeof createUserRequestSchema>;

export const updateUserRequestSchema = z
  .object({
    name: nameSchema.optional(),
    role: roleSchema.optional().describe('Neue Rolle; beendet alle Sitzungen des Kontos'),
    departmentId: idSchema
      .nullable()
      .optional()
      .describe('Neuer Fachbereich (null: keiner); beendet alle Sitzungen des Kontos'),
    active: z
      .boolean()
      .optional()
      .describe('false deaktiviert das Konto und beendet sofort alle seine Sitzungen'),
    password: passwordSchema
      .optional()
      .describe(
        `Neues Passwort (mindestens ${PASSWORD_MIN_LENGTH} Zeichen, nicht die E-Mail-Adresse); beendet alle Sitzungen des Kontos`,
      ),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (Object.values(v).every((x) => x === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'Es wurde keine Änderung angegeben.',
        params: { messageEn: 'No change was given.' },
      });
    }
    // "Not the e-mail address" needs the stored account: the service checks that part.
    const problem = v.password === undefined ? null : passwordLengthProblem(v.password);
    if (problem) {
      const m = passwordProblemMessage(problem);
      ctx.addIssue({
        code: 'custom',
        path: ['password'],
        message: m.de,
        params: { messageEn: m.en, reason: problem },
      });
    }
    if (v.role !== undefined && roleNeedsDepartment(v.role) && v.departmentId === null) {
      ctx.addIssue({
        code: 'custom',
        path: ['departmentId'],
        message: DEPARTMENT_REQUIRED.de,
        params: { messageEn: DEPARTMENT_REQUIRED.en },
      });
    }
  });
export type UpdateUserRequest = z.infer<typeof updateUserRequestSchema>;
