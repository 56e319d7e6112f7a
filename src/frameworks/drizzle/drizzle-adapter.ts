/**
 * Drizzle migrations (drizzle-kit generate, drizzle-orm's migrator):
 * https://orm.drizzle.team/docs/migrations
 *
 * A migrations folder holds `<prefix>_<name>.sql` files and `meta/_journal.json`;
 * the journal, not the folder, says what runs. Each file's statements, split as
 * the migrator splits them, go to the dump's SQL parser with their own lines.
 */
import { createHash } from 'node:crypto';
import type { FrameworkAdapter, Migration, Operation, TrackingRecord } from '../../model/index.js';
import { isDrizzleFolder, readJournal } from './journal.js';
import { splitSqlStatementsAnyEngine } from '../sql-file.js';
import { chunksOf, compareNames, migrationName } from './migration-files.js';
import { HASH, WHEN, drizzleTrackingTable } from './tracking-table.js';

/**
 * The file's statements as raw SQL for the dialect, each at its own line: the
 * migrator's parts, each split into statements again, because a part may hold
 * several (custom migrations, `breakpoints: false`) and one unreadable statement
 * must not hide the others.
 */
export function analyzeDrizzleMigration(name: string, file: string, source: string): Migration {
  const operations: Operation[] = chunksOf(source).flatMap((chunk) =>
    splitSqlStatementsAnyEngine(chunk.sql, chunk.startLine).map((statement): Operation => ({ kind: 'rawSql', sql: statement.sql, at: { file, line: statement.line }, guards: [] })),
  );
  return { name, file, connection: null, operations, error: null, warnings: [] };
}

export const drizzleAdapter: FrameworkAdapter = {
  name: 'drizzle',
  filePatterns: ['*.sql'],
  tracking: drizzleTrackingTable,
  // The migrator runs every pending migration in one transaction (PgDialect.migrate,
  // SQLiteSyncDialect.migrate: BEGIN ... ROLLBACK on error): PostgreSQL and SQLite undo
  // the whole run on a failure. MySQL and MariaDB commit each DDL statement, so a
  // failed migration keeps the statements before its failure.
  runsEachMigrationInTransaction: (dialect) => dialect !== 'mysql',
  // The migrator reads the newest row only; rows with no file are never looked at.
  orphanRows: 'ignored',
  packageOfTable: () => null,
  // dbmate's files share the name shape but carry `-- migrate:up`; golang-migrate's end in .up.sql.
  recognises: (file, head) => migrationName(file) !== null && !/^--\s*migrate:(?:up|down)\b/m.test(head),
  migrationName,
  compareNames,
  readFolder: readJournal,
  analyze(name, file, source, options) {
    const folder = options.folder;
    if (isDrizzleFolder(folder) && !folder.entries.has(name)) {
      const error = { code: 'E-DRIZZLE-NOT-IN-JOURNAL', message: `it is not in ${folder.journal}, and drizzle-orm's migrator runs only the journal's entries`, at: { file, line: 1 } };
      return { name, file, connection: null, operations: [], error, warnings: [] };
    }
    return analyzeDrizzleMigration(name, file, source);
  },
  /**
   * src/migrator.ts `readMigrationFiles`: `hash` is the SHA-256 hex of the file
   * read as a string (`readFileSync(...).toString()`, so bytes that are not UTF-8
   * count as U+FFFD), and the row's `created_at` is the entry's `when`.
   */
  recordOf(name, _file, bytes, options): TrackingRecord {
    const folder = options.folder;
    const hash = createHash('sha256').update(Buffer.from(bytes).toString('utf8')).digest('hex');
    const entry = isDrizzleFolder(folder) ? folder.entries.get(name) : undefined;
    return entry === undefined ? { [HASH]: hash } : { [HASH]: hash, [WHEN]: entry.when };
  },
};
