/**
 * Laravel migrations, read statically: https://laravel.com/docs/migrations
 *
 * Each file's `up()` is parsed with php-parser and walked without running it:
 * Schema and Blueprint calls become operations, `DB::statement` SQL is passed on
 * for the dialect to read, data changes are recorded, and whatever cannot be
 * resolved is an opaque operation with its location.
 */
import type { FrameworkAdapter, FrameworkOptions, Migration } from '../../model/index.js';
import { Analysis } from './analysis-context.js';
import { findMigrationClass } from './migration-class.js';
import { compareNames, migrationName } from './migration-files.js';
import { nameScope } from './class-names.js';
import { type Lineage, lineageOf } from './inheritance.js';
import { packageOfTable } from './package-tables.js';
import { child, children, parsePhp, visitNodes, type PhpNode } from './php-ast.js';
import { laravelProject } from './project/project-context.js';
import { readLaravelProject } from './project/read-project.js';
import { laravelTrackingTable } from './tracking-table.js';
import { evaluate } from './static-eval.js';
import { walkStatements } from './statements.js';

function failed(name: string, file: string, code: string, message: string, line: number, parserMessage?: string): Migration {
  const error = { code, message, at: { file, line }, ...(parserMessage === undefined ? {} : { parserMessage }) };
  return { name, file, connection: null, operations: [], error, warnings: [] };
}

/** Read one migration file. Pure, and never throws: unreadable files come back with `error`. */
export function analyzeMigration(name: string, file: string, source: string, options: FrameworkOptions): Migration {
  try {
    const parsed = parsePhp(source, file);
    if (!parsed.ok) return failed(name, file, 'E-PHP-SYNTAX', `its PHP does not parse (a syntax error at line ${parsed.line})`, parsed.line, parsed.message);
    const project = laravelProject(options.project);
    const scope = nameScope(parsed.program);
    const lineages = new Map<PhpNode, Lineage>();
    const lineage = (cls: PhpNode): Lineage => lineages.get(cls) ?? lineages.set(cls, lineageOf(cls, scope, project)).get(cls)!;
    const found = findMigrationClass(parsed.program, (cls) => ({ levels: lineage(cls).levels.map((level) => level.node), missing: lineage(cls).missing }));
    if (!found.ok) return failed(name, file, 'E-NO-UP', found.message, found.line);
    const indexPrefix = options.prefixIndexes === false ? '' : options.tablePrefix;
    const a = new Analysis(file, source, options.tablePrefix, found.info, project, indexPrefix);
    a.missingAncestry = lineage(found.node).missing;
    a.names = scope;
    for (const level of lineage(found.node).levels) visitNodes(level.node, (node) => a.inherited.set(node, level));
    // `protected $connection = 'x';` makes the Migrator run up() on that connection.
    const declared = found.info.properties.get('connection');
    const connection = declared ? evaluate(declared, { env: new Map(), guards: [] }, a) : undefined;
    if (connection?.kind === 'string') a.connection = connection.value;
    const body = child(found.up, 'body');
    if (body) walkStatements(children(body, 'children'), { env: new Map(), guards: [] }, a);
    return { name, file, connection: a.connection, operations: a.operations, error: null, warnings: a.warnings };
  } catch (error) {
    // A defect in the analysis must not hide the other migrations: report it on this one.
    const message = error instanceof Error ? error.message : String(error);
    return failed(name, file, 'E-LARAVEL-INTERNAL', `analysis failed: ${message}`, 1);
  }
}

export const laravelAdapter: FrameworkAdapter = {
  name: 'laravel',
  filePatterns: ['*_*.php'],
  tracking: laravelTrackingTable,
  // Migrator::runMigration wraps a migration in a transaction only when the schema grammar's
  // supportsSchemaTransactions() says so: Laravel 8.83's PostgresGrammar (and SqlServerGrammar)
  // set $transactions = true; MySqlGrammar and SQLiteGrammar keep Grammar's false.
  runsEachMigrationInTransaction: (dialect) => dialect === 'postgres',
  // Migrator::pendingMigrations keeps the files whose names are not among the ran ones
  // (Illuminate/Database/Migrations/Migrator.php); a row without a file is never looked at.
  // Squashed applications (schema:dump) always have such rows.
  orphanRows: 'ignored',
  packageOfTable,
  // Every Laravel migration extends Illuminate's Migration or the application's own subclass of it,
  // with an up() method; a *_*.php file without either is not one (a helper, a config file).
  recognises: (file, head) => migrationName(file) !== null && /\bclass\b[\s\S]*\bextends\b/.test(head) && /Migration\b|function\s+up\s*\(/.test(head),
  migrationName,
  compareNames,
  analyze: analyzeMigration,
  readProject: readLaravelProject,
};

