/**
 * Migration file names and order, as Knex's FsMigrations has them (knex 3.3
 * lib/migrations/migrate/sources/fs-migrations.js): every file of the folder whose
 * extension is loadable, sorted by file name with lodash `sortBy` (JavaScript string
 * order, UTF-16 code units), named in `knex_migrations` by the file name, extension
 * included (`getMigrationName`). The default loadExtensions
 * (lib/migrations/common/MigrationsLoader.js) include `.js`, `.cjs` and `.ts`; `.mjs`,
 * `.mts` and `.cts` are read too, for runners configured to load them.
 *
 * migstamp names a migration by its file name without the extension: a TypeScript
 * source folder and the build the runner loads (`.js`) are the same migrations. The
 * extension goes back on when a row is written (see tracking-table.ts).
 */
import { basename } from 'node:path';

export const MIGRATION_EXTENSIONS = ['.js', '.cjs', '.mjs', '.ts', '.cts', '.mts'] as const;

/** The extension of a migration file name (`.js`), or null when Knex would not load it. */
export function migrationExtension(file: string): string | null {
  return MIGRATION_EXTENSIONS.find((extension) => file.endsWith(extension)) ?? null;
}

/** Migration name for a file path, or null when the file is not a migration: type declarations and hidden files are not. */
export function migrationName(file: string): string | null {
  const base = basename(file);
  const extension = migrationExtension(base);
  if (extension === null || base.startsWith('.') || /\.d\.[cm]?ts$/.test(base)) return null;
  const name = base.slice(0, -extension.length);
  return name === '' ? null : name;
}

/**
 * Knex sorts whole file names. Every name is followed by an extension starting with
 * `.`, so comparing `name + '.'` orders names as their files are ordered.
 */
export function compareNames(a: string, b: string): number {
  const left = `${a}.`;
  const right = `${b}.`;
  return left < right ? -1 : left > right ? 1 : 0;
}
