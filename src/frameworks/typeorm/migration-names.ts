/**
 * A TypeORM migration's identity and order. MigrationExecutor.getMigrations
 * (typeorm/src/migration/MigrationExecutor.ts) names each migration
 * `instance.name ?? instance.constructor.name`, reads its timestamp as
 * `parseInt(name.slice(-13))` (refusing the migration when that is not a number),
 * and sorts by that timestamp alone. The CLI (MigrationCreateCommand,
 * MigrationGenerateCommand) writes class `{camelCase(name, true)}{timestamp}` into
 * file `{timestamp}-{name}.ts`, which is how a file's migration is named here
 * before its class is read.
 */

const SOURCE_EXTENSION = /\.(ts|js|mjs|cjs|mts|cts)$/;
const TIMESTAMP_AT_END = /(\d{13})$/;

/** TypeORM's StringUtils.camelCase(str, true): a separator (space, `-`, `_`) and the letter after it become that letter in capitals. */
function pascalCase(text: string): string {
  return ` ${text}`.replace(/^([A-Z])|[\s\-_](\w)/g, (_match, first: string | undefined, next: string | undefined) =>
    next !== undefined ? next.toUpperCase() : (first ?? '').toLowerCase(),
  );
}

/**
 * The migration a file holds, by TypeORM's file naming: `{timestamp}-{name}.ts` →
 * `{Name}{timestamp}`; a file already named after its class (`CreateUsers1714000000000.ts`)
 * → that name. Null for declaration files and files without a 13-digit timestamp.
 */
export function migrationName(file: string): string | null {
  const base = file.split(/[\\/]/).pop() ?? file;
  if (!SOURCE_EXTENSION.test(base) || /\.d\.[cm]?ts$/.test(base)) return null;
  const stem = base.replace(SOURCE_EXTENSION, '');
  const generated = /^(\d{13})-(.+)$/.exec(stem);
  if (generated) return `${pascalCase(generated[2]!)}${generated[1]!}`;
  return TIMESTAMP_AT_END.test(stem) ? stem : null;
}

/** The 13-digit timestamp at the end of a migration name, or null. */
export function timestampOf(name: string): number | null {
  const match = TIMESTAMP_AT_END.exec(name);
  return match ? Number(match[1]) : null;
}

/**
 * TypeORM's run order: by timestamp. Its sort is stable, so migrations with the same
 * timestamp run in the order the DataSource lists them (its glob's order); name
 * order stands in for that here.
 */
export function compareNames(a: string, b: string): number {
  const byTime = (timestampOf(a) ?? 0) - (timestampOf(b) ?? 0);
  if (byTime !== 0) return byTime;
  return a < b ? -1 : a > b ? 1 : 0;
}
