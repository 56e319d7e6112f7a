/**
 * The real dbmate (node_modules/.bin/dbmate, dbmate 2.24 from its npm package)
 * on the three engines, with the scratch databases of engines.ts, mysql-engine.ts
 * and sqlite-engine.ts: what the dbmate acceptance loop needs to migrate, damage,
 * dump, apply and ask dbmate.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type Availability, PgDatabase, REPO_ROOT, type RunResult, readHistory, run } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

export const DBMATE_APP = join(REPO_ROOT, 'samples', 'dbmate-app');
export const DBMATE_BIN = join(REPO_ROOT, 'node_modules', '.bin', 'dbmate');

/** A scratch database dbmate migrates, as each engine's helper drives it. */
export interface DbmateDatabase {
  /** dbmate's `--url` for it. */
  readonly url: string;
  sql(sql: string): string;
  dump(file: string): void;
  applyFile(file: string): RunResult;
  drop(): void;
}

export interface DbmateEngine {
  readonly name: 'postgres' | 'mariadb' | 'sqlite';
  availability(): Availability;
  create(): DbmateDatabase;
}

function tool(name: string, args: string[]): Availability {
  if (!existsSync(DBMATE_BIN)) return { ok: false, reason: `${DBMATE_BIN} is missing (the dbmate dev dependency)` };
  return run(name, args).code === 0 ? { ok: true, reason: '' } : { ok: false, reason: `${name} ${args.join(' ')} failed` };
}

export const DBMATE_ENGINES: readonly DbmateEngine[] = [
  {
    name: 'postgres',
    availability: () => tool('psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1']),
    create: () => {
      const db = PgDatabase.create('dbmate_e2e');
      const host = encodeURIComponent(process.env.PGHOST ?? '/var/run/postgresql');
      const user = run('id', ['-un']).stdout.trim();
      return { url: `postgres://${user}@/${db.name}?host=${host}&sslmode=disable`, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
  {
    name: 'mariadb',
    availability: () => tool('mariadb', ['-N', '-e', 'select 1']),
    create: () => {
      const db = MysqlDatabase.create('dbmate_e2e');
      const user = run('id', ['-un']).stdout.trim();
      return { url: `mysql://${user}@localhost/${db.name}?socket=/run/mysqld/mysqld.sock`, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
  {
    name: 'sqlite',
    availability: () => tool('sqlite3', ['--version']),
    create: () => {
      const db = SqliteDatabase.create();
      return { url: `sqlite:${db.file}`, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
];

/** The sample's history: migration names by deployment, and the names never run. */
export function dbmateHistory(): { deployments: string[][]; unapplied: string[] } {
  const { deployments, unapplied } = readHistory(join(DBMATE_APP, 'history.txt'));
  return { deployments, unapplied };
}

/** Runs the real dbmate on a migrations folder; never throws. */
export function dbmateRun(db: DbmateDatabase, folder: string, command: 'up' | 'migrate' | 'status'): RunResult {
  return run(DBMATE_BIN, ['--url', db.url, '--migrations-dir', folder, '--no-dump-schema', command]);
}

/** dbmate's own `status`: the pending migrations (`[ ] FILE` lines), named without `.sql`. */
export function dbmatePending(db: DbmateDatabase, folder: string): string[] {
  const r = dbmateRun(db, folder, 'status');
  if (r.code !== 0) throw new Error(`dbmate status failed: ${r.stderr}`);
  return r.stdout.split('\n').flatMap((line) => (line.startsWith('[ ] ') ? [line.slice(4).replace(/\.sql$/, '')] : []));
}
