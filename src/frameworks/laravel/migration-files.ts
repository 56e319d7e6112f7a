/**
 * Migration file names and order, as Laravel's Migrator has them: it globs
 * `*_*.php` in each migrations path, names a migration by its file name without
 * `.php`, and sorts by that name.
 */
import { basename } from 'node:path';

/**
 * Migration name for a file path, or null when the file does not match `*_*.php`.
 * Like PHP's basename(), only the platform's separators split the path: on
 * Linux a backslash is part of the file name. Laravel's getMigrationName()
 * removes every `.php` in the name, not only the extension.
 */
export function migrationName(file: string): string | null {
  const base = basename(file);
  if (!base.endsWith('.php') || base.startsWith('.')) return null;
  const name = base.split('.php').join('');
  return name.includes('_') ? name : null;
}

/**
 * Laravel sorts with Collection::sortBy (asort with SORT_REGULAR). Migration names are
 * never numeric strings, so PHP compares them byte by byte (strcmp), not by locale:
 * `20251004151938_x` sorts before `2025_10_05_x` because '0' < '_'.
 */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
