// TypeORM's real migration runner as a library: what scripts/make-typeorm-samples.mjs
// drives from the command line, and what the prefix sweep (test/e2e/typeorm-sweep.test.ts)
// calls in its own process, so that both run the same code the same way.
//
// A run is what TypeORM's CLI `migration:run` does (typeorm/commands/MigrationRunCommand.js,
// handler): a DataSource whose `migrations` are the given classes, initialize(),
// runMigrations({ transaction }), destroy(). The CLI finds its classes through the
// DataSource file's `migrations` glob; here they are the classes of the given files.
//
// The sample's migrations are TypeScript classes, as TypeORM's CLI writes them.
// They are compiled in memory with the `typescript` devDependency (transpileModule,
// CommonJS) and loaded as modules whose `typeorm` import resolves to this
// repository's node_modules: nothing is written next to them, and what runs is
// exactly the source migstamp reads. The modules they import (`../schema-names`,
// helpers) are compiled the same way when required.
import { readFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const ts = require('typescript');
require('reflect-metadata');
const typeorm = require('typeorm');

function compile(file) {
  return ts.transpileModule(readFileSync(file, 'utf8'), {
    fileName: file,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, experimentalDecorators: true },
  }).outputText;
}

// A migration's own TypeScript imports (`../schema-names`) load as it does, with
// `typeorm` found in this repository wherever the copy of the app stands.
Module._extensions['.ts'] = (mod, file) => {
  mod.paths = [...mod.paths, ...Module._nodeModulePaths(root)];
  mod._compile(compile(file), file);
};

/** The migration classes a file exports, compiled from its TypeScript; new class objects on every call. */
export function loadClasses(file) {
  const mod = new Module(file);
  mod.filename = file;
  mod.paths = [...Module._nodeModulePaths(dirname(file)), ...Module._nodeModulePaths(root)];
  mod._compile(compile(file), file);
  return Object.values(mod.exports).filter((value) => typeof value === 'function' && typeof value.prototype?.up === 'function');
}

/** The name TypeORM gives a migration class (MigrationExecutor.getMigrations: its `name`, else the class name). */
export function migrationName(cls) {
  return new cls().name ?? cls.name;
}

const NOT_COUNTED = /^\s*(SELECT|SHOW|PRAGMA|WITH|START|BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE)\b/i;

/**
 * Makes the class named `spec` (`CLASS:N`) fail after its first N schema or data
 * statements: its up() runs with the QueryRunner's query() wrapped so that the
 * (N+1)-th statement that is not a read (SELECT, SHOW, PRAGMA) or a transaction
 * command throws instead of being sent. QueryRunner API calls count each SQL
 * statement they send. Changes the class in place: give it classes of their own
 * (loadClasses makes new ones on every call).
 */
export function injectFailure(classes, spec) {
  const [name, count] = spec.split(':');
  const limit = Number(count);
  const target = classes.find((cls) => migrationName(cls) === name);
  if (target === undefined || !Number.isInteger(limit)) throw new Error(`--fail-in=${spec}: no migration ${name} among the files, or no count`);
  const up = target.prototype.up;
  target.prototype.up = async function (queryRunner) {
    const query = queryRunner.query;
    let sent = 0;
    queryRunner.query = function (sql, ...rest) {
      if (typeof sql === 'string' && !NOT_COUNTED.test(sql)) {
        if (sent >= limit) return Promise.reject(new Error(`migstamp: injected failure in ${name} before its statement ${limit + 1}`));
        sent += 1;
      }
      return query.call(this, sql, ...rest);
    };
    try {
      return await up.call(this, queryRunner);
    } finally {
      queryRunner.query = query;
    }
  };
}

/** DataSource options for a scratch database: `database` is a name (postgres, mysql) or a file (sqlite). */
export function connectionOptions(engine, database) {
  switch (engine) {
    case 'postgres':
      return { type: 'postgres', host: process.env.PGHOST ?? '/var/run/postgresql', username: process.env.PGUSER ?? process.env.USER ?? 'root', database };
    case 'mysql':
      return { type: 'mariadb', socketPath: process.env.MYSQL_SOCKET ?? '/run/mysqld/mysqld.sock', username: process.env.MYSQL_USER ?? 'root', database };
    case 'sqlite':
      return { type: 'better-sqlite3', database };
    default:
      throw new Error(`unknown engine ${engine} (postgres|mysql|sqlite)`);
  }
}

async function withDataSource(engine, database, classes, work) {
  const dataSource = new typeorm.DataSource({ ...connectionOptions(engine, database), migrations: classes, logging: false });
  await dataSource.initialize();
  try {
    return await work(dataSource);
  } finally {
    await dataSource.destroy();
  }
}

/** One `migration:run` over `classes`; resolves to the names it ran, rejects with the failing migration's error. */
export async function runMigrations(engine, database, classes, transaction = 'all') {
  const ran = await withDataSource(engine, database, classes, (dataSource) => dataSource.runMigrations({ transaction }));
  return ran.map((migration) => migration.name);
}

/**
 * The names MigrationExecutor.getPendingMigrations() returns, after checking that
 * DataSource.showMigrations() (TypeORM's own `migration:show`) agrees that something
 * is pending or not.
 */
export async function pendingMigrations(engine, database, classes) {
  return withDataSource(engine, database, classes, async (dataSource) => {
    const names = (await new typeorm.MigrationExecutor(dataSource).getPendingMigrations()).map((migration) => migration.name);
    const anyPending = await dataSource.showMigrations();
    if (anyPending !== names.length > 0) throw new Error(`showMigrations() says ${anyPending} but ${names.length} migrations are pending`);
    return names;
  });
}
