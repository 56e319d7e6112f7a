/**
 * Building blocks of the prefix sweep (prefix-sweep.test.ts): the migration
 * sets and their deployment histories, the "fails partway" copy of a
 * migration, one interface over the three engines' scratch databases, and an
 * asynchronous process runner so migstamp's two invocations per scenario can
 * share the machine's two cores.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import PhpParser from 'php-parser';
import {
  E2E_APPS,
  Laravel,
  MIGSTAMP_BIN,
  PgDatabase,
  SAMPLE_APP,
  migrationNames,
  mysqlAvailability,
  postgresAvailability,
  sqliteAvailability,
  type Availability,
  type Driver,
  type RunResult,
} from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

// ---------------------------------------------------------------------------
// Migration sets

/** A migration folder and the order it was deployed in, batch by batch. */
export interface SweepApp {
  readonly name: string;
  readonly dir: string;
  /** Every migration of `dir`, grouped into deployments; flattened, the run order. */
  readonly batches: readonly (readonly string[])[];
}

/**
 * The sample app as history.txt deployed it (13 batches, back-dated files run
 * late), its three never-run migrations appended as a 14th deployment so that
 * cuts can reach them; the small e2e apps one migration per deployment.
 */
export function sweepApps(): SweepApp[] {
  const byBatch = new Map<number, string[]>();
  const unapplied: string[] = [];
  for (const line of readFileSync(join(SAMPLE_APP, 'history.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [batch, name] = t.split(/\s+/) as [string, string];
    if (batch === 'unapplied') unapplied.push(name);
    else byBatch.set(Number(batch), [...(byBatch.get(Number(batch)) ?? []), name]);
  }
  // Within one `migrate` the Migrator runs files in name order.
  const sampleBatches = [...byBatch.entries()].sort((a, b) => a[0] - b[0]).map(([, names]) => [...names].sort());
  const apps: SweepApp[] = [{ name: 'sample', dir: join(SAMPLE_APP, 'database', 'migrations'), batches: [...sampleBatches, [...unapplied].sort()] }];
  for (const name of ['data-only', 'guarded-temp', 'rename-chain']) {
    const dir = join(E2E_APPS, name, 'migrations');
    apps.push({ name, dir, batches: migrationNames(dir).map((n) => [n]) });
  }
  for (const app of apps) {
    const listed = app.batches.flat();
    if ([...listed].sort().join('\n') !== migrationNames(app.dir).join('\n')) {
      throw new Error(`${app.name}: the history does not list exactly the files of ${app.dir}`);
    }
  }
  return apps;
}

// ---------------------------------------------------------------------------
// "Fails partway"

/** The table the injected statement reads; it never exists, so every engine rejects the statement. */
export const NO_SUCH_TABLE = 'migstamp_no_such_table';

/**
 * Where a failing copy stops:
 * - `second-ddl`: right before the second DDL statement the migration sends
 *   (its first DDL statement took effect);
 * - `second-statement`: right before the first DDL statement sent after the
 *   first statement of up() completed ("after the first schema statement").
 */
export type FailPoint = 'second-ddl' | 'second-statement';

interface PhpNode {
  readonly kind: string;
  readonly loc?: { readonly start: { offset: number }; readonly end: { offset: number } } | null;
  readonly [key: string]: unknown;
}

const php = new PhpParser.Engine({ parser: { php8: true, extractDoc: false, suppressErrors: false }, ast: { withPositions: true } });

/** The body of up() of a migration file (php-parser, so named and anonymous classes alike). */
function upBody(file: string, source: string): { open: number; statements: PhpNode[] } {
  const found: PhpNode[] = [];
  const walk = (value: unknown): void => {
    if (Array.isArray(value)) return value.forEach(walk);
    if (typeof value !== 'object' || value === null) return;
    const node = value as PhpNode;
    const name = node.name as { name?: unknown } | string | undefined;
    if (node.kind === 'method' && (typeof name === 'string' ? name : name?.name) === 'up') found.push(node);
    for (const [key, v] of Object.entries(node)) if (key !== 'loc') walk(v);
  };
  walk(php.parseCode(source, file));
  const body = found.length === 1 ? (found[0]!.body as PhpNode | null) : null;
  if (!body?.loc) throw new Error(`${file}: expected one up() method with a body, found ${found.length}`);
  return { open: body.loc.start.offset + 1, statements: (body.children as PhpNode[] | undefined) ?? [] };
}

/** How many statements the body of up() has: with two or more, `second-statement` has somewhere to stop. */
export function upStatementCount(migrationFile: string): number {
  return upBody(migrationFile, readFileSync(migrationFile, 'utf8')).statements.length;
}

/**
 * Writes into `destDir` a copy of `migrationFile` (same file name, so the same
 * migration name) whose up() fails partway: at the fail point a SELECT from a
 * table that does not exist is executed instead of the next DDL statement,
 * and the engine's error aborts the migration. The failing SQL names the DDL
 * statement it stopped (`before DDL statement N`), which the Migrator's error
 * message repeats.
 *
 * DDL statements are counted as the engine receives them
 * (Connection::beforeExecuting, Laravel 8.83), because one Schema::create is
 * often several (CREATE TABLE, then its indexes and foreign keys). A copy
 * whose fail point is never reached completes like the original. Returns
 * null for `second-statement` when up() has a single statement.
 */
export function writeFailingCopy(migrationFile: string, destDir: string, point: FailPoint): string | null {
  const source = readFileSync(migrationFile, 'utf8');
  const { open, statements } = upBody(migrationFile, source);
  if (point === 'second-statement' && statements.length < 2) return null;
  const hook = `
        // migstamp prefix sweep: fail partway (${point}).
        $migstampDdl = 0;
        $migstampArmed = ${point === 'second-ddl' ? 'true' : 'false'};
        \\Illuminate\\Support\\Facades\\DB::connection()->beforeExecuting(function (string $query) use (&$migstampDdl, &$migstampArmed) {
            if ($migstampDdl < 0 || !preg_match('/^\\s*(create|alter|drop|rename|comment)\\b/i', $query)) {
                return;
            }
            $migstampDdl++;
            if ($migstampArmed && $migstampDdl >= ${point === 'second-ddl' ? 2 : 1}) {
                $n = $migstampDdl;
                $migstampDdl = -1;
                \\Illuminate\\Support\\Facades\\DB::connection()->statement("SELECT * FROM ${NO_SUCH_TABLE} /* before DDL statement {$n} */");
            }
        });
`;
  let out = source.slice(0, open) + hook;
  if (point === 'second-statement') {
    const end = statements[0]!.loc!.end.offset;
    out += `${source.slice(open, end)}\n        $migstampArmed = true;${source.slice(end)}`;
  } else {
    out += source.slice(open);
  }
  mkdirSync(destDir, { recursive: true });
  const file = join(destDir, basename(migrationFile));
  writeFileSync(file, out);
  return file;
}

/** The DDL statement a failing copy stopped at, from the Migrator's error message. */
export function stoppedBeforeDdl(stderr: string): number | null {
  const m = /before DDL statement (\d+)/.exec(stderr);
  return m ? Number(m[1]) : null;
}

// ---------------------------------------------------------------------------
// Processes

/** Like engines.ts run(), without blocking: so two processes can run at once. */
export function runAsync(cmd: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<RunResult> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { env: { ...process.env, PGHOST: process.env.PGHOST ?? '/var/run/postgresql', ...env } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e) => resolve({ code: 127, stdout: '', stderr: e.message }));
    child.on('close', (code) => resolve({ code: code ?? 128, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
}

/** `migstamp ARGS` as a user runs it (no colour). */
export function migstampAsync(args: string[]): Promise<RunResult> {
  return runAsync(process.execPath, [MIGSTAMP_BIN, ...args], { NO_COLOR: '1' });
}

// ---------------------------------------------------------------------------
// Engines

/** A scratch database of any engine, with what one scenario needs. */
export interface SweepDb {
  readonly laravel: Laravel;
  /** Runs SQL; throws on failure. */
  sql(sql: string): string;
  /** The engine's own dump tool, exactly as the acceptance tests call it. */
  dump(file: string): void;
  /** Applies a script as a DBA would (stopping at the first error); never throws. */
  applyFile(file: string): RunResult;
  /** Deletes every tracking row not in `keep`, as a restore from an older backup leaves the table. */
  restoreOlderTrackingTable(keep: readonly string[]): void;
}

export interface SweepEngine {
  readonly driver: Driver;
  readonly label: string;
  /** Laravel 8 wraps a migration in a transaction only where the schema grammar supports it: PostgreSQL. */
  readonly rollsBackFailedMigrations: boolean;
  availability(): Availability;
  create(): SweepDb;
  /** A copy of `db` to change freely (no session may be open on `db`). */
  copy(db: SweepDb): SweepDb;
  /** Drops `db`; may finish in the background (see settle). */
  release(db: SweepDb): void;
  /** Waits for background drops. */
  settle(): Promise<void>;
  /** A fingerprint of the schema's catalog, to show that a failed migration left nothing (PostgreSQL only). */
  fingerprint?(db: SweepDb): string;
}

/** Shared SQL of the three wrappers; the engine classes have the same shape. */
type EngineDb = {
  sql(sql: string): string;
  dump(file: string): void;
  applyFile(file: string): RunResult;
  restoreOlderTrackingTable(keep: readonly string[]): void;
};

class Wrapped<T extends EngineDb> implements SweepDb {
  readonly laravel: Laravel;
  constructor(
    readonly db: T,
    driver: Driver,
    database: string,
  ) {
    this.laravel = new Laravel(driver, database);
  }
  sql(sql: string): string {
    return this.db.sql(sql);
  }
  dump(file: string): void {
    this.db.dump(file);
  }
  applyFile(file: string): RunResult {
    return this.db.applyFile(file);
  }
  restoreOlderTrackingTable(keep: readonly string[]): void {
    this.db.restoreOlderTrackingTable(keep);
  }
}

/**
 * PostgreSQL: copies are CREATE DATABASE … TEMPLATE (a tenth of a second),
 * but DROP DATABASE forces a checkpoint (about a second on this machine), so
 * drops run in the background, where concurrent ones share a checkpoint.
 */
function postgresEngine(): SweepEngine {
  const drops: Promise<RunResult>[] = [];
  const pg = (db: SweepDb): PgDatabase => (db as Wrapped<PgDatabase>).db;
  const wrap = (db: PgDatabase): SweepDb => new Wrapped(db, 'pgsql', db.name);
  return {
    driver: 'pgsql',
    label: 'PostgreSQL',
    rollsBackFailedMigrations: true,
    availability: postgresAvailability,
    create: () => wrap(PgDatabase.create('migstamp_sweep')),
    copy: (db) => wrap(pg(db).clone()),
    release: (db) => void drops.push(runAsync('dropdb', ['--if-exists', pg(db).name])),
    settle: async () => void (await Promise.all(drops.splice(0))),
    fingerprint: (db) =>
      db.sql(`SELECT md5(concat_ws('|',
  (SELECT string_agg(c.oid || ':' || c.relname, ',' ORDER BY c.oid) FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace),
  (SELECT string_agg(a.attrelid || ':' || a.attname || ':' || a.attisdropped, ',' ORDER BY a.attrelid, a.attnum)
     FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid WHERE c.relnamespace = 'public'::regnamespace AND a.attnum > 0),
  (SELECT string_agg(oid || ':' || conname, ',' ORDER BY oid) FROM pg_constraint WHERE connamespace = 'public'::regnamespace),
  (SELECT string_agg(migration, ',' ORDER BY id) FROM migrations)));`),
  };
}

/** MariaDB: copies are mysqldump piped into a new database (MysqlDatabase.clone); drops in the background. */
function mysqlEngine(): SweepEngine {
  const drops: Promise<RunResult>[] = [];
  const my = (db: SweepDb): MysqlDatabase => (db as Wrapped<MysqlDatabase>).db;
  const wrap = (db: MysqlDatabase): SweepDb => new Wrapped(db, 'mysql', db.name);
  return {
    driver: 'mysql',
    label: 'MariaDB',
    rollsBackFailedMigrations: false,
    availability: mysqlAvailability,
    create: () => wrap(MysqlDatabase.create('migstamp_sweep')),
    copy: (db) => wrap(my(db).clone()),
    release: (db) => void drops.push(runAsync('mariadb', ['-e', `DROP DATABASE IF EXISTS \`${my(db).name}\``])),
    settle: async () => void (await Promise.all(drops.splice(0))),
  };
}

/** SQLite: a copy is a file copy. */
function sqliteEngine(): SweepEngine {
  const lite = (db: SweepDb): SqliteDatabase => (db as Wrapped<SqliteDatabase>).db;
  const wrap = (db: SqliteDatabase): SweepDb => new Wrapped(db, 'sqlite', db.file);
  return {
    driver: 'sqlite',
    label: 'SQLite',
    rollsBackFailedMigrations: false,
    availability: sqliteAvailability,
    create: () => {
      const db = SqliteDatabase.create();
      // An empty file is an empty database; copies of cut 0 need a file to copy.
      writeFileSync(db.file, '');
      return wrap(db);
    },
    copy: (db) => wrap(lite(db).clone()),
    release: (db) => lite(db).drop(),
    settle: () => Promise.resolve(),
  };
}

/** The three engines of the real-engine suite. */
export function sweepEngines(): SweepEngine[] {
  return [sqliteEngine(), postgresEngine(), mysqlEngine()];
}
