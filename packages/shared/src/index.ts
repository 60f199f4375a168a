// First: configures zod before any schema exists (see the file).
import './zod-config.js';

export * from './common.schema.js';
export * from './enums.schema.js';
export * from './strategy.schema.js';
export * from './department.schema.js';
export * from './auth.schema.js';
export * from './rollup.js';
export * from './rollup.schema.js';
export * from './measure.schema.js';
export * from './validation.js';
export * from './permissions.js';
export * from './user.schema.js';
export * from './audit.schema.js';
