/**
 * Knex migrations, read statically: https://knexjs.org/guide/migrations.html
 *
 * Each file is parsed with the TypeScript compiler (through ts-morph) and its
 * exported `up(knex)` walked without running it: schema builder calls become
 * operations, `knex.raw` SQL is passed on for the dialect to read, data writes are
 * recorded, and whatever cannot be resolved is an opaque operation with its line.
 */
import type { FrameworkAdapter, Migration } from '../../model/index.js';
import { Analysis } from './analysis.js';
import { property } from './js-values.js';
import { KNEXFILES, readKnexProject } from './knexfile.js';
import { compareNames, migrationName } from './migration-files.js';
import { findExports } from './migration-module.js';
import { ModuleSet, moduleContext } from './modules.js';
import { callFunction } from './statements.js';
import { knexTrackingTable } from './tracking-table.js';
import { parseSource, syntaxError } from './ts-source.js';

function failed(name: string, file: string, code: string, message: string, line: number, parserMessage?: string): Migration {
  const error = { code, message, at: { file, line }, ...(parserMessage === undefined ? {} : { parserMessage }) };
  return { name, file, connection: null, operations: [], error, warnings: [] };
}

/**
 * Read one migration file. Never throws: unreadable files come back with `error`.
 * Pure but for reading the application's modules the migration imports (modules.ts).
 */
export function analyzeKnexMigration(name: string, file: string, source: string): Migration {
  try {
    const sf = parseSource(file, source);
    const syntax = syntaxError(sf);
    if (syntax !== null) return failed(name, file, 'E-JS-SYNTAX', `its code does not parse (a syntax error at line ${syntax.line})`, syntax.line, syntax.message);
    const a = new Analysis(file, new ModuleSet(moduleContext(file, sf)));
    const exported = findExports(sf, a);
    if (exported.up === null) return failed(name, file, 'E-NO-UP', 'it exports no up() function that can be read (exports.up, module.exports = { up }, export function up)', 1);
    const transaction = property(exported.config ?? undefined, 'transaction');
    if (transaction?.kind === 'boolean' && !transaction.value) {
      // Migrator.js `_useTransaction`: config.transaction = false runs the whole batch without a transaction.
      a.warn('W-KNEX-NO-TRANSACTION', 'exports config.transaction = false: knex runs it outside a transaction, so a failure leaves its first statements behind even where DDL is transactional', exported.up);
    }
    callFunction(exported.up, [{ kind: 'knex' }], exported.up, { env: new Map(), parent: null, guards: [] }, a);
    return { name, file, connection: null, operations: a.operations, error: null, warnings: a.warnings };
  } catch (error) {
    // A defect in the analysis must not hide the other migrations: report it on this one.
    const message = error instanceof Error ? error.message : String(error);
    return failed(name, file, 'E-KNEX-INTERNAL', `analysis failed: ${message}`, 1);
  }
}

export const knexAdapter: FrameworkAdapter = {
  name: 'knex',
  filePatterns: ['*.js', '*.cjs', '*.mjs', '*.ts', '*.cts', '*.mts'],
  tracking: knexTrackingTable,
  // Migrator.js runs a batch in one transaction (`latest()` → knex.transaction → `_runBatch`),
  // or each migration in its own when one opts out (`_waterfallBatch`, `_useTransaction`).
  // PostgreSQL and SQLite roll DDL back with it; MySQL and MariaDB commit each DDL
  // statement implicitly, so a failed migration keeps the statements before the failure.
  runsEachMigrationInTransaction: (dialect) => dialect !== 'mysql',
  // migration-list-resolver / Migrator.js `validateMigrationList`: a row whose file is
  // missing stops every run ("The migration directory is corrupt, the following files
  // are missing: …") unless disableMigrationsListValidation is set.
  orphanRows: 'refused',
  packageOfTable: () => null,
  // A Knex migration's up() takes the knex instance (nearly always named so) and calls its schema builder.
  recognises: (file, head) => migrationName(file) !== null && /\bexports\.up\b|\bup\s*[(:=]|function\s+up\b/.test(head) && /\bknex\b|\.schema\.(?:createTable|alterTable|table|raw)\b/.test(head),
  migrationName,
  compareNames,
  analyze: (name, file, source) => analyzeKnexMigration(name, file, source),
  readProject: readKnexProject,
  projectFiles: KNEXFILES,
};
