/**
 * TypeORM migrations, read statically: https://typeorm.io/docs/migrations/why
 *
 * Each file is parsed with ts-morph (the TypeScript compiler; `.ts` and `.js` alike)
 * and its migration class's `up(queryRunner)` is walked without running it:
 * `queryRunner.query()` SQL is passed on for the dump's dialect to read, the
 * QueryRunner's schema methods become operations, and whatever cannot be resolved
 * is an opaque operation with its location.
 */
import { resolve } from 'node:path';
import type { Project } from 'ts-morph';
import type { FrameworkAdapter, FrameworkOptions, Migration } from '../../model/index.js';
import { typeormDefaultNameOnRename } from './default-name-renames.js';
import { findMigrationClass } from './migration-class.js';
import { compareNames, migrationName, timestampOf } from './migration-names.js';
import { typeormTrackingTable } from './tracking-table.js';
import { tsMorph } from '../ts-morph.js';
import { walkStatements, type Walk } from './up-body.js';

function failed(name: string, file: string, code: string, message: string, line: number): Migration {
  return { name, file, connection: null, operations: [], error: { code, message, at: { file, line } }, warnings: [] };
}

let project: Project | null = null;

/** One in-memory project for every file: parsing only, no type checking; only the modules migrations import are read from disk (module-bindings.ts). */
function parse(file: string, source: string) {
  const { Project: P, ts } = tsMorph();
  project ??= new P({ useInMemoryFileSystem: true, skipLoadingLibFiles: true, compilerOptions: { allowJs: true, target: ts.ScriptTarget.ES2022 } });
  // At its own path, so that the modules it imports are found beside it.
  return project.createSourceFile(resolve(file), source, { overwrite: true });
}

/** Read one migration file. Pure apart from parsing, and never throws: unreadable files come back with `error`. */
export function analyzeMigration(name: string, file: string, source: string, _options: FrameworkOptions): Migration {
  try {
    const sourceFile = parse(file, source);
    // The parser recovers from any error; its first complaint is the file's syntax error.
    const syntax = (sourceFile.compilerNode as unknown as { parseDiagnostics?: readonly { start?: number }[] }).parseDiagnostics?.[0];
    if (syntax !== undefined) {
      const line = sourceFile.getLineAndColumnAtPos(syntax.start ?? 0).line;
      return failed(name, file, 'E-TS-SYNTAX', `its code does not parse (a syntax error at line ${line})`, line);
    }
    const found = findMigrationClass(sourceFile);
    if (!found.ok) return failed(name, file, 'E-NO-UP', found.message, found.line);
    const declared = found.found.name;
    if (declared === null) return failed(name, file, 'E-TYPEORM-NAME', 'its class name is not known statically (a `name` property that is not a string literal)', found.found.line);
    if (timestampOf(declared) === null) {
      return failed(declared, file, 'E-TYPEORM-NAME', `its name ${declared} does not end in a 13-digit timestamp, so TypeORM refuses to run it`, found.found.line);
    }
    const warnings =
      timestampOf(declared) === timestampOf(name)
        ? []
        : [{ code: 'W-TYPEORM-ORDER', message: `the class ${declared} and its file name disagree on the timestamp; TypeORM orders by the class's, migstamp by the file's`, at: { file, line: found.found.line } }];
    const walk: Walk = { file, runner: found.found.up.getParameters()[0]?.getName() ?? '', operations: [], inHelper: false };
    const body = found.found.up.getBody();
    const { Node: N } = tsMorph();
    if (walk.runner !== '' && body !== undefined && N.isBlock(body)) walkStatements(body.getStatements(), { env: new Map(), guards: [] }, walk);
    return { name: declared, file, connection: null, operations: walk.operations, error: null, warnings };
  } catch (error) {
    // A defect in the analysis must not hide the other migrations: report it on this one.
    const message = error instanceof Error ? error.message : String(error);
    return failed(name, file, 'E-TYPEORM-INTERNAL', `analysis failed: ${message}`, 1);
  }
}

export const typeormAdapter: FrameworkAdapter = {
  name: 'typeorm',
  filePatterns: ['*.ts', '*.js', '*.mjs', '*.cjs', '*.mts', '*.cts'],
  tracking: typeormTrackingTable,
  // MigrationExecutor.executePendingMigrations with the default `transaction: "all"` runs the
  // whole run in one transaction and rolls it back on the first failure. PostgreSQL and SQLite
  // roll DDL back with it, so a failed migration (and the rest of its run) leaves nothing;
  // MySQL and MariaDB commit each DDL statement at once, so its statements before the failure stay.
  runsEachMigrationInTransaction: (dialect) => dialect !== 'mysql',
  // getPendingMigrations and executePendingMigrations keep the classes whose names have no row;
  // a row without a class is never looked at (only undoLastMigration refuses one, when it is the newest).
  orphanRows: 'ignored',
  packageOfTable: () => null,
  // A TypeORM migration is a class implementing MigrationInterface whose up() takes a QueryRunner.
  recognises: (file, head) => migrationName(file) !== null && /\bMigrationInterface\b|\bQueryRunner\b/.test(head),
  migrationName,
  compareNames,
  analyze: analyzeMigration,
  // renameTable and renameColumn also rename the keys DefaultNamingStrategy named after the old names.
  defaultNameOnRename: typeormDefaultNameOnRename,
};
