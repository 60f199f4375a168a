import { z } from 'zod';

/** The closed value sets of PRODUCT.md ("Domain"), shared by API, web and the roll-up rules. */

export const roleSchema = z.enum(['admin', 'board', 'department_head', 'staff_council', 'viewer']);
export type Role = z.infer<typeof roleSchema>;

export const measureStatusSchema = z.enum([
  'planned',
  'in_progress',
  'completed',
  'paused',
  'cancelled',
]);
export type MeasureStatus = z.infer<typeof measureStatusSchema>;

export const measureKindSchema = z.enum(['legal_obligation', 'upcoming_standard', 'voluntary']);
export type MeasureKind = z.infer<typeof measureKindSchema>;

export const healthSchema = z.enum(['on_track', 'at_risk', 'off_track']);
export type Health = z.infer<typeof healthSchema>;

export const ratingSchema = z.enum(['supports', 'neutral', 'conflicts']);
export type Rating = z.infer<typeof ratingSchema>;

export const checkResultSchema = z.enum(['pass', 'warn', 'fail']);
export type CheckResult = z.infer<typeof checkResultSchema>;

export const reportStateSchema = z.enum(['draft', 'submitted', 'approved', 'returned']);
export type ReportState = z.infer<typeof reportStateSchema>;

export const channelSchema = z.enum(['online', 'phone', 'counter', 'post']);
export type Channel = z.infer<typeof channelSchema>;
/** Channels that keep the city "analog offen" (guardrail 3.2). */
export const ANALOG_CHANNELS: readonly Channel[] = ['phone', 'counter', 'post'];

export const codeterminationRelevanceSchema = z.enum([
  'co_determination',
  'participation',
  'hearing',
  'information',
  'to_check',
  'none',
]);
export type CodeterminationRelevance = z.infer<typeof codeterminationRelevanceSchema>;

export const codeterminationResultSchema = z.enum([
  'consent',
  'consent_with_conditions',
  'refused',
  'deemed_consent',
  'escalated',
]);
export type CodeterminationResult = z.infer<typeof codeterminationResultSchema>;

export const kpiDirectionSchema = z.enum(['higher_is_better', 'lower_is_better']);
export type KpiDirection = z.infer<typeof kpiDirectionSchema>;

export const prioritySchema = z.enum(['high', 'medium', 'low']);
export type Priority = z.infer<typeof prioritySchema>;

/** Board decision on a guardrail conflict ("Ausnahme"); only a `conflicts` assessment has one. */
export const exceptionStatusSchema = z.enum(['none', 'requested', 'accepted', 'rejected']);
export type ExceptionStatus = z.infer<typeof exceptionStatusSchema>;
