/**
 * Flyway's SQL migration file names, with its default settings
 * (`sqlMigrationPrefix` V, `repeatableSqlMigrationPrefix` R,
 * `sqlMigrationSeparator` __, `sqlMigrationSuffixes` .sql), as flyway-core reads
 * them: internal/resource/ResourceNameParser.java `parse` (the prefix is matched
 * as written, the suffix in any case; the name splits at the first separator;
 * the description is the rest with `_` read as a space) and
 * api/MigrationVersion.java (`_` in a version is a `.`; parts split at a dot
 * followed by a digit, compared as integers, trailing zero parts ignored, so
 * `1.0` is `1`). Undo (`U`) and other prefixes are not migrations here.
 *
 * migstamp names a migration by its file name without the suffix
 * (`V1_1__Add_index`); what the row records (version, description, script) is
 * worked out from the name (see `parseMigrationFile`).
 */
import { basename } from 'node:path';

export type FlywayFile =
  /** `V<version>__<description>.sql`: run once, in version order. */
  | { readonly kind: 'versioned'; readonly version: string; readonly parts: readonly bigint[]; readonly description: string; readonly script: string }
  /** `R__<description>.sql`: run after the versioned ones, again whenever its checksum changes. */
  | { readonly kind: 'repeatable'; readonly description: string; readonly script: string };

const SUFFIX = '.sql';
const SEPARATOR = '__';

/** A version's parts as MigrationVersion `tokenize` has them; null when Flyway would refuse the version. */
export function versionParts(version: string): bigint[] | null {
  const normalized = version.replace(/_/g, '.');
  const parts = normalized.split(/\.(?=\d)/);
  if (!parts.every((part) => /^\d+$/.test(part))) return null;
  const numbers = parts.map((part) => BigInt(part));
  while (numbers.length > 1 && numbers[numbers.length - 1] === 0n) numbers.pop();
  return numbers;
}

/** MigrationVersion `compareTo`: part by part, a missing part being 0. */
export function compareVersions(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const left = a[i] ?? 0n;
    const right = b[i] ?? 0n;
    if (left !== right) return left < right ? -1 : 1;
  }
  return 0;
}

/** What a file name says to Flyway; null when it is not a versioned or repeatable SQL migration. */
export function parseMigrationFile(file: string): FlywayFile | null {
  const script = basename(file);
  if (!script.toLowerCase().endsWith(SUFFIX)) return null;
  const stem = script.slice(0, -SUFFIX.length);
  const separator = stem.indexOf(SEPARATOR);
  if (separator < 0) return null;
  const head = stem.slice(0, separator);
  const description = stem.slice(separator + SEPARATOR.length).replace(/_/g, ' ');
  if (head === 'R') return { kind: 'repeatable', description, script };
  if (!head.startsWith('V') || head.length === 1) return null;
  const version = head.slice(1);
  const parts = versionParts(version);
  if (parts === null) return null;
  return { kind: 'versioned', version: version.replace(/_/g, '.'), parts, description, script };
}

/** Migration name for a file path (its name without `.sql`), or null when Flyway would not run it as a SQL migration. */
export function migrationName(file: string): string | null {
  return parseMigrationFile(file) === null ? null : basename(file).slice(0, -SUFFIX.length);
}

/**
 * Flyway's run order (internal/resolver/ResolvedMigrationComparator.java):
 * versioned migrations by version, then repeatable ones by description (Java
 * string order).
 */
export function compareNames(a: string, b: string): number {
  const left = parseMigrationFile(`${a}${SUFFIX}`);
  const right = parseMigrationFile(`${b}${SUFFIX}`);
  if (left === null || right === null) return a < b ? -1 : a > b ? 1 : 0;
  if (left.kind === 'versioned' && right.kind === 'versioned') return compareVersions(left.parts, right.parts) || (a < b ? -1 : a > b ? 1 : 0);
  if (left.kind === 'versioned') return -1;
  if (right.kind === 'versioned') return 1;
  return left.description < right.description ? -1 : left.description > right.description ? 1 : 0;
}
