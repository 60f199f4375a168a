import { z } from 'zod';
import { idSchema } from './common.schema.js';
import { roleSchema } from './enums.schema.js';

export const loginRequestSchema = z
  .object({
    email: z.string().trim().toLowerCase().email().max(254).describe('E-Mail-Adresse des Kontos'),
    password: z.string().min(1).max(256).describe('Passwort'),
  })
  .strict();
export type LoginRequest = z.infer<typeof loginRequestSchema>;

export const sessionUserSchema = z.object({
  id: idSchema,
  email: z.string(),
  name: z.string(),
  role: roleSchema,
  departmentId: idSchema.nullable().describe('Fachbereich (bei Fachbereichsleitungen)'),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const loginResponseSchema = z.object({ user: sessionUserSchema });
export type LoginResponse = z.infer<typeof loginResponseSchema>;

export const csrfResponseSchema = z.object({
  token: z.string().describe('Im Header X-CSRF-Token jeder ändernden Anfrage mitzusenden'),
});
export type CsrfResponse = z.infer<typeof csrfResponseSchema>;
