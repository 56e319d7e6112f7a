/**
 * TypeORM's own runner in this process, for the prefix sweep (typeorm-sweep.test.ts):
 * scripts/typeorm-runner.mjs, the code scripts/make-typeorm-samples.mjs runs from the
 * command line, over the sample app's migrations; its deployment history; and scratch
 * databases of the three engines with what a sweep scenario needs (copies, the dump
 * tool, the client, a restore's damage to the tracking table).
 *
 * In-process because the sweep runs hundreds of `migration:run`s: a DataSource of its
 * own per run costs about 20 ms here, a process about 0.6 s (node, typescript, typeorm).
 */
import { copyFileSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as typeorm from '../../scripts/typeorm-runner.mjs';
import type { MigrationClass, RunnerEngine } from '../../scripts/typeorm-runner.mjs';
import { type Availability, REPO_ROOT, type RunResult, run, runOk, tempDir, uniqueDbName } from './engines.js';
import { runAsync } from './sweep-support.js';

export const TYPEORM_APP = join(REPO_ROOT, 'samples', 'typeorm-app');
export const TYPEORM_MIGRATIONS = join(TYPEORM_APP, 'migrations');

/** TypeORM's CLI names the class of `{timestamp}-{Name}.ts` `{Name}{timestamp}`; the runner's name for it. */
export function classNameOf(file: string): string {
  const m = /^(\d{13})-(.+)\.ts$/.exec(file);
  if (m === null) throw new Error(`${file}: not a TypeORM migration file name`);
  return `${m[2]}${m[1]}`;
}

/** The sample's deployments: migration files in the order they ran, and where each deployment starts in it. */
export interface Deployments {
  readonly order: readonly string[];
  readonly starts: readonly number[];
}

/**
 * samples/typeorm-app/history.txt as deployments: runs 1-10 in order (within a run
 * TypeORM runs files by timestamp), the never-run migrations appended as an 11th,
 * so that cuts reach them. The history's failing last run is one of the sweep's
 * "fail" scenarios; here every run completes.
 */
export function sampleDeployments(): Deployments {
  const runs = new Map<number, string[]>();
  const unapplied: string[] = [];
  for (const line of readFileSync(join(TYPEORM_APP, 'history.txt'), 'utf8').split('\n')) {
    const [run, file] = line.trim().split(/\s+/);
    if (run === undefined || run === '' || run.startsWith('#') || file === undefined) continue;
    if (run === 'unapplied') unapplied.push(file);
    else runs.set(Number(run), [...(runs.get(Number(run)) ?? []), file]);
  }
  const deployments = [...[...runs.entries()].sort((a, b) => a[0] - b[0]).map(([, files]) => [...files].sort()), [...unapplied].sort()];
  const order = deployments.flat();
  const files = readdirSync(TYPEORM_MIGRATIONS).filter((f) => f.endsWith('.ts')).sort();
  if ([...order].sort().join('\n') !== files.join('\n')) throw new Error('history.txt does not list exactly the files of samples/typeorm-app/migrations');
  const starts = deployments.map((_, i) => deployments.slice(0, i).flat().length);
  return { order, starts };
}

/** A `migration:run` that failed: the error TypeORM rethrew. */
export type RunOutcome = { readonly ok: true; readonly ran: readonly string[] } | { readonly ok: false; readonly error: string };

/** The sample's migration classes, each file compiled once; runs and pending lists over any subset of them. */
export class SampleRunner {
  private readonly classes = new Map<string, MigrationClass>();

  constructor(readonly files: readonly string[]) {
    for (const file of files) this.classes.set(file, SampleRunner.load(file));
  }

  private static load(file: string): MigrationClass {
    const found = typeorm.loadClasses(join(TYPEORM_MIGRATIONS, file));
    if (found.length !== 1) throw new Error(`${file}: expected one migration class, found ${found.length}`);
    return found[0]!;
  }

  /** One `migration:run` whose DataSource lists `files` (TypeORM runs the pending ones among them by timestamp). */
  async run(db: TypeormScratch, files: readonly string[]): Promise<RunOutcome> {
    return outcome(typeorm.runMigrations(db.engine, db.database, files.map((f) => this.classes.get(f)!)));
  }

  /**
   * One `migration:run` of `failing` after `before`, `failing` stopped before its
   * second schema or data statement (typeorm-runner.mjs injectFailure, on classes of
   * its own so the cached ones stay whole).
   */
  async runFailing(db: TypeormScratch, before: readonly string[], failing: string): Promise<RunOutcome> {
    const copy = SampleRunner.load(failing);
    typeorm.injectFailure([copy], `${classNameOf(failing)}:1`);
    return outcome(typeorm.runMigrations(db.engine, db.database, [...before.map((f) => this.classes.get(f)!), copy]));
  }

  /** TypeORM's pending list over every file (creates the tracking table when there is none, as TypeORM does). */
  pending(db: TypeormScratch): Promise<string[]> {
    return typeorm.pendingMigrations(db.engine, db.database, this.files.map((f) => this.classes.get(f)!));
  }
}

async function outcome(ran: Promise<string[]>): Promise<RunOutcome> {
  try {
    return { ok: true, ran: await ran };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

// ---------------------------------------------------------------------------
// Scratch databases

/** One scratch database: where TypeORM finds it, and its engine's own tools. */
export interface TypeormScratch {
  readonly engine: RunnerEngine;
  /** A database name, or a file for SQLite. */
  readonly database: string;
  /** The engine's dump tool, as the acceptance tests call it. */
  dump(file: string): void;
  /** The engine's client applies a script, stopping at the first error; never throws. */
  apply(file: string): RunResult;
  /** Schema and rows, byte for byte comparable between two databases of this engine. */
  fingerprint(): string;
  /** Leaves exactly the tracking rows named `keep`, the id counter back at their highest, as a restore from an older backup does. */
  keepRows(keep: readonly string[]): void;
}

export interface TypeormSweepEngine {
  readonly label: string;
  availability(): Availability;
  create(): TypeormScratch;
  /** A copy to change freely (no session may be open on `db`). */
  copy(db: TypeormScratch): TypeormScratch;
  /** Drops `db`; may finish in the background (see finish). */
  release(db: TypeormScratch): void;
  /** Waits for background drops and removes whatever of the sweep's is left; once, at the end. */
  finish(): Promise<void>;
}

/** Database names and folders of this sweep, so that concurrent work on the server is never touched. */
const PREFIX = 'typeorm_sweep';

function tools(names: readonly string[], ping: [string, string[]] | null, engine: string): Availability {
  for (const tool of names) if (run(tool, ['--version']).code !== 0) return { ok: false, reason: `${tool} is not installed` };
  if (ping !== null && run(ping[0], ping[1]).code !== 0) return { ok: false, reason: `${engine} does not answer` };
  return { ok: true, reason: '' };
}

const quoted = (names: readonly string[]): string => names.map((n) => `'${n.replace(/'/g, "''")}'`).join(', ');
const deleteOthers = (keep: readonly string[]): string => `DELETE FROM migrations${keep.length > 0 ? ` WHERE name NOT IN (${quoted(keep)})` : ''};\n`;

function postgres(name: string): TypeormScratch {
  const psql = (sql: string): string => runOk('psql', ['-X', '-q', '-At', '-v', 'ON_ERROR_STOP=1', '-d', name], { input: sql });
  return {
    engine: 'postgres',
    database: name,
    dump: (file) => void runOk('pg_dump', ['-d', name, '-f', file]),
    apply: (file) => run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', name, '-f', file]),
    // pg_dump 15.14+ writes a random \restrict key unless given one.
    fingerprint: () => runOk('pg_dump', ['--restrict-key', 'typeormSweep', '-d', name]),
    keepRows: (keep) => void psql(`${deleteOthers(keep)}SELECT setval('migrations_id_seq', coalesce((SELECT max(id) FROM migrations), 1), (SELECT count(*) > 0 FROM migrations));\n`),
  };
}

function mariadb(name: string): TypeormScratch {
  return {
    engine: 'mysql',
    database: name,
    dump: (file) => writeFileSync(file, runOk('mysqldump', [name])),
    apply: (file) => run('sh', ['-c', 'mariadb --database "$1" < "$0"', file, name]),
    fingerprint: () => runOk('mysqldump', ['--skip-dump-date', '--skip-comments', name]),
    keepRows: (keep) => void runOk('mariadb', ['-N', '-B', name], { input: `${deleteOthers(keep)}ALTER TABLE migrations AUTO_INCREMENT = 1;\n` }),
  };
}

function sqlite(file: string): TypeormScratch {
  return {
    engine: 'sqlite',
    database: file,
    dump: (out) => writeFileSync(out, runOk('sqlite3', [file, '.dump'])),
    apply: (script) => run('sh', ['-c', 'sqlite3 -bail "$0" < "$1"', file, script]),
    fingerprint: () => runOk('sqlite3', [file, '.dump']),
    keepRows: (keep) =>
      void runOk('sqlite3', ['-bail', file], { input: `${deleteOthers(keep)}UPDATE sqlite_sequence SET seq = coalesce((SELECT max(id) FROM migrations), 0) WHERE name = 'migrations';\n` }),
  };
}

/**
 * PostgreSQL: copies are CREATE DATABASE … TEMPLATE; DROP DATABASE forces a
 * checkpoint (about a second here), so drops run in the background, as in
 * Laravel's sweep (sweep-support.ts, postgresEngine).
 */
function postgresEngine(): TypeormSweepEngine {
  const drops: Promise<RunResult>[] = [];
  const create = (template?: string): TypeormScratch => {
    const name = uniqueDbName(PREFIX);
    runOk('createdb', [...(template === undefined ? [] : ['-T', template]), name]);
    return postgres(name);
  };
  return {
    label: 'PostgreSQL',
    availability: () => tools(['psql', 'pg_dump', 'createdb', 'dropdb'], ['psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1']], 'PostgreSQL'),
    create: () => create(),
    copy: (db) => create(db.database),
    release: (db) => void drops.push(runAsync('dropdb', ['--if-exists', db.database])),
    finish: async () => void (await Promise.all(drops.splice(0))),
  };
}

/** MariaDB: copies are mysqldump piped into a new database; drops in the background. */
function mariadbEngine(): TypeormSweepEngine {
  const drops: Promise<RunResult>[] = [];
  const create = (): TypeormScratch => {
    const name = uniqueDbName(PREFIX);
    runOk('mariadb', ['-e', `CREATE DATABASE \`${name}\``]);
    return mariadb(name);
  };
  return {
    label: 'MariaDB',
    availability: () => tools(['mariadb', 'mysqldump'], ['mariadb', ['-N', '-e', 'select 1']], 'MariaDB'),
    create,
    copy: (db) => {
      const copy = create();
      runOk('mariadb', [copy.database], { input: runOk('mysqldump', [db.database]) });
      return copy;
    },
    release: (db) => void drops.push(runAsync('mariadb', ['-e', `DROP DATABASE IF EXISTS \`${db.database}\``])),
    finish: async () => void (await Promise.all(drops.splice(0))),
  };
}

/** SQLite: files in one temporary folder of the sweep's; a copy is a file copy. */
function sqliteEngine(): TypeormSweepEngine {
  let folder: { path: string; cleanup: () => void } | null = null;
  let count = 0;
  const next = (): string => {
    folder ??= tempDir('typeorm-sweep-');
    count += 1;
    return join(folder.path, `db-${count}.sqlite`);
  };
  return {
    label: 'SQLite',
    availability: () => tools(['sqlite3'], null, 'SQLite'),
    create: () => sqlite(next()),
    copy: (db) => {
      const file = next();
      copyFileSync(db.database, file);
      return sqlite(file);
    },
    release: (db) => rmSync(db.database, { force: true }),
    finish: () => {
      folder?.cleanup();
      folder = null;
      return Promise.resolve();
    },
  };
}

export function typeormSweepEngines(): TypeormSweepEngine[] {
  return [postgresEngine(), mariadbEngine(), sqliteEngine()];
}
