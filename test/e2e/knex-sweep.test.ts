/**
 * The prefix sweep for Knex: histories of the Knex sample (samples/knex-app, 27
 * migrations) that stop, or fail partway, at every point, on PostgreSQL, MariaDB
 * and SQLite, with Knex's own Migrator as the judge.
 *
 * For each cut k:
 *
 *   plain  the first k migrations ran, in the batches of the sample's history
 *          (history.txt; a cut inside a batch is a run that stopped there);
 *   fail   the first k ran, then a run of migration k+1 failed after its first
 *          schema statement;
 *
 * then, for each damage a restore from an older backup does to knex_migrations
 * ("newest-lost": the rows of the newest batch are gone, when there are two
 * batches or more; "all-lost": no row survives): dump with pg_dump / mysqldump /
 * sqlite3 .dump → `migstamp sql` on the ORIGINAL sources → apply the script with
 * psql / mariadb / sqlite3 → Knex's `migrate.list()` over all 27 files.
 *
 * The hard rule: every migration that did not complete (Knex had no row for it
 * before the damage) must still be pending: a false stamp fails the test. A
 * completed migration left pending ("missed") is allowed only when migstamp's
 * verdict for it is unknown, partial or pending, with a reason; those are
 * counted and printed. After every plain all-lost scenario Knex's next
 * `migrate.latest()` over all files must succeed.
 *
 * Decisions:
 * - Knex runs in this process (the devDependency, as scripts/knex/runner.mjs
 *   uses it) over a migration source that lists the built files
 *   (scripts/knex/build.mjs: TypeScript to CommonJS, the app's modules beside
 *   them) and names them as FsMigrations does (the file name, extension
 *   included). A process per run would cost about half a second each; there
 *   are several runs per scenario.
 * - Failing partway is a runner hook, not an edited copy: Knex's `beforeEach`
 *   (Migrator.js `_waterfallBatch`) hands the hook the transaction the migration
 *   runs in; for migration k+1 it listens to that transaction's `query` events
 *   and throws when the second schema statement (CREATE/ALTER/DROP/INSERT/
 *   UPDATE/DELETE) is about to be sent, which rejects that query, so up() fails
 *   with its first statement sent. The migration's own file runs unchanged,
 *   which an edited copy could not promise for helpers in other modules. A
 *   migration that sends a single schema statement completes despite the hook
 *   and is counted as such: failing after its last statement would leave every
 *   effect in place, which no reading of a dump can tell from a completed run.
 *   PostgreSQL and SQLite roll the failed batch back; MariaDB keeps the first
 *   statement (its DDL commits).
 * - The migstamp runs are in-process (src/cli/run.ts `run`, as the golden tests
 *   call it), with the script written to a file and applied by the real client.
 * - Cuts are strided over the engines (k mod 3 picks the engine), so the three
 *   together cover every cut k = 1…27 (plain) and k = 0…26 (fail) once.
 *
 * Engines follow the suite's convention: with MIGSTAMP_REQUIRE_ENGINES=1 a
 * missing engine fails the sweep, otherwise it skips with a warning.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import knexFactory, { type Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as migstamp } from '../../src/cli/run.js';
import { runOptions } from '../support/run-options.js';
import { PgDatabase, type RunResult, engineGate, run, tempDir } from './engines.js';
import { KNEX_APP, builtName, deploy, knexHistory } from './knex-engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const SOURCES = join(KNEX_APP, 'migrations');
const history = knexHistory();
/** The deployment order: the history's batches, then the failed and never-run files as one more run. */
const SOURCE_RUNS: readonly (readonly string[])[] = [...history.batches, [...history.failed, ...history.unapplied]];
/** The same, as the runner names the built files. */
const RUNS = SOURCE_RUNS.map((batch) => batch.map(builtName));
const FILES = RUNS.flat();

interface SweepDb {
  sql(sql: string): string;
  dump(file: string): void;
  applyFile(file: string): RunResult;
  drop(): void;
}

interface SweepEngine {
  readonly name: 'postgres' | 'mariadb' | 'sqlite';
  /** Which cuts this engine sweeps: those with k % 3 === slot. */
  readonly slot: number;
  availability(): { ok: boolean; reason: string };
  create(): { db: SweepDb; config: Knex.Config };
  /** Puts the id counter back where a backup without the deleted rows had it. */
  readonly resetCounter: string;
}

const tool = (name: string, args: string[]) => (run(name, args).code === 0 ? { ok: true, reason: '' } : { ok: false, reason: `${name} ${args.join(' ')} failed` });
const quiet = { warn() {}, deprecate() {}, debug() {} };

const ENGINES: readonly SweepEngine[] = [
  {
    name: 'postgres',
    slot: 0,
    availability: () => tool('psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1']),
    create: () => {
      const db = PgDatabase.create('knex2_sweep');
      const connection = { host: process.env.PGHOST ?? '/var/run/postgresql', database: db.name, user: process.env.PGUSER ?? process.env.USER ?? 'root' };
      return { db, config: { client: 'pg', connection, log: quiet } };
    },
    resetCounter: "SELECT setval('knex_migrations_id_seq', coalesce((SELECT max(id) FROM knex_migrations), 1), (SELECT count(*) > 0 FROM knex_migrations));",
  },
  {
    name: 'mariadb',
    slot: 1,
    availability: () => tool('mariadb', ['-N', '-e', 'select 1']),
    create: () => {
      const db = MysqlDatabase.create('knex2_sweep');
      const connection = { socketPath: process.env.MYSQL_SOCKET ?? '/run/mysqld/mysqld.sock', database: db.name, user: process.env.USER ?? 'root' };
      return { db, config: { client: 'mysql2', connection, log: quiet } };
    },
    resetCounter: 'ALTER TABLE knex_migrations AUTO_INCREMENT = 1;',
  },
  {
    name: 'sqlite',
    slot: 2,
    availability: () => tool('sqlite3', ['--version']),
    create: () => {
      const db = SqliteDatabase.create();
      return { db, config: { client: 'better-sqlite3', connection: { filename: db.file }, useNullAsDefault: true, log: quiet } };
    },
    resetCounter: "UPDATE sqlite_sequence SET seq = coalesce((SELECT max(id) FROM knex_migrations), 0) WHERE name = 'knex_migrations';",
  },
];

/** A migration source over the built files: the given names, loaded from `built`, named as FsMigrations names them. */
function source(built: string, files: readonly string[]): Knex.MigrationSource<string> {
  return {
    getMigrations: async () => [...files],
    getMigrationName: (file) => file,
    getMigration: async (file) => (await import(pathToFileURL(join(built, file)).href)) as Knex.Migration,
  };
}

/** Knex 3.3's types leave out the hooks its Migrator calls around each migration (Migrator.js `_waterfallBatch`). */
interface MigratorHooks {
  beforeEach?: (trx: Knex, migrations: string[]) => Promise<void>;
  afterEach?: (trx: Knex, migrations: string[]) => Promise<void>;
}

const SCHEMA_STATEMENT = /^\s*(?:create|alter|drop|insert|update|delete)\b/i;

/**
 * Knex's `beforeEach` and `afterEach` hooks that make `failing` fail when its
 * second schema statement is about to be sent (see the file's comment). The
 * listener stays on the transaction, so it is disarmed once up() has returned:
 * the Migrator's own INSERT into knex_migrations is not the migration's.
 */
function failAfterFirstStatement(failing: string): Required<MigratorHooks> {
  let sent = 0;
  let armed = false;
  return {
    beforeEach: async (trx: Knex, migrations: string[]) => {
      if (!migrations.includes(failing)) return;
      armed = true;
      trx.on('query', (query: { sql: string }) => {
        if (!armed || !SCHEMA_STATEMENT.test(query.sql)) return;
        sent += 1;
        if (sent >= 2) throw new Error(`knex sweep: ${failing} fails after its first schema statement`);
      });
    },
    afterEach: async () => {
      armed = false;
    },
  };
}

async function withKnex<T>(config: Knex.Config, migrations: Knex.MigratorConfig & MigratorHooks, body: (knex: Knex) => Promise<T>): Promise<T> {
  const knex = knexFactory({ ...config, migrations });
  try {
    return await body(knex);
  } finally {
    await knex.destroy();
  }
}

async function listed(config: Knex.Config, built: string): Promise<{ completed: string[]; pending: string[] }> {
  return withKnex(config, { migrationSource: source(built, FILES) }, async (knex) => {
    const [completed, pending] = (await knex.migrate.list()) as [{ name: string }[], string[]];
    return { completed: completed.map((row) => row.name), pending: [...pending] };
  });
}

interface Tally {
  scenarios: number;
  falseStamps: string[];
  missed: string[];
  failNotReached: number;
}

for (const engine of ENGINES) {
  const gate = engineGate(`Knex prefix sweep on ${engine.name}`, engine.availability());

  describe.skipIf(gate.skip)(`Knex prefix sweep on ${engine.name} (Knex's Migrator, real dump, real client)`, () => {
    // Made when the suite runs, not when it is collected: a filtered-out suite runs no afterAll.
    let tmp = { path: '', cleanup: () => {} };
    let built = '';
    const tally: Tally = { scenarios: 0, falseStamps: [], missed: [], failNotReached: 0 };
    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
      tmp = tempDir(`knex2-sweep-${engine.name}-`);
      built = join(tmp.path, 'deploy', 'migrations');
      deploy(built, SOURCE_RUNS.flat().map((file) => join(SOURCES, file)));
    });
    afterAll(() => tmp.cleanup());

    /** Damage, dump, stamp, apply, ask Knex; counts the scenario. Returns the script's exit code for the caller's checks. */
    async function judge(label: string, db: SweepDb, config: Knex.Config, damage: string, completed: readonly string[]): Promise<void> {
      db.sql(`${damage}\n${engine.resetCounter}\n`);
      const dump = join(tmp.path, `${label}.sql`);
      db.dump(dump);
      // The runner loads a build: with every row lost, nothing in the dump says so, and a user says it.
      const options = { ...runOptions({ command: 'sql', dump, framework: 'knex', migrations: [SOURCES] }), extension: 'js' };
      const result = await migstamp(options);
      expect(result.exitCode, `${label}: ${result.notes.join('\n')}`).toBe(0);
      const script = join(tmp.path, `${label}.stamp.sql`);
      writeFileSync(script, result.stdout);
      const applied = db.applyFile(script);
      expect(applied.code, `${label}: ${applied.stderr}`).toBe(0);
      const after = await listed(config, built);
      tally.scenarios += 1;
      const done = new Set(completed);
      for (const file of after.completed) if (!done.has(file)) tally.falseStamps.push(`${label}: ${file}`);
      const missed = completed.filter((file) => after.pending.includes(file));
      if (missed.length === 0) return;
      const status = await migstamp({ ...options, command: 'status', json: true });
      const verdicts = new Map((JSON.parse(status.stdout) as { verdicts: { migration: string; verdict: string; reason: string }[] }).verdicts.map((v) => [v.migration, v]));
      for (const file of missed) {
        const verdict = verdicts.get(file.replace(/\.[cm]?js$/, ''));
        const excused = verdict !== undefined && ['unknown', 'partial', 'pending'].includes(verdict.verdict) && verdict.reason !== '';
        expect(excused, `${label}: ${file} completed, is left pending, and migstamp's verdict is ${verdict?.verdict ?? 'none'}`).toBe(true);
        tally.missed.push(`${file} (${verdict!.verdict})`);
      }
    }

    /** Runs the first k files in the history's batches, then (fail) a run of file k+1 that fails; returns the rows Knex then has. */
    async function migrateCut(config: Knex.Config, k: number, fail: boolean): Promise<{ completed: string[]; batches: number; failed: boolean }> {
      let left = k;
      let batches = 0;
      for (const batch of RUNS) {
        if (left === 0) break;
        const files = batch.slice(0, left);
        left -= files.length;
        const ran = FILES.slice(0, k - left);
        await withKnex(config, { migrationSource: source(built, ran) }, (knex) => knex.migrate.latest());
        batches += 1;
      }
      let failed = false;
      if (fail) {
        const { beforeEach, afterEach } = failAfterFirstStatement(FILES[k]!);
        const migrations = { migrationSource: source(built, FILES.slice(0, k + 1)), beforeEach, afterEach };
        failed = await withKnex(config, migrations, (knex) => knex.migrate.latest()).then(
          () => false,
          (error: unknown) => {
            expect(String(error)).toMatch(/fails after its first schema statement/);
            return true;
          },
        );
        if (!failed) batches += 1;
      }
      return { completed: (await listed(config, built)).completed, batches, failed };
    }

    it(`sweeps cuts k ≡ ${engine.slot} (mod 3): no false stamp, misses only with a reason, and migrate succeeds after every plain all-lost stamp`, async () => {
      for (let k = 0; k <= FILES.length; k++) {
        if (k % 3 !== engine.slot) continue;
        for (const fail of [false, true]) {
          if ((!fail && k === 0) || (fail && k === FILES.length)) continue;
          const { db, config } = engine.create();
          try {
            const label = `${engine.name}-k${k}-${fail ? 'fail' : 'plain'}`;
            const cut = await migrateCut(config, k, fail);
            if (fail && !cut.failed) tally.failNotReached += 1;
            if (cut.batches >= 2) await judge(`${label}-newest-lost`, db, config, 'DELETE FROM knex_migrations WHERE batch = (SELECT b FROM (SELECT max(batch) AS b FROM knex_migrations) AS newest);', cut.completed);
            await judge(`${label}-all-lost`, db, config, 'DELETE FROM knex_migrations;', cut.completed);
            if (!fail) {
              await withKnex(config, { migrationSource: source(built, FILES) }, (knex) => knex.migrate.latest());
              expect((await listed(config, built)).pending, `${label}: pending after migrate`).toEqual([]);
            }
          } finally {
            db.drop();
          }
        }
      }
      console.log(`knex sweep on ${engine.name}: ${tally.scenarios} scenarios, ${tally.falseStamps.length} false stamps, ${tally.missed.length} missed${tally.missed.length === 0 ? '' : ` (${[...new Set(tally.missed)].join(', ')})`}, ${tally.failNotReached} fail runs that completed (one schema statement)`);
      expect(tally.falseStamps).toEqual([]);
    }, 300_000);
  });
}
