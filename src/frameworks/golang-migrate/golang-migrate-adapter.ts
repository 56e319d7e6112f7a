/**
 * golang-migrate's SQL migrations, read statically: https://github.com/golang-migrate/migrate
 *
 * A migration is its `{version}_{title}.up.sql` file (migration-files.ts); the
 * `.down.sql` files never run going up. The database driver sends the whole file
 * in one call, so each statement is split out here to become a `rawSql` operation
 * at its own line, for the dump's dialect to read.
 */
import { readdir } from 'node:fs/promises';
import { type FolderContext, type FrameworkAdapter, InputError, type Migration, type Operation } from '../../model/index.js';
import { splitSqlStatementsAnyEngine } from '../sql-file.js';
import { LARGEST_VERSION, compareNames, migrationName, parseMigrationFile, versionOf } from './migration-files.js';
import { golangMigrateTrackingTable } from './tracking-table.js';

/**
 * Refuses a folder golang-migrate would not open: source/iofs/iofs.go
 * `PartialDriver.Init` fails with `ErrDuplicateMigration` on two files of one
 * version and direction, whatever their extensions and titles.
 */
async function readGolangMigrateFolder(folder: string): Promise<FolderContext> {
  const seen = new Map<string, string>();
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    const parsed = parseMigrationFile(entry.name);
    if (parsed === null) continue;
    const key = `${parsed.version}.${parsed.direction}`;
    const other = seen.get(key);
    if (other !== undefined) {
      throw new InputError(`golang-migrate refuses to open ${folder}: ${other} and ${entry.name} are both the ${parsed.direction} migration of version ${parsed.version} (ErrDuplicateMigration)`);
    }
    seen.set(key, entry.name);
  }
  return { framework: 'golang-migrate' };
}

/** Read one up file. Pure, and never throws: a file golang-migrate cannot record comes back with `error`. */
export function analyzeGolangMigrateMigration(name: string, file: string, source: string): Migration {
  if (versionOf(name) > LARGEST_VERSION) {
    const message = `its version ${versionOf(name)} is above ${LARGEST_VERSION}, which golang-migrate's drivers cannot record (SetVersion takes a signed 64-bit int)`;
    return { name, file, connection: null, operations: [], error: { code: 'E-GOLANG-MIGRATE-FILE', message, at: { file, line: 1 } }, warnings: [] };
  }
  const operations: Operation[] = splitSqlStatementsAnyEngine(source, 1).map((statement) => ({ kind: 'rawSql', sql: statement.sql, at: { file, line: statement.line }, guards: [] }));
  return { name, file, connection: null, operations, error: null, warnings: [] };
}

export const golangMigrateAdapter: FrameworkAdapter = {
  name: 'golang-migrate',
  filePatterns: ['{version}_{title}.up.sql'],
  tracking: golangMigrateTrackingTable,
  // Whether a file runs in one transaction depends on the database URL, which no migration file
  // shows: PostgreSQL sends it as one simple query (lib/pq `Exec` without arguments →
  // `simpleExec`), one implicit transaction, but `x-multi-statement=true` runs it statement by
  // statement (postgres.go `Run`); SQLite wraps it in a transaction (sqlite3.go `executeQuery`)
  // unless `x-no-tx-wrap=true`; MySQL commits each statement (mysql.go `Run`). Assuming no
  // transaction can only leave a migration unjudged, never stamp one that did not finish.
  runsEachMigrationInTransaction: () => false,
  // readUp's versionExists fails when the recorded version has no file.
  orphanRows: 'refused',
  packageOfTable: () => null,
  // `{digits}_….up.{ext}` is golang-migrate's own naming; no other tool's migrations carry `.up.`.
  recognises: (file) => migrationName(file) !== null,
  migrationName,
  compareNames,
  readFolder: readGolangMigrateFolder,
  recordOf: (name) => ({ version: versionOf(name).toString() }),
  analyze: (name, file, source) => analyzeGolangMigrateMigration(name, file, source),
};
