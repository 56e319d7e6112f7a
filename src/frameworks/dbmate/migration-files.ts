/**
 * Migration file names, versions and order, as dbmate 2.x has them
 * (pkg/dbmate/db.go): `FindMigrations` keeps every file of a migrations
 * directory whose name matches `migrationFileRegexp` (`^(\d+).*\.sql$`), takes
 * the leading digits as the migration's version (the value its tracking row
 * stores), and sorts all directories' files together by file name (Go string
 * order, byte by byte).
 *
 * migstamp names a migration by its file name without `.sql`, as `dbmate status`
 * shows it without the extension; the version is read back from that name.
 */
import { basename } from 'node:path';

const MIGRATION_FILE = /^(\d+).*\.sql$/s;

/** Migration name for a file path (its file name without `.sql`), or null when dbmate would not load the file. */
export function migrationName(file: string): string | null {
  const base = basename(file);
  return MIGRATION_FILE.test(base) ? base.slice(0, -'.sql'.length) : null;
}

/** The version a migration's tracking row stores: the leading digits of its file name, as written (`001` is not `1`). */
export function versionOf(name: string): string {
  return /^\d+/.exec(name)?.[0] ?? name;
}

/** dbmate's order: whole file names compared byte by byte, as Go compares strings. */
export function compareNames(a: string, b: string): number {
  return Buffer.compare(Buffer.from(`${a}.sql`, 'utf8'), Buffer.from(`${b}.sql`, 'utf8'));
}
