import { z } from 'zod';
import { idSchema, isoDateSchema } from './common.schema.js';

export const strategyStatusSchema = z.enum(['draft', 'active', 'archived']);
export type StrategyStatus = z.infer<typeof strategyStatusSchema>;

/** Sub-goal code such as `1.1`: goal number, dot, running number. */
export const subGoalCodeSchema = z
  .string()
  .regex(/^\d{1,2}\.\d{1,2}$/, 'Code im Format Ziel.Nummer erwartet, z. B. 1.1')
  .describe('Code des Teilziels (Leitplanke), z. B. "1.1"');

export const subGoalSchema = z.object({
  id: idSchema,
  code: subGoalCodeSchema,
  text: z.string().describe('Wortlaut des Teilziels (Leitplanke)'),
});
export type SubGoal = z.infer<typeof subGoalSchema>;

export const goalSchema = z.object({
  id: idSchema,
  number: z.number().int().min(1).describe('Nummer des strategischen Ziels (1–4)'),
  title: z.string().describe('Titel des strategischen Ziels'),
  description: z.string().nullable().describe('Beschreibung des Ziels (optional)'),
  subGoals: z.array(subGoalSchema),
});
export type Goal = z.infer<typeof goalSchema>;

export const strategySchema = z.object({
  id: idSchema,
  title: z.string(),
  vision: z.string().describe('Leitbild (Wortlaut)'),
  adoptedOn: isoDateSchema.nullable().describe('Datum des Beschlusses'),
  status: strategyStatusSchema,
  goals: z.array(goalSchema),
});
export type Strategy = z.infer<typeof strategySchema>;
