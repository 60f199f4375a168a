import { z } from 'zod';

/** Calendar day as `YYYY-MM-DD` (no time zone). */
export const isoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Datum im Format JJJJ-MM-TT erwartet')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) &&
      new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Kein gültiges Datum',
    },
  )
  .describe('Kalendertag im Format YYYY-MM-DD');
export type IsoDate = z.infer<typeof isoDateSchema>;

/** Ids are opaque to clients: never build or parse them. */
export const idSchema = z.string().min(1).max(64).describe('Opaque id');
export type Id = z.infer<typeof idSchema>;

export const fieldErrorSchema = z.object({
  field: z.string().describe('Pfad des Feldes, z. B. "plannedEnd" oder "assessments.0.rating"'),
  code: z.string().describe('Maschinenlesbarer Fehlercode'),
  message: z.string().describe('Deutsche Fehlermeldung'),
  messageEn: z.string().optional().describe('English error message'),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

/** The one error shape of the API (PRODUCT.md, "API contract"). */
export const apiErrorSchema = z.object({
  statusCode: z.number().int(),
  code: z.string().describe('Maschinenlesbarer Fehlercode, z. B. VALIDATION_FAILED'),
  message: z.string().describe('Deutsche Fehlermeldung'),
  messageEn: z.string().optional(),
  fields: z.array(fieldErrorSchema).optional(),
  details: z
    .record(z.string(), z.unknown())
    .optional()
    .describe('Maschinenlesbarer Kontext, z. B. currentVersion bei 409'),
  requestId: z.string().optional(),
});
export type ApiError = z.infer<typeof apiErrorSchema>;

export const pageQuerySchema = z.object({
  page: z.coerce.number().int().min(1).max(100000).default(1).describe('Seite, ab 1'),
  pageSize: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .default(25)
    .describe('Einträge je Seite (max. 500)'),
});
export type PageQuery = z.infer<typeof pageQuerySchema>;

export function pageOf<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
  });
}
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const healthResponseSchema = z.object({
  status: z.enum(['ok', 'unavailable']),
});
export type HealthResponse = z.infer<typeof healthResponseSchema>;
