/**
 * Migration file names, versions and order, as golang-migrate v4 has them.
 *
 * source/parse.go: `Regex` is `^([0-9]+)_(.*)\.(down|up)\.(.*)$` and `Parse`
 * takes the digits as the version with `strconv.ParseUint(…, 10, 64)`; a name the
 * regexp rejects, or whose digits overflow 64 bits, is skipped without a word
 * (source/iofs/iofs.go `PartialDriver.Init` continues on a parse error). Any
 * extension is accepted, and the direction is the last `.up.`/`.down.` of the name
 * (the title is greedy). Two files with one version and one direction make `Init`
 * fail with `ErrDuplicateMigration`: golang-migrate then opens no migration at all.
 * source/migration.go `Migrations.buildIndex` orders versions as numbers.
 *
 * migstamp names a migration `{version}_{title}` as written (`000001_create_users`);
 * the version its row records is the number (`1`).
 */
import { basename } from 'node:path';

/** source/parse.go `Regex`; JavaScript's backtracking gives the same groups as Go's here. */
const MIGRATION_FILE = /^([0-9]+)_(.*)\.(down|up)\.(.*)$/s;
const UINT64_MAX = (1n << 64n) - 1n;
/** The largest version a database driver can store: `SetVersion(version int, …)` takes Go's 64-bit int. */
export const LARGEST_VERSION = (1n << 63n) - 1n;

/** A file golang-migrate loads: its version, title and direction. */
export interface MigrationFile {
  readonly version: bigint;
  readonly title: string;
  readonly direction: 'up' | 'down';
}

/** What golang-migrate's `Parse` makes of a file name, or null when it skips the file. */
export function parseMigrationFile(file: string): MigrationFile | null {
  const match = MIGRATION_FILE.exec(basename(file));
  if (match === null) return null;
  const version = BigInt(match[1]!);
  if (version > UINT64_MAX) return null;
  return { version, title: match[2]!, direction: match[3] as 'up' | 'down' };
}

/** Migration name for a file path (`{version}_{title}` of an up file), or null when golang-migrate would not run it going up. */
export function migrationName(file: string): string | null {
  const parsed = parseMigrationFile(file);
  if (parsed === null || parsed.direction !== 'up') return null;
  return `${/^[0-9]+/.exec(basename(file))![0]}_${parsed.title}`;
}

/** The version a migration's row records, from its name: the leading digits as a number (`000001` is 1). */
export function versionOf(name: string): bigint {
  return BigInt(/^[0-9]+/.exec(name)?.[0] ?? '0');
}

/** golang-migrate's order: versions as numbers; names only break ties, which a folder golang-migrate opens never has. */
export function compareNames(a: string, b: string): number {
  const byVersion = versionOf(a) - versionOf(b);
  if (byVersion !== 0n) return byVersion < 0n ? -1 : 1;
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}
