/**
 * Migration files, names and order as sequelize-cli and umzug have them.
 * sequelize-cli (src/core/migrator.js, getMigrator) hands umzug v2 the pattern
 * `/^(?!.*\.d\.ts$).*\.(cjs|js|cts|ts)$/`; umzug names a migration by its file's
 * base name, extension included, and runs them sorted by that name
 * (umzug v2 src/index.js `_findMigrations`: `a.file > b.file`; v3 `paths.sort()`).
 */
import { basename } from 'node:path';

const MIGRATION_FILE = /^(?!.*\.d\.ts$).*\.(cjs|js|cts|ts)$/;

/** Glob patterns for a migrations folder: what the runner's regular expression accepts. */
export const filePatterns: readonly string[] = ['*.js', '*.cjs', '*.ts', '*.cts'];

/** The name SequelizeMeta stores for a file (its base name), or null when the runner would not load it. */
export function migrationName(file: string): string | null {
  const base = basename(file);
  if (base.startsWith('.') || !MIGRATION_FILE.test(base)) return null;
  return base;
}

/** JavaScript's `<` on strings: UTF-16 code units, as umzug sorts. */
export function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
