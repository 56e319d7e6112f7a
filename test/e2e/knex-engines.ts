/**
 * Knex's own Migrator (scripts/knex/runner.mjs) on the three engines, with the
 * scratch databases of engines.ts, mysql-engine.ts and sqlite-engine.ts: what the
 * Knex acceptance loop needs to migrate, damage, dump, apply and ask Knex.
 */
import { join } from 'node:path';
import { type Availability, PgDatabase, REPO_ROOT, type RunResult, readHistory, run, runOk } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

export const KNEX_APP = join(REPO_ROOT, 'samples', 'knex-app');
const RUNNER = join(REPO_ROOT, 'scripts', 'knex', 'runner.mjs');
const BUILD = join(REPO_ROOT, 'scripts', 'knex', 'build.mjs');

/** A scratch database Knex migrates, as each engine's helper drives it. */
export interface KnexDatabase {
  /** What the runner connects to: a database name, or the SQLite file. */
  readonly target: string;
  sql(sql: string): string;
  dump(file: string): void;
  applyFile(file: string): RunResult;
  drop(): void;
}

export interface KnexEngine {
  readonly name: 'postgres' | 'mariadb' | 'sqlite';
  readonly client: 'pg' | 'mysql2' | 'better-sqlite3';
  availability(): Availability;
  create(): KnexDatabase;
  /** SQL that puts the id counter back where a backup without the deleted rows had it. */
  readonly resetCounter: string;
}

const tool = (name: string, args: string[]): Availability => (run(name, args).code === 0 ? { ok: true, reason: '' } : { ok: false, reason: `${name} ${args.join(' ')} failed` });

export const KNEX_ENGINES: readonly KnexEngine[] = [
  {
    name: 'postgres',
    client: 'pg',
    availability: () => tool('psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1']),
    create: () => {
      const db = PgDatabase.create('knex_e2e');
      return { target: db.name, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
    resetCounter: "SELECT setval('knex_migrations_id_seq', (SELECT max(id) FROM knex_migrations));",
  },
  {
    name: 'mariadb',
    client: 'mysql2',
    availability: () => tool('mariadb', ['-N', '-e', 'select 1']),
    create: () => {
      const db = MysqlDatabase.create('knex_e2e');
      return { target: db.name, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
    resetCounter: 'ALTER TABLE knex_migrations AUTO_INCREMENT = 1;',
  },
  {
    name: 'sqlite',
    client: 'better-sqlite3',
    availability: () => tool('sqlite3', ['--version']),
    create: () => {
      const db = SqliteDatabase.create();
      return { target: db.file, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
    resetCounter: "UPDATE sqlite_sequence SET seq = (SELECT max(id) FROM knex_migrations) WHERE name = 'knex_migrations';",
  },
];

/**
 * The sample's history: migration files by batch; the files whose run failed
 * (their first release, in broken/, failed partway; the fixed file is pending);
 * and the files never run.
 */
export function knexHistory(): { batches: string[][]; failed: string[]; unapplied: string[] } {
  const { deployments, failed, unapplied } = readHistory(join(KNEX_APP, 'history.txt'));
  return { batches: deployments, failed, unapplied };
}

/** Builds source files into the deployment folder the runner loads (TypeScript → .js), with the app's modules they import beside it. */
export function deploy(folder: string, sources: readonly string[]): void {
  runOk(process.execPath, [BUILD, folder, ...sources]);
}

/** Knex's Migrator on `folder`; `table` is the tracking table's name (knexfile `migrations.tableName`). */
export function knexRunner(engine: KnexEngine, db: KnexDatabase, folder: string, command: 'migrate' | 'list', table = 'knex_migrations'): RunResult {
  return run(process.execPath, [RUNNER, '--client', engine.client, '--database', db.target, '--dir', folder, '--table', table, command]);
}

/** Knex's own `migrate.list()`: the pending files, as the runner names them. */
export function knexPending(engine: KnexEngine, db: KnexDatabase, folder: string, table = 'knex_migrations'): string[] {
  const r = knexRunner(engine, db, folder, 'list', table);
  if (r.code !== 0) throw new Error(`knex migrate:list failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { pending: string[] }).pending;
}

/** The file name the runner records for a source file (a build of `.ts` is `.js`). */
export function builtName(file: string): string {
  return file.replace(/\.ts$/, '.js');
}
