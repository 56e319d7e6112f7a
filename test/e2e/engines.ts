/**
 * Helpers for the real-engine acceptance tests: scratch PostgreSQL databases,
 * Laravel's own Migrator (scripts/laravel/migrator.php), pg_dump/psql, and the
 * migstamp CLI, all driven as child processes exactly as a user would.
 *
 * Engine availability: with MIGSTAMP_REQUIRE_ENGINES=1 (set by CI) a missing
 * engine is a test failure; otherwise the suites skip with a visible warning,
 * so a laptop without PostgreSQL still gets a green unit-test run.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeFault, mariadbFault, postgresFault } from './engine-faults.js';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const MIGRATOR = join(REPO_ROOT, 'scripts', 'laravel', 'migrator.php');
/** The CLI under test; MIGSTAMP_BIN may point at another build (e.g. an installed package). */
export const MIGSTAMP_BIN = process.env.MIGSTAMP_BIN ?? join(REPO_ROOT, 'bin', 'migstamp');
export const SAMPLE_APP = join(REPO_ROOT, 'samples', 'laravel-app');
export const E2E_APPS = join(REPO_ROOT, 'test', 'e2e', 'apps');

export const REQUIRE_ENGINES = process.env.MIGSTAMP_REQUIRE_ENGINES === '1';

/** PostgreSQL is reached over its Unix socket as the OS user (see scripts/start-engines.sh). */
const PG_HOST = process.env.PGHOST ?? '/var/run/postgresql';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Run a program without a shell; never throws on a non-zero exit. */
export function run(cmd: string, args: string[], opts: { input?: string; env?: NodeJS.ProcessEnv } = {}): RunResult {
  const r = spawnSync(cmd, args, {
    encoding: 'utf8',
    input: opts.input,
    env: { ...process.env, PGHOST: PG_HOST, ...opts.env },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.error) {
    return { code: 127, stdout: '', stderr: String(r.error.message) };
  }
  return { code: r.status ?? 128, stdout: r.stdout ?? '', stderr: r.stderr ?? '' };
}

/** Like run(), but a non-zero exit throws with the command and its stderr. */
export function runOk(cmd: string, args: string[], opts: { input?: string } = {}): string {
  const r = run(cmd, args, opts);
  if (r.code !== 0) {
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}\n${r.stderr}${r.stdout}`);
  }
  return r.stdout;
}

// ---------------------------------------------------------------------------
// Availability

export interface Availability {
  ok: boolean;
  reason: string;
}

/** Can we reach PostgreSQL with psql and run Laravel's Migrator against it? */
export function postgresAvailability(): Availability {
  for (const tool of ['psql', 'pg_dump', 'createdb', 'dropdb', 'php']) {
    if (run(tool, ['--version']).code !== 0) {
      return { ok: false, reason: `${tool} is not installed` };
    }
  }
  const ping = run('psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1']);
  if (ping.code !== 0) return { ok: false, reason: describeFault('PostgreSQL', postgresFault(ping.stderr), PG_HOST) };
  const php = run('php', [
    '-r',
    'require_once "Illuminate/Database/autoload.php"; exit(class_exists("Illuminate\\\\Database\\\\Migrations\\\\Migrator") && extension_loaded("pdo_pgsql") ? 0 : 1);',
  ]);
  if (php.code !== 0) {
    return { ok: false, reason: `php cannot load Laravel's Migrator with pdo_pgsql (install php-illuminate-database php-pgsql): ${php.stderr.trim()}` };
  }
  return { ok: true, reason: '' };
}

/** Laravel's Migrator can load, with the given PDO driver. */
function phpAvailability(pdo: string, pkg: string): Availability {
  if (run('php', ['--version']).code !== 0) return { ok: false, reason: 'php is not installed' };
  const php = run('php', [
    '-r',
    `require_once "Illuminate/Database/autoload.php"; exit(class_exists("Illuminate\\\\Database\\\\Migrations\\\\Migrator") && extension_loaded("${pdo}") ? 0 : 1);`,
  ]);
  return php.code === 0
    ? { ok: true, reason: '' }
    : { ok: false, reason: `php cannot load Laravel's Migrator with ${pdo} (install php-illuminate-database ${pkg}): ${php.stderr.trim()}` };
}

/** MariaDB over its Unix socket as the OS user, and php with pdo_mysql. */
export function mysqlAvailability(): Availability {
  for (const tool of ['mariadb', 'mysqldump']) {
    if (run(tool, ['--version']).code !== 0) return { ok: false, reason: `${tool} is not installed` };
  }
  const ping = run('mariadb', ['-N', '-e', 'select 1']);
  if (ping.code !== 0) return { ok: false, reason: describeFault('MariaDB', mariadbFault(ping.stderr), 'its Unix socket') };
  return phpAvailability('pdo_mysql', 'php-mysql');
}

/** The sqlite3 shell and php with pdo_sqlite (no server involved). */
export function sqliteAvailability(): Availability {
  if (run('sqlite3', ['--version']).code !== 0) return { ok: false, reason: 'sqlite3 is not installed' };
  return phpAvailability('pdo_sqlite', 'php-sqlite3');
}

/**
 * Decide whether a real-engine suite runs. Returns `skip` for describe.skipIf;
 * when engines are required but missing, the suite is NOT skipped and
 * `failure` holds the reason, which the suite's beforeAll throws.
 */
export function engineGate(suite: string, availability: Availability): { skip: boolean; failure: string | null } {
  if (availability.ok) return { skip: false, failure: null };
  if (REQUIRE_ENGINES) {
    return { skip: false, failure: `${suite}: MIGSTAMP_REQUIRE_ENGINES=1 but ${availability.reason}` };
  }
  console.warn(`\n[skip] ${suite}: ${availability.reason}. Set MIGSTAMP_REQUIRE_ENGINES=1 to make this a failure.\n`);
  return { skip: true, failure: null };
}

// ---------------------------------------------------------------------------
// Scratch PostgreSQL databases

let counter = 0;

/** A database name no other test (or concurrent run) uses. */
export function uniqueDbName(prefix = 'migstamp_e2e'): string {
  counter += 1;
  const rand = Math.random().toString(36).slice(2, 8);
  return `${prefix}_${process.pid}_${counter}_${rand}`;
}

export class PgDatabase {
  readonly name: string;

  private constructor(name: string) {
    this.name = name;
  }

  static create(prefix?: string): PgDatabase {
    const db = new PgDatabase(uniqueDbName(prefix));
    runOk('createdb', [db.name]);
    return db;
  }

  /** A copy of this database (CREATE DATABASE … TEMPLATE); no session may be open on it. */
  clone(): PgDatabase {
    const copy = new PgDatabase(uniqueDbName());
    runOk('createdb', ['-T', this.name, copy.name]);
    return copy;
  }

  drop(): void {
    run('dropdb', ['--if-exists', this.name]);
  }

  /** Run SQL with psql, stopping at the first error; throws on failure. */
  sql(sql: string): string {
    return runOk('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', this.name], { input: sql });
  }

  /** Apply a script file the way a DBA would; returns psql's result, never throws. */
  applyFile(file: string): RunResult {
    return run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', this.name, '-f', file]);
  }

  /** pg_dump (plain format) into `file`. */
  dump(file: string, extra: string[] = []): void {
    runOk('pg_dump', [...extra, '-d', this.name, '-f', file]);
  }

  /** The whole tracking table, one line per row, for before/after comparisons. */
  migrationsRows(): string {
    return this.sql('SELECT id, migration, batch FROM migrations ORDER BY id;');
  }

  maxBatch(): number {
    return Number(this.sql('SELECT coalesce(max(batch), 0) FROM migrations;').trim());
  }

  /**
   * What a restore from an older backup leaves behind: only the rows for
   * `keep` survive, and the id sequence is back where that backup had it.
   */
  restoreOlderTrackingTable(keep: readonly string[]): void {
    const list = keep.map((n) => `'${n.replace(/'/g, "''")}'`).join(', ');
    this.sql(
      `DELETE FROM migrations${keep.length ? ` WHERE migration NOT IN (${list})` : ''};\n` +
        `SELECT setval('migrations_id_seq', coalesce((SELECT max(id) FROM migrations), 1), (SELECT count(*) > 0 FROM migrations));\n`,
    );
  }
}

// ---------------------------------------------------------------------------
// Laravel's Migrator

export type Driver = 'pgsql' | 'mysql' | 'sqlite';

export class Laravel {
  constructor(
    private readonly driver: Driver,
    private readonly database: string,
    /** More migrator.php options: `--app=DIR`, `--connection=NAME`, `--config=KEY=FILE`, `--prefix=P`. */
    private readonly extra: readonly string[] = [],
  ) {}

  private args(paths: readonly string[], command: string): string[] {
    return [MIGRATOR, `--driver=${this.driver}`, `--database=${this.database}`, ...this.extra, ...paths.map((p) => `--path=${p}`), command];
  }

  raw(paths: readonly string[], command: string): RunResult {
    return run('php', this.args(paths, command));
  }

  /** Run every pending migration among `paths` (dirs or files) as one batch. */
  migrate(paths: readonly string[]): void {
    const r = this.raw(paths, 'migrate');
    if (r.code !== 0) throw new Error(`Laravel migrate failed:\n${r.stderr}`);
  }

  /** The Migrator's own answer: pending migration names, in run order. */
  pending(paths: readonly string[]): string[] {
    const r = this.raw(paths, 'pending');
    if (r.code !== 0) throw new Error(`Laravel pending failed:\n${r.stderr}`);
    return JSON.parse(r.stdout) as string[];
  }

  /**
   * Replay a deployment history: batch i runs the files of batches 0..i, so
   * each `migrate` records exactly that batch's migrations with batch i+1.
   */
  replay(migrationsDir: string, batches: readonly (readonly string[])[]): void {
    const sofar: string[] = [];
    for (const batch of batches) {
      sofar.push(...batch.map((name) => join(migrationsDir, `${name}.php`)));
      this.migrate(sofar);
    }
  }
}

/** Migration names in a folder, the way Laravel names and orders them. */
export function migrationNames(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.php') && f.includes('_'))
    .map((f) => f.slice(0, -'.php'.length))
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * A sample's `history.txt`: one `TAG NAME` line per migration, `#` comments.
 * Numbered tags are deployments (returned in number order, each in file order),
 * `failed` the migrations whose run failed, `unapplied` those never run.
 */
export function readHistory(file: string): { deployments: string[][]; failed: string[]; unapplied: string[] } {
  const deployments = new Map<number, string[]>();
  const failed: string[] = [];
  const unapplied: string[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [tag, name] = t.split(/\s+/) as [string, string];
    if (tag === 'unapplied') unapplied.push(name);
    else if (tag === 'failed') failed.push(name);
    else deployments.set(Number(tag), [...(deployments.get(Number(tag)) ?? []), name]);
  }
  return { deployments: [...deployments.keys()].sort((a, b) => a - b).map((n) => deployments.get(n)!), failed, unapplied };
}

// ---------------------------------------------------------------------------
// migstamp

export interface StatusVerdict {
  migration: string;
  verdict: 'tracked' | 'applied' | 'implied' | 'pending' | 'partial' | 'unknown' | 'orphan';
  [key: string]: unknown;
}

export function migstampAvailable(): boolean {
  return existsSync(MIGSTAMP_BIN);
}

export function migstamp(args: string[]): RunResult {
  return run(process.execPath, [MIGSTAMP_BIN, ...args], { env: { NO_COLOR: '1' } });
}

export function migstampStatus(dump: string, migrationDirs: readonly string[]): { result: RunResult; verdicts: StatusVerdict[] } {
  const result = migstamp(['status', '--dump', dump, ...migrationDirs.flatMap((d) => ['--migrations', d]), '--json']);
  let verdicts: StatusVerdict[] = [];
  try {
    verdicts = (JSON.parse(result.stdout) as { verdicts: StatusVerdict[] }).verdicts;
  } catch {
    // Left empty; the caller asserts on the exit code and shows stderr.
  }
  return { result, verdicts };
}

export function migstampSql(dump: string, migrationDirs: readonly string[], out: string, extra: string[] = []): RunResult {
  return migstamp(['sql', '--dump', dump, ...migrationDirs.flatMap((d) => ['--migrations', d]), '-o', out, ...extra]);
}

// ---------------------------------------------------------------------------

export function tempDir(prefix = 'migstamp-e2e-'): { path: string; cleanup: () => void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, cleanup: () => rmSync(path, { recursive: true, force: true }) };
}
