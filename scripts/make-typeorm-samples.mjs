#!/usr/bin/env node
// TypeORM's real migration runner, driven from the command line, for the sample
// dumps and the end-to-end tests (the TypeORM counterpart of scripts/laravel/migrator.php).
//
//   node scripts/make-typeorm-samples.mjs migrate --engine=postgres|mysql|sqlite --database=NAME|FILE [--transaction=all|each|none] [--fail-in=CLASS:N] FILE...
//   node scripts/make-typeorm-samples.mjs pending --engine=... --database=... FILE...
//   node scripts/make-typeorm-samples.mjs samples [postgres|mysql|sqlite]...
//
// `migrate` is DataSource.runMigrations() over exactly the given migration files;
// `pending` prints, as JSON, the names MigrationExecutor.getPendingMigrations()
// returns, after checking that DataSource.showMigrations() (TypeORM's own
// `migration:show`) agrees that something is pending or not. `samples` rebuilds
// samples/typeorm-app/dumps/ from samples/typeorm-app/history.txt.
//
// The migrations are loaded and run by scripts/typeorm-runner.mjs (compiled in
// memory from their TypeScript; nothing is written next to them).
//
// `--fail-in=CLASS:N` makes migration CLASS fail after its first N schema or data
// statements (typeorm-runner.mjs, injectFailure). The migration file itself is
// unchanged, so its name and source are what migstamp reads; the history file marks
// such a run `fail-after=N` on the failing migration's line.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { injectFailure, loadClasses, pendingMigrations, runMigrations } from './typeorm-runner.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function classesOf(options, files) {
  const classes = files.flatMap(loadClasses);
  if (options['fail-in'] !== undefined) injectFailure(classes, options['fail-in']);
  return classes;
}

async function migrate(options, files) {
  return runMigrations(options.engine, options.database, classesOf(options, files), options.transaction ?? 'all');
}

async function pending(options, files) {
  return pendingMigrations(options.engine, options.database, classesOf(options, files));
}

// ---------------------------------------------------------------------------
// Sample dumps

const app = join(root, 'samples', 'typeorm-app');
// MIGSTAMP_SAMPLE_DB: another scratch name, when several work trees rebuild samples on one server.
const sampleDb = process.env.MIGSTAMP_SAMPLE_DB ?? 'typeorm_migstamp_sample';
// pg_dump 15.14+ prints `\restrict <random key>`; a fixed key keeps the files diffable.
const PG_RESTRICT_KEY = 'migstampTypeormSampleKey';

function sh(cmd, args, input) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', input, maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** history.txt: "<run> <file> [fail-after=N]" and "unapplied <file>" lines; a failing run is the last. */
function history() {
  const runs = new Map();
  const unapplied = [];
  let failing = null;
  for (const line of readFileSync(join(app, 'history.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [run, file, mark] = t.split(/\s+/);
    if (run === 'unapplied') unapplied.push(file);
    else runs.set(Number(run), [...(runs.get(Number(run)) ?? []), file]);
    if (mark !== undefined) failing = `${classNameOf(file)}:${/^fail-after=(\d+)$/.exec(mark)[1]}`;
  }
  return { runs: [...runs.entries()].sort((a, b) => a[0] - b[0]).map(([, files]) => files), unapplied, failing };
}

/** Each run is one runMigrations() over every file of runs 1..N, as a deployment would; the failing run must fail. */
async function replay(engine, database) {
  const { runs, unapplied, failing } = history();
  const sofar = [];
  for (const [n, files] of runs.entries()) {
    sofar.push(...files.map((file) => join(app, 'migrations', file)));
    const last = n === runs.length - 1;
    if (last && failing !== null) {
      const failed = await migrate({ engine, database, 'fail-in': failing }, sofar).then(() => false, () => true);
      if (!failed) throw new Error(`run ${n + 1} was to fail in ${failing}, and did not`);
    } else {
      await migrate({ engine, database }, sofar);
    }
  }
  const left = await pending({ engine, database }, [...sofar, ...unapplied.map((file) => join(app, 'migrations', file))]);
  process.stderr.write(`   pending after the history: ${left.join(', ')}\n`);
  if (failing === null) {
    const expected = unapplied.map((file) => classNameOf(file));
    if (JSON.stringify(left) !== JSON.stringify(expected)) throw new Error(`pending ${JSON.stringify(left)}, expected ${JSON.stringify(expected)}`);
  }
  return runs;
}

/** TypeORM's CLI names the class of `{timestamp}-{Name}.ts` `{Name}{timestamp}`. */
function classNameOf(file) {
  const [, timestamp, name] = /^(\d{13})-(.+)\.[cm]?[jt]s$/.exec(basename(file));
  return `${name}${timestamp}`;
}

/** The rows of runs after `keep` disappear, as a restore from an older backup leaves the table. */
function damageSql(runs, keep) {
  const lost = runs.slice(keep).flat().map((file) => `'${classNameOf(file)}'`);
  return `DELETE FROM migrations WHERE name IN (${lost.join(', ')});`;
}

const KEEP_RUNS = 3;

async function makePostgres(out) {
  sh('dropdb', ['--if-exists', sampleDb]);
  sh('createdb', [sampleDb]);
  const runs = await replay('postgres', sampleDb);
  sh('pg_dump', ['--restrict-key', PG_RESTRICT_KEY, '-d', sampleDb, '-f', join(out, 'postgres-full.sql')]);
  sh('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', sampleDb], `${damageSql(runs, KEEP_RUNS)}\nSELECT setval('migrations_id_seq', (SELECT max(id) FROM migrations));\n`);
  sh('pg_dump', ['--restrict-key', PG_RESTRICT_KEY, '-d', sampleDb, '-f', join(out, 'postgres-restored.sql')]);
  sh('dropdb', [sampleDb]);
}

async function makeMysql(out) {
  sh('mariadb', ['-e', `DROP DATABASE IF EXISTS ${sampleDb}; CREATE DATABASE ${sampleDb}`]);
  const runs = await replay('mysql', sampleDb);
  writeFileSync(join(out, 'mysql-full.sql'), sh('mysqldump', [sampleDb]));
  sh('mariadb', [sampleDb], `${damageSql(runs, KEEP_RUNS)}\nALTER TABLE migrations AUTO_INCREMENT = 1;\n`);
  writeFileSync(join(out, 'mysql-restored.sql'), sh('mysqldump', [sampleDb]));
  sh('mariadb', ['-e', `DROP DATABASE ${sampleDb}`]);
}

async function makeSqlite(out) {
  const tmp = mkdtempSync(join(tmpdir(), 'typeorm-sample-'));
  const file = join(tmp, `${sampleDb}.sqlite`);
  try {
    const runs = await replay('sqlite', file);
    writeFileSync(join(out, 'sqlite-full.sql'), sh('sqlite3', [file, '.dump']));
    sh('sqlite3', ['-bail', file], `${damageSql(runs, KEEP_RUNS)}\nUPDATE sqlite_sequence SET seq = (SELECT max(id) FROM migrations) WHERE name = 'migrations';\n`);
    writeFileSync(join(out, 'sqlite-restored.sql'), sh('sqlite3', [file, '.dump']));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

async function samples(engines) {
  const out = join(app, 'dumps');
  mkdirSync(out, { recursive: true });
  const makers = { postgres: makePostgres, mysql: makeMysql, sqlite: makeSqlite };
  for (const engine of engines.length === 0 ? Object.keys(makers) : engines) {
    if (!(engine in makers)) throw new Error(`unknown engine ${engine} (postgres|mysql|sqlite)`);
    process.stderr.write(`== ${engine}\n`);
    await makers[engine](out);
  }
}

// ---------------------------------------------------------------------------

function parse(args) {
  const options = {};
  const files = [];
  for (const arg of args) {
    const match = /^--([\w-]+)=(.*)$/.exec(arg);
    if (match) options[match[1]] = match[2];
    else files.push(resolve(arg));
  }
  return { options, files };
}

const [command, ...rest] = process.argv.slice(2);
try {
  const { options, files } = parse(rest);
  if (command === 'migrate') {
    process.stdout.write(`${JSON.stringify(await migrate(options, files))}\n`);
  } else if (command === 'pending') {
    process.stdout.write(`${JSON.stringify(await pending(options, files))}\n`);
  } else if (command === 'samples') {
    await samples(rest);
  } else {
    throw new Error('usage: make-typeorm-samples.mjs migrate|pending --engine=E --database=D FILE... | samples [ENGINE...]');
  }
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
