#!/usr/bin/env node
// Drizzle's real generator and runner, driven from the command line, for the
// sample (samples/drizzle-app) and the end-to-end tests.
//
//   node scripts/make-drizzle-sample.mjs generate [postgresql|mysql|sqlite]...
//   node scripts/make-drizzle-sample.mjs migrate --engine=postgres|mysql|sqlite --database=NAME|FILE --folder=DIR [--entries=N]
//   node scripts/make-drizzle-sample.mjs pending --engine=... --database=... --folder=DIR
//   node scripts/make-drizzle-sample.mjs samples [postgres|mysql|sqlite]...
//
// `generate` rewrites samples/drizzle-app/drizzle/<dialect>/ with drizzle-kit
// generate, one run per step of scripts/drizzle/steps.mjs (SAMPLE_STEP tells the
// schema which step it is). drizzle-kit asks on a terminal whether a column or
// table is new or renamed; those runs go through script(1) for a terminal, and
// the prompt is answered "rename" (the second choice: down, enter).
//
// `migrate` is drizzle-orm's own migrate() (node-postgres, mysql2, better-sqlite3)
// over the folder; with --entries=N over a copy holding only the first N journal
// entries, as the application stood when it had N migrations.
//
// `pending` prints, as JSON, the journal tags drizzle-orm's migrator would run
// next, decided as it decides (pg-core/dialect.js, mysql-core/dialect.js,
// sqlite-core/dialect.js `migrate`): its own query for the newest row
// (`select id, hash, created_at ... order by created_at desc limit 1`), then every
// journal entry whose `when` is greater than that row's created_at. drizzle-kit
// has no status command for this.
//
// `samples` rebuilds samples/drizzle-app/dumps/ from samples/drizzle-app/history.txt.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { STEPS } from './drizzle/steps.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const app = join(root, 'samples', 'drizzle-app');
const require = createRequire(join(root, 'package.json'));
const KIT = join(root, 'node_modules', 'drizzle-kit', 'bin.cjs');
const FOLDER_OF = { postgres: 'postgresql', mysql: 'mysql', sqlite: 'sqlite' };
const MIGRATIONS_TABLE = '__drizzle_migrations';

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

function options(args) {
  const named = {};
  for (const arg of args) {
    const match = /^--([a-z-]+)=(.*)$/.exec(arg);
    if (match === null) fail(`unexpected argument ${arg}`);
    named[match[1]] = match[2];
  }
  return named;
}

/** drizzle-kit generate for one step; through a terminal, answering "rename", when the step renames. */
async function generateStep(dialect, index, step) {
  const out = join('drizzle', dialect);
  const args = [KIT, 'generate', `--dialect=${dialect}`, '--schema=./src/schema.ts', `--out=./${out}`, `--name=${step.name}`, ...(step.custom ? ['--custom'] : [])];
  const env = { ...process.env, SAMPLE_STEP: String(index + 1), SAMPLE_DIALECT: dialect, FORCE_COLOR: '0' };
  if (!step.rename) {
    const result = spawnSync(process.execPath, args, { cwd: app, env, encoding: 'utf8' });
    if (result.status !== 0) fail(`drizzle-kit generate failed at step ${index + 1}:\n${result.stdout}${result.stderr}`);
  } else {
    await new Promise((done) => {
      const command = args.map((arg) => `'${arg}'`).join(' ');
      const child = spawn('script', ['-qfec', `'${process.execPath}' ${command}`, '/dev/null'], { cwd: app, env });
      let seen = '';
      let answered = 0;
      child.stdout.on('data', (chunk) => {
        seen += chunk.toString();
        const asked = seen.split('renamed from another').length - 1;
        if (asked > answered) {
          answered = asked;
          setTimeout(() => child.stdin.write('\u001b[B'), 300);
          setTimeout(() => child.stdin.write('\r'), 600);
        }
      });
      child.on('close', (code) => {
        if (code !== 0 || answered === 0) fail(`drizzle-kit generate (rename) failed at step ${index + 1}:\n${seen}`);
        done();
      });
    });
  }
  if (dialect === 'mysql' && step.dropOnMysql) {
    const journal = JSON.parse(readFileSync(join(app, out, 'meta', '_journal.json'), 'utf8'));
    const file = join(app, out, `${journal.entries.at(-1).tag}.sql`);
    const kept = readFileSync(file, 'utf8').split('--> statement-breakpoint').filter((part) => !step.dropOnMysql.includes(part.trim()));
    writeFileSync(file, kept.join('--> statement-breakpoint'));
  }
  if (step.custom) {
    const journal = JSON.parse(readFileSync(join(app, out, 'meta', '_journal.json'), 'utf8'));
    const file = join(app, out, `${journal.entries.at(-1).tag}.sql`);
    // The developer writes below drizzle-kit's header line.
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n${step.custom}`);
  }
}

async function generate(dialects) {
  for (const dialect of dialects.length > 0 ? dialects : Object.values(FOLDER_OF)) {
    rmSync(join(app, 'drizzle', dialect), { recursive: true, force: true });
    for (const [index, step] of STEPS.entries()) await generateStep(dialect, index, step);
    process.stdout.write(`${dialect}: ${STEPS.length} migrations\n`);
  }
}

/** A copy of the folder holding only its first `entries` journal entries and their files. */
function truncatedFolder(folder, entries) {
  const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'));
  const copy = mkdtempSync(join(tmpdir(), 'drizzle-entries-'));
  mkdirSync(join(copy, 'meta'));
  const kept = journal.entries.slice(0, entries);
  for (const entry of kept) cpSync(join(folder, `${entry.tag}.sql`), join(copy, `${entry.tag}.sql`));
  writeFileSync(join(copy, 'meta', '_journal.json'), JSON.stringify({ ...journal, entries: kept }, null, 2));
  return copy;
}

/** A drizzle database on the engine, its migrate(), a query run as is, and a way to close it. */
async function connect(engine, database) {
  if (engine === 'postgres') {
    const { Client } = require('pg');
    const client = new Client({ host: process.env.PGHOST ?? '/var/run/postgresql', user: process.env.PGUSER ?? userInfo().username, database });
    await client.connect();
    const db = require('drizzle-orm/node-postgres').drizzle(client);
    return {
      migrate: (folder) => require('drizzle-orm/node-postgres/migrator').migrate(db, { migrationsFolder: folder }),
      newest: async () => (await client.query(`select id, hash, created_at from "drizzle"."${MIGRATIONS_TABLE}" order by created_at desc limit 1`)).rows[0],
      close: () => client.end(),
    };
  }
  if (engine === 'mysql') {
    const mysql = require('mysql2/promise');
    const connection = await mysql.createConnection({ socketPath: process.env.MYSQL_SOCKET ?? '/run/mysqld/mysqld.sock', user: process.env.MYSQL_USER ?? 'root', database });
    const db = require('drizzle-orm/mysql2').drizzle(connection);
    return {
      migrate: (folder) => require('drizzle-orm/mysql2/migrator').migrate(db, { migrationsFolder: folder }),
      newest: async () => (await connection.query(`select id, hash, created_at from \`${MIGRATIONS_TABLE}\` order by created_at desc limit 1`))[0][0],
      close: () => connection.end(),
    };
  }
  const Database = require('better-sqlite3');
  const sqlite = new Database(database);
  const db = require('drizzle-orm/better-sqlite3').drizzle(sqlite);
  return {
    migrate: async (folder) => require('drizzle-orm/better-sqlite3/migrator').migrate(db, { migrationsFolder: folder }),
    newest: async () => sqlite.prepare(`SELECT id, hash, created_at FROM "${MIGRATIONS_TABLE}" ORDER BY created_at DESC LIMIT 1`).get(),
    close: async () => sqlite.close(),
  };
}

async function migrate(named) {
  const folder = named.entries === undefined ? named.folder : truncatedFolder(named.folder, Number(named.entries));
  const db = await connect(named.engine, named.database);
  try {
    await db.migrate(folder);
  } catch (error) {
    process.stderr.write(`drizzle migrate failed: ${error.cause?.message ?? error.message}\n`);
    process.exitCode = 1;
  } finally {
    await db.close();
    if (folder !== named.folder) rmSync(folder, { recursive: true, force: true });
  }
}

async function pending(named) {
  const journal = JSON.parse(readFileSync(join(named.folder, 'meta', '_journal.json'), 'utf8'));
  const db = await connect(named.engine, named.database);
  try {
    const newest = await db.newest();
    const tags = journal.entries.filter((entry) => newest === undefined || Number(newest.created_at) < entry.when).map((entry) => entry.tag);
    process.stdout.write(`${JSON.stringify(tags)}\n`);
  } finally {
    await db.close();
  }
}

/**
 * samples/drizzle-app/history.txt: `runs N1 N2 ...` (the journal entries the
 * application had at each deployment) and `kept K` (rows of the first K entries
 * survive the restore).
 */
function history() {
  const lines = readFileSync(join(app, 'history.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#'));
  const value = (key) => lines.find((line) => line.startsWith(`${key} `))?.slice(key.length + 1).trim().split(/\s+/).map(Number);
  return { runs: value('runs'), kept: value('kept')[0] };
}

function sh(command, args, input) {
  const result = spawnSync(command, args, { input, encoding: 'utf8' });
  if (result.status !== 0) fail(`${command} ${args.join(' ')} failed: ${result.stderr}`);
  return result.stdout;
}

async function samples(engines) {
  const { runs, kept } = history();
  mkdirSync(join(app, 'dumps'), { recursive: true });
  for (const engine of engines.length > 0 ? engines : Object.keys(FOLDER_OF)) {
    const folder = join(app, 'drizzle', FOLDER_OF[engine]);
    const journal = JSON.parse(readFileSync(join(folder, 'meta', '_journal.json'), 'utf8'));
    const since = journal.entries[kept - 1].when;
    const name = `drizzle_sample_${process.pid}`;
    const scratch = mkdtempSync(join(tmpdir(), 'drizzle-sample-'));
    const database = engine === 'sqlite' ? join(scratch, 'app.sqlite') : name;
    if (engine === 'postgres') sh('createdb', [name]);
    if (engine === 'mysql') sh('mariadb', ['-e', `CREATE DATABASE \`${name}\``]);
    try {
      for (const entries of runs) {
        const result = spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'migrate', `--engine=${engine}`, `--database=${database}`, `--folder=${folder}`, `--entries=${entries}`], { encoding: 'utf8' });
        if (result.status !== 0) fail(`migrate failed: ${result.stderr}`);
      }
      // The restore brings back an older tracking table: the rows of the first `kept` migrations.
      const out = join(app, 'dumps', `${engine}.sql`);
      if (engine === 'postgres') {
        sh('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', name, '-c', `DELETE FROM drizzle.${MIGRATIONS_TABLE} WHERE created_at > ${since}`]);
        sh('pg_dump', ['-d', name, '-f', out]);
      } else if (engine === 'mysql') {
        sh('mariadb', [name, '-e', `DELETE FROM ${MIGRATIONS_TABLE} WHERE created_at > ${since}`]);
        writeFileSync(out, sh('mysqldump', [name]));
      } else {
        sh('sqlite3', [database, `DELETE FROM ${MIGRATIONS_TABLE} WHERE created_at > ${since}`]);
        writeFileSync(out, sh('sqlite3', [database, '.dump']));
      }
      process.stdout.write(`${out}\n`);
    } finally {
      if (engine === 'postgres') spawnSync('dropdb', ['--if-exists', name]);
      if (engine === 'mysql') spawnSync('mariadb', ['-e', `DROP DATABASE IF EXISTS \`${name}\``]);
      rmSync(scratch, { recursive: true, force: true });
    }
  }
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'generate') await generate(rest);
else if (command === 'samples') await samples(rest);
else if (command === 'migrate') await migrate(options(rest));
else if (command === 'pending') await pending(options(rest));
else fail('usage: make-drizzle-sample.mjs generate|samples|migrate|pending ...');
