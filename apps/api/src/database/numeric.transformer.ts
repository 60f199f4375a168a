import type { ValueTransformer } from 'typeorm';

/**
 * PostgreSQL `numeric` arrives as a string (it may exceed a JS number); our amounts and weights
 * (numeric(14,2), numeric(8,2)) fit a number exactly enough, so they are converted here, once.
 */
export const numericTransformer: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | null) => (value === null ? null : Number(value)),
};
