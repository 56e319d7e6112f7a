/**
 * Sequelize migrations (sequelize-cli and umzug), read statically:
 * https://sequelize.org/docs/v6/other-topics/migrations/
 *
 * Each file is parsed with ts-morph and its `up` walked without running it:
 * query interface calls become operations, `sequelize.query` SQL is passed on for
 * the dialect to read, bulk writes are data changes, and whatever cannot be
 * resolved is an opaque operation with its location.
 */
import type { FrameworkAdapter, Migration } from '../../model/index.js';
import { compareNames, filePatterns, migrationName } from './migration-files.js';
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ModuleGraph, moduleBindings, type ModuleLoader } from './module-scope.js';
import { Reading } from './reading.js';
import { walkFunctionBody } from './statements.js';
import { sequelizeTrackingTable } from './tracking-table.js';
import { parseSource } from './ts-source.js';
import { findUp } from './up-function.js';

function failed(name: string, file: string, code: string, message: string, line: number): Migration {
  return { name, file, connection: null, operations: [], error: { code, message, at: { file, line } }, warnings: [] };
}

/** Extensions Node's `require` tries for a specifier without one, then TypeScript's. */
const MODULE_SUFFIXES = ['', '.js', '.cjs', '.ts', '.cts', '/index.js', '/index.ts'];

/**
 * Reads the app modules a migration imports, from disk: the one side effect of reading
 * a migration, kept here at the adapter's edge (see docs/decisions.md, Sequelize).
 */
const readImportedModule: ModuleLoader = (fromFile, specifier) => {
  const base = path.join(path.dirname(fromFile), specifier);
  for (const suffix of MODULE_SUFFIXES) {
    const candidate = base + suffix;
    if (!existsSync(candidate) || !statSync(candidate).isFile()) continue;
    try {
      return { file: candidate, source: readFileSync(candidate, 'utf8') };
    } catch {
      return null;
    }
  }
  return null;
};

/**
 * Reads one migration file; `loadModule` gives the source of the app modules it imports.
 * Never throws: unreadable files come back with `error`.
 */
export function analyzeMigration(name: string, file: string, source: string, loadModule: ModuleLoader = () => null): Migration {
  try {
    const { tree, errorLine } = parseSource(file, source);
    if (errorLine !== null) return failed(name, file, 'E-JS-SYNTAX', `its JavaScript does not parse (a syntax error at line ${errorLine})`, errorLine);
    const up = findUp(tree);
    if (up === null) return failed(name, file, 'E-NO-UP', 'it exports no up() this reader finds (module.exports = { up }, exports.up, export function up)', 1);
    const graph = new ModuleGraph(loadModule);
    const env = moduleBindings(tree, file, graph);
    const reading = new Reading(file, graph.files);
    walkFunctionBody(up.node, up.args, { env, guards: [] }, reading);
    return { name, file, connection: null, operations: reading.operations, error: null, warnings: reading.warnings };
  } catch (error) {
    // A defect in the analysis must not hide the other migrations: report it on this one.
    const message = error instanceof Error ? error.message : String(error);
    return failed(name, file, 'E-SEQUELIZE-INTERNAL', `analysis failed: ${message}`, 1);
  }
}

export const sequelizeAdapter: FrameworkAdapter = {
  name: 'sequelize',
  filePatterns,
  tracking: sequelizeTrackingTable,
  // Neither umzug (v2 src/index.js `_exec`, v3 src/umzug.ts `up`) nor sequelize-cli wraps a
  // migration in a transaction: a failed one keeps the statements it ran before failing,
  // unless it opens its own transaction (which the reader does not credit: see docs/decisions.md).
  runsEachMigrationInTransaction: () => false,
  // umzug's pending() is the files whose names are not among the stored ones (v2 `pending`,
  // v3 `_pending`): a stored name without a file is never looked at.
  orphanRows: 'ignored',
  packageOfTable: () => null,
  // sequelize-cli and umzug migrations receive a QueryInterface: its name, or a call on it, is in every one's first lines.
  recognises: (file, head) => migrationName(file) !== null && /\bqueryInterface\b|\bQueryInterface\b/.test(head),
  migrationName,
  compareNames,
  analyze: (name, file, source) => analyzeMigration(name, file, source, readImportedModule),
};
