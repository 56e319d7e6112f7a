/**
 * Flyway's SQL migrations, read statically: https://documentation.red-gate.com/fd/migrations-184127470.html
 *
 * A migration is a `.sql` file of the location folder (file names in
 * migration-files.ts). Each statement becomes a `rawSql` operation with its own
 * line, for the dump's dialect to read; a statement that uses a placeholder
 * (`${name}`, replaced from configuration when Flyway runs it) is opaque.
 * Repeatable migrations (`R__`) are read and reported, never stamped: Flyway
 * runs them again whenever their checksum changes, whatever the history says.
 */
import type { FrameworkAdapter, Migration, Operation } from '../../model/index.js';
import { splitSqlStatementsAnyEngine } from '../sql-file.js';
import { flywayChecksum } from './checksum.js';
import { compareNames, migrationName, parseMigrationFile } from './migration-files.js';
import { flywayTrackingTable } from './tracking-table.js';

const PLACEHOLDER = /\$\{([^}]*)\}/;

/** Read one migration file. Pure, and never throws. */
export function analyzeFlywayMigration(name: string, file: string, source: string): Migration {
  const parsed = parseMigrationFile(file);
  if (parsed?.kind === 'repeatable') {
    const error = { code: 'E-FLYWAY-REPEATABLE', message: 'it is a repeatable migration: Flyway runs it again whenever its checksum changes, so it is reported and never stamped', at: { file, line: 1 } };
    return { name, file, connection: null, operations: [], error, warnings: [] };
  }
  // Which engine runs the file is not known here: where the engines' rules split it differently, the rest is one text for the dump's parser.
  const operations = splitSqlStatementsAnyEngine(source).map((statement): Operation => {
    const at = { file, line: statement.line };
    // Flyway replaces placeholders everywhere in the text, comments included, so any one makes the statement unreadable.
    const placeholder = PLACEHOLDER.exec(statement.sql);
    if (placeholder !== null) {
      return { kind: 'opaque', reason: `uses the Flyway placeholder \${${placeholder[1]}}, whose value comes from configuration migstamp does not read`, at, guards: [] };
    }
    return { kind: 'rawSql', sql: statement.sql, at, guards: [] };
  });
  return { name, file, connection: null, operations, error: null, warnings: [] };
}

export const flywayAdapter: FrameworkAdapter = {
  name: 'flyway',
  filePatterns: ['V*__*.sql', 'R__*.sql'],
  tracking: flywayTrackingTable,
  // command/DbMigrate.java: each migration runs in its own transaction, rolled back on
  // failure where the database supports DDL transactions (PostgreSQL, SQLite); MySQL and
  // MariaDB commit each DDL statement, so a failed migration keeps what ran before it.
  runsEachMigrationInTransaction: (dialect) => dialect !== 'mysql',
  // MigrationInfoImpl.validate: an applied version with no file fails validation
  // ("Detected applied migration not resolved locally") unless ignored by pattern.
  orphanRows: 'refused',
  packageOfTable: () => null,
  recognises: (file) => migrationName(file) !== null,
  migrationName,
  compareNames,
  analyze: (name, file, source) => analyzeFlywayMigration(name, file, source),
  recordOf(_name, file, bytes) {
    const parsed = parseMigrationFile(file);
    if (parsed === null) return {};
    const common = { kind: parsed.kind, description: parsed.description, script: parsed.script, checksum: flywayChecksum(bytes) };
    return parsed.kind === 'versioned' ? { ...common, version: parsed.version } : common;
  },
};
