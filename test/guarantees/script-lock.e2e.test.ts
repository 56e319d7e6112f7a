/**
 * While the stamp script's transaction is open, nobody else can add rows to the
 * tracking table (a `php artisan migrate` started by a colleague mid-incident):
 * PostgreSQL takes LOCK TABLE … SHARE ROW EXCLUSIVE, MariaDB locks every row and
 * gap with SELECT … FOR UPDATE under REPEATABLE READ (whatever the server's
 * default isolation level), SQLite takes the write
 * lock with BEGIN IMMEDIATE. Each engine runs the real script, held open just
 * before its first INSERT; a second session's INSERT must then time out on the
 * lock, and succeed once the script has committed.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  type Availability,
  type Driver,
  Laravel,
  PgDatabase,
  type RunResult,
  engineGate,
  migstampSql,
  mysqlAvailability,
  postgresAvailability,
  run,
  sqliteAvailability,
  tempDir,
} from '../e2e/engines.js';
import { MysqlDatabase } from '../e2e/mysql-engine.js';
import { SqliteDatabase } from '../e2e/sqlite-engine.js';
import { createTableMigration } from './support/tiny-app.js';

const MIGRATIONS = ['2024_01_01_000000_create_alpha_table', '2024_01_02_000000_create_beta_table'];
/** How long the held script sleeps; the concurrent INSERT gives up after one second. */
const HOLD_SECONDS = 4;

interface Database {
  readonly name: string;
  restoreOlderTrackingTable(keep: readonly string[]): void;
  dump(file: string): void;
  drop(): void;
  sql(sql: string): string;
}

interface Engine {
  readonly title: string;
  readonly driver: Driver;
  readonly availability: () => Availability;
  create(): Database;
  /** Where Laravel's Migrator finds the database. */
  laravelDatabase(db: Database): string;
  /** A client command that creates a file: it tells the test that the script got this far. */
  touch(marker: string): string;
  /** A statement that keeps the transaction open for HOLD_SECONDS. */
  readonly sleep: string;
  /** Runs a script file as a DBA would, in its own session, without waiting for it. */
  start(db: Database, file: string): ChildProcess;
  /** An INSERT into the tracking table from another session that waits at most a second for locks. */
  concurrentInsert(db: Database): RunResult;
  /** What that INSERT reports when the lock is held. */
  readonly blocked: RegExp;
}

const insertRow = "INSERT INTO migrations (migration, batch) VALUES ('concurrent_migrate', 99);";

const engines: Engine[] = [
  {
    title: 'PostgreSQL',
    driver: 'pgsql',
    availability: postgresAvailability,
    create: () => PgDatabase.create(),
    laravelDatabase: (db) => db.name,
    touch: (marker) => `\\! touch '${marker}'`,
    sleep: `SELECT pg_sleep(${HOLD_SECONDS});`,
    start: (db, file) => spawn('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db.name, '-f', file], { stdio: 'pipe' }),
    concurrentInsert: (db) => run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db.name, '-c', `SET lock_timeout = '1s'; ${insertRow}`]),
    blocked: /lock timeout/,
  },
  {
    title: 'MariaDB',
    driver: 'mysql',
    availability: mysqlAvailability,
    create: () => MysqlDatabase.create(),
    laravelDatabase: (db) => db.name,
    touch: (marker) => `\\! touch '${marker}'`,
    sleep: `DO SLEEP(${HOLD_SECONDS});`,
    // As on a server configured with transaction_isolation = READ-COMMITTED, where
    // the script's own reads would lock no gaps unless it asked for REPEATABLE READ.
    start: (db, file) => spawn('sh', ['-c', 'mariadb --database="$1" "--init-command=SET SESSION TRANSACTION ISOLATION LEVEL READ COMMITTED" < "$2"', 'sh', db.name, file], { stdio: 'pipe' }),
    concurrentInsert: (db) => run('mariadb', ['--database', db.name, '-e', `SET SESSION innodb_lock_wait_timeout = 1; ${insertRow}`]),
    blocked: /Lock wait timeout exceeded/,
  },
  {
    title: 'SQLite',
    driver: 'sqlite',
    availability: sqliteAvailability,
    create: () => {
      const db = SqliteDatabase.create();
      // In WAL mode a reader does not hold writers off (in rollback mode even a plain
      // BEGIN's shared lock would), so only BEGIN IMMEDIATE keeps them out.
      db.sql('PRAGMA journal_mode = WAL;');
      return Object.assign(db, { name: db.file });
    },
    laravelDatabase: (db) => db.name,
    touch: (marker) => `.shell touch '${marker}'`,
    // SQLite has no sleep function; the shell sleeps while the transaction stays open.
    sleep: `.shell sleep ${HOLD_SECONDS}`,
    start: (db, file) => spawn('sh', ['-c', 'sqlite3 -bail "$1" < "$2"', 'sh', db.name, file], { stdio: 'pipe' }),
    concurrentInsert: (db) => run('sqlite3', ['-cmd', '.timeout 1000', db.name, insertRow]),
    blocked: /database is locked/,
  },
];

/**
 * The script with, just before its first INSERT (the preconditions passed, the
 * lock taken, no row written yet), the marker created and then a pause. Later,
 * the INSERTs' own row and gap locks would block some writers anyway.
 */
function held(engine: Engine, script: string, marker: string): string {
  const at = script.indexOf('\nINSERT INTO ');
  expect(at, 'the script stamps something').toBeGreaterThan(0);
  return `${script.slice(0, at)}\n${engine.touch(marker)}\n${engine.sleep}${script.slice(at)}`;
}

async function exitOf(child: ChildProcess): Promise<{ code: number | null; stderr: string }> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  child.stdout?.resume();
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

async function until(condition: () => boolean, seconds: number): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`gave up after ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.each(engines)('$title: the stamp script keeps other writers out of the tracking table until COMMIT', (engine) => {
  const gate = engineGate(`${engine.title} script lock`, engine.availability());
  const tmp = tempDir('migstamp-lock-');
  const dbs: Database[] = [];

  afterAll(() => {
    for (const db of dbs) db.drop();
    tmp.cleanup();
  });

  it.skipIf(gate.skip)('a concurrent INSERT waits for the lock, then goes in after the stamps', async () => {
    if (gate.failure) throw new Error(gate.failure);
    const migrations = join(tmp.path, 'migrations');
    mkdirSync(migrations);
    for (const [n, name] of MIGRATIONS.entries()) writeFileSync(join(migrations, `${name}.php`), createTableMigration(n === 0 ? 'alpha' : 'beta'));
    const db = engine.create();
    dbs.push(db);
    new Laravel(engine.driver, engine.laravelDatabase(db)).migrate([migrations]);
    db.restoreOlderTrackingTable([]);
    const dump = join(tmp.path, 'dump.sql');
    db.dump(dump);
    const script = join(tmp.path, 'stamp.sql');
    const made = migstampSql(dump, [migrations], script);
    expect(made.code, made.stderr).toBe(0);

    const marker = join(tmp.path, 'holding');
    const heldScript = join(tmp.path, 'held.sql');
    writeFileSync(heldScript, held(engine, readFileSync(script, 'utf8'), marker));
    const holder = exitOf(engine.start(db, heldScript));
    await until(() => existsSync(marker), 20);

    const during = engine.concurrentInsert(db);
    expect(during.code, 'the INSERT went in while the script held its transaction open').not.toBe(0);
    expect(during.stderr).toMatch(engine.blocked);

    const finished = await holder;
    expect(finished.code, finished.stderr).toBe(0);
    const after = engine.concurrentInsert(db);
    expect(after.code, after.stderr).toBe(0);
    const rows = db.sql('SELECT migration FROM migrations ORDER BY id;').split('\n').filter((line) => line !== '');
    expect(rows).toEqual([...MIGRATIONS, 'concurrent_migrate']);
  }, 60_000);
});
