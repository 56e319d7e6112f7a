/**
 * dbmate migrations, read statically: https://github.com/amacneil/dbmate#creating-migrations
 *
 * A migration is a SQL file; what its `-- migrate:up` sections hold is what runs
 * (migration-sections.ts). Each statement becomes a `rawSql` operation at its own
 * line, for the dump's dialect to read; a file dbmate itself refuses comes back
 * with `error`, and is never stamped.
 */
import { readdir } from 'node:fs/promises';
import type { Diagnostic, FolderContext, FrameworkAdapter, Migration, Operation } from '../../model/index.js';
import { splitSqlStatementsAnyEngine } from '../sql-file.js';
import { compareNames, migrationName, versionOf } from './migration-files.js';
import { parseSections } from './migration-sections.js';
import { dbmateTrackingTable } from './tracking-table.js';

/** What `readFolder` finds beside a migration: the other files of its folder that share its version. */
interface DbmateFolder extends FolderContext {
  readonly framework: 'dbmate';
  readonly byVersion: ReadonlyMap<string, readonly string[]>;
}

/** The folder's migrations by version, to find versions two files share. */
async function readDbmateFolder(folder: string): Promise<DbmateFolder> {
  const byVersion = new Map<string, string[]>();
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const name = entry.isDirectory() ? null : migrationName(entry.name);
    if (name !== null) byVersion.set(versionOf(name), [...(byVersion.get(versionOf(name)) ?? []), name]);
  }
  return { framework: 'dbmate', byVersion };
}

/**
 * Two files with one version are recorded by one row (db.go `FindMigrations`
 * marks both applied): stamping it for one would hide the other, so neither is
 * judged on its own. Returns the other files' names, empty when the version is its own.
 */
function sharing(name: string, folder: FolderContext | undefined): readonly string[] {
  if (folder?.framework !== 'dbmate') return [];
  return ((folder as DbmateFolder).byVersion.get(versionOf(name)) ?? []).filter((other) => other !== name);
}

/** Read one migration file. Pure, and never throws: files dbmate refuses come back with `error`. */
export function analyzeDbmateMigration(name: string, file: string, source: string, others: readonly string[] = []): Migration {
  const refused = (message: string, line: number): Migration => ({ name, file, connection: null, operations: [], error: { code: 'E-DBMATE-FILE', message, at: { file, line } }, warnings: [] });
  if (others.length > 0) return refused(`its version ${versionOf(name)} is also ${others.join(', ')}'s, and dbmate records both with one row: stamp it only with --assume-applied, once both ran`, 1);
  const parsed = parseSections(source);
  if (parsed.kind === 'refused') return refused(`dbmate refuses it: ${parsed.reason}`, parsed.line);
  const operations: Operation[] = [];
  const warnings: Diagnostic[] = [];
  for (const up of parsed.ups) {
    const at = { file, line: up.line };
    if (!up.transaction) {
      warnings.push({ code: 'W-DBMATE-NO-TRANSACTION', message: 'its up block is marked transaction:false: dbmate runs it outside a transaction, so a failure leaves its first statements behind even where DDL is transactional', at });
    }
    for (const statement of splitSqlStatementsAnyEngine(up.sql, up.line)) operations.push({ kind: 'rawSql', sql: statement.sql, at: { file, line: statement.line }, guards: [] });
  }
  return { name, file, connection: null, operations, error: null, warnings };
}

export const dbmateAdapter: FrameworkAdapter = {
  name: 'dbmate',
  filePatterns: ['*.sql'],
  tracking: dbmateTrackingTable,
  // db.go `Migrate` runs each up block in a transaction (`doTransaction`) unless it says
  // transaction:false. PostgreSQL and SQLite roll DDL back with it; MySQL and MariaDB commit
  // each DDL statement implicitly, so a failed migration keeps the statements before the failure.
  runsEachMigrationInTransaction: (dialect) => dialect !== 'mysql',
  // FindMigrations lists files and looks each one's version up in the rows; a row without a
  // file is never read again (status prints nothing for it, migrate runs the rest).
  orphanRows: 'ignored',
  packageOfTable: () => null,
  recognises: (file, head) => migrationName(file) !== null && /^--[\t\n\f\r ]*migrate:up\b/m.test(head),
  migrationName,
  compareNames,
  readFolder: readDbmateFolder,
  analyze: (name, file, source, options) => analyzeDbmateMigration(name, file, source, sharing(name, options.folder)),
};
