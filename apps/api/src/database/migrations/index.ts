import type { MigrationInterface } from 'typeorm';
import { Initial1795831108954 } from './1795831108954-Initial.js';
import { Measures1795832419053 } from './1795832419053-Measures.js';
import { MeasureSearch1795833895754 } from './1795833895754-MeasureSearch.js';

type MigrationClass = new () => MigrationInterface;

/** Every migration, in order; a committed migration is never edited, only followed by a new one. */
export const migrations: MigrationClass[] = [
  Initial1795831108954,
  Measures1795832419053,
  MeasureSearch1795833895754,
];
