export type * from './schema.js';
export type * from './migration.js';
export type * from './stages.js';
export type { SourceLocation, Diagnostic } from './source.js';
export { formatLocation } from './source.js';
export { InputError, UsageError } from './errors.js';
export type * from './verdict.js';
export type * from './tracking.js';
