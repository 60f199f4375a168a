import { z } from 'zod';
import { idSchema } from './common.schema.js';

export const departmentSchema = z.object({
  id: idSchema,
  code: z.string().describe('Kürzel des Fachbereichs, z. B. "FB 1"'),
  name: z.string().describe('Name des Fachbereichs'),
  active: z
    .boolean()
    .describe('Inaktive Fachbereiche bleiben lesbar, nehmen aber keine neuen Maßnahmen auf'),
});
export type Department = z.infer<typeof departmentSchema>;
