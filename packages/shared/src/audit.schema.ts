import { z } from 'zod';

/** One entry of the append-only audit log. */
export const auditEntrySchema = z.object({
  id: z.string().describe('Laufende Nummer des Eintrags (Reihenfolge der Hash-Kette)'),
  at: z.string().describe('Zeitpunkt der Änderung (ISO 8601)'),
  actorId: z.string().nullable().describe('Konto, das die Änderung vorgenommen hat (null: System)'),
  actorName: z
    .string()
    .nullable()
    .describe('Name und Rolle der handelnden Person zum Zeitpunkt der Änderung'),
  action: z.string().describe('Art der Änderung, z. B. create, update, delete'),
  entity: z.string().describe('Art des geänderten Eintrags, z. B. measure oder user'),
  entityId: z.string().describe('Id des geänderten Eintrags'),
  before: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('Zustand vor der Änderung (null bei Neuanlage)'),
  after: z
    .record(z.string(), z.unknown())
    .nullable()
    .describe('Zustand nach der Änderung (null beim Löschen)'),
  requestId: z.string().nullable().describe('Id der HTTP-Anfrage (Header X-Request-Id)'),
});
export type AuditEntry = z.infer<typeof auditEntrySchema>;

export const AUDIT_PAGE_MAX = 1000;

export const auditQuerySchema = z
  .object({
    entity: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .describe('Art des Eintrags, z. B. measure; Einträge zu Konten (user) nur für admin'),
    id: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .describe('Id des Eintrags (ohne: alle dieser Art)'),
    limit: z.coerce
      .number()
      .int()
      .min(1)
      .max(AUDIT_PAGE_MAX)
      .default(200)
      .describe(`Höchstzahl der Einträge, neueste zuerst (max. ${AUDIT_PAGE_MAX})`),
  })
  .strict();
export type AuditQuery = z.infer<typeof auditQuerySchema>;

export const auditVerificationSchema = z.object({
  valid: z
    .boolean()
    .describe('true, wenn jeder Eintrag seinen Hash und den seines Vorgängers trägt'),
  checked: z.number().int().describe('Zahl der geprüften Einträge'),
  firstInvalidId: z
    .string()
    .optional()
    .describe('Erster Eintrag, dessen Inhalt oder Verkettung nicht stimmt'),
});
export type AuditVerification = z.infer<typeof auditVerificationSchema>;
