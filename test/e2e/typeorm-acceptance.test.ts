/**
 * The acceptance loop for TypeORM, on PostgreSQL, MariaDB and SQLite:
 *
 *   TypeORM's own DataSource.runMigrations() replays a deployment history →
 *   the tracking table loses its newest rows, as a restore from an older backup
 *   leaves it → pg_dump / mysqldump / sqlite3 .dump → migstamp sql --framework
 *   typeorm → the script applied with psql / mariadb / sqlite3 → TypeORM's own
 *   pending list (MigrationExecutor.getPendingMigrations, checked against
 *   DataSource.showMigrations) must be exactly the expected set, and its next
 *   runMigrations() must succeed.
 *
 * The runner is scripts/make-typeorm-samples.mjs, which also makes the sample dumps.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Availability, PgDatabase, REPO_ROOT, type RunResult, engineGate, migstamp, migstampAvailable, run, tempDir } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const RUNNER = join(REPO_ROOT, 'scripts', 'make-typeorm-samples.mjs');
const APP = join(REPO_ROOT, 'samples', 'typeorm-app');
const SAMPLE = join(APP, 'migrations');
const sampleFiles = readdirSync(SAMPLE).filter((file) => file.endsWith('.ts')).sort();
/** The app's modules the migrations import (names, helpers), copied beside each copy of the migrations. */
const APP_MODULES = ['schema-names.ts', 'migration-helpers.ts'];

/** samples/typeorm-app/history.txt: the runs in order, and the migration the last run fails in (`CLASS:N`), if any. */
function sampleHistory(): { runs: string[][]; failIn: string | null } {
  const runs = new Map<number, string[]>();
  let failIn: string | null = null;
  for (const line of readFileSync(join(APP, 'history.txt'), 'utf8').split('\n')) {
    const [run, file, mark] = line.trim().split(/\s+/);
    if (run === undefined || run === '' || run.startsWith('#') || run === 'unapplied' || file === undefined) continue;
    runs.set(Number(run), [...(runs.get(Number(run)) ?? []), file]);
    if (mark !== undefined) failIn = `${classOf(file)}:${/^fail-after=(\d+)$/.exec(mark)![1]}`;
  }
  return { runs: [...runs.entries()].sort((a, b) => a[0] - b[0]).map(([, files]) => files), failIn };
}

/** TypeORM's CLI names the class of `{timestamp}-{Name}.ts` `{Name}{timestamp}`. */
function classOf(file: string): string {
  const [, timestamp, name] = /^(\d{13})-(.+)\.ts$/.exec(file)!;
  return `${name}${timestamp}`;
}

/** One engine as the loop needs it. */
interface Engine {
  readonly engine: 'postgres' | 'mysql' | 'sqlite';
  /** What the runner's --database takes: a database name or a file. */
  readonly database: string;
  sql(sql: string): string;
  dump(file: string): void;
  applyFile(file: string): RunResult;
  drop(): void;
}

const engines: { name: Engine['engine']; availability: () => Availability; create: () => Engine }[] = [
  {
    name: 'postgres',
    availability: () => tools(['psql', 'pg_dump', 'createdb'], ['psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1']], 'PostgreSQL'),
    create: () => {
      const db = PgDatabase.create('typeorm_e2e');
      return { engine: 'postgres', database: db.name, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
  {
    name: 'mysql',
    availability: () => tools(['mariadb', 'mysqldump'], ['mariadb', ['-N', '-e', 'select 1']], 'MariaDB'),
    create: () => {
      const db = MysqlDatabase.create('typeorm_e2e');
      return { engine: 'mysql', database: db.name, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
  {
    name: 'sqlite',
    availability: () => tools(['sqlite3'], null, 'SQLite'),
    create: () => {
      const db = SqliteDatabase.create();
      return { engine: 'sqlite', database: db.file, sql: (s) => db.sql(s), dump: (f) => db.dump(f), applyFile: (f) => db.applyFile(f), drop: () => db.drop() };
    },
  },
];

function tools(names: string[], ping: [string, string[]] | null, engine: string): Availability {
  for (const tool of names) if (run(tool, ['--version']).code !== 0) return { ok: false, reason: `${tool} is not installed` };
  if (ping !== null && run(ping[0], ping[1]).code !== 0) return { ok: false, reason: `${engine} does not answer` };
  return { ok: true, reason: '' };
}

function runner(command: 'migrate' | 'pending', db: Engine, files: readonly string[], extra: readonly string[] = []): RunResult {
  return run(process.execPath, [RUNNER, command, `--engine=${db.engine}`, `--database=${db.database}`, ...extra, ...files]);
}

function pending(db: Engine, files: readonly string[]): string[] {
  const r = runner('pending', db, files);
  if (r.code !== 0) throw new Error(`TypeORM pending failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

/** Each run is one runMigrations() over every file of runs 1..N (the last failing in `failIn`, when given); returns each run's exit. */
function replay(db: Engine, dir: string, runs: readonly (readonly string[])[], failIn: string | null): RunResult[] {
  const sofar: string[] = [];
  return runs.map((files, n) => {
    sofar.push(...files.map((file) => join(dir, file)));
    return runner('migrate', db, sofar, n === runs.length - 1 && failIn !== null ? [`--fail-in=${failIn}`] : []);
  });
}

/** What a restore from an older backup leaves: only the rows of `keep`. */
function keepRows(db: Engine, keep: readonly string[]): void {
  db.sql(`DELETE FROM migrations WHERE name NOT IN (${keep.map((file) => `'${classOf(file)}'`).join(', ')});\n`);
}

interface Scenario {
  readonly title: string;
  /** Migration files (in `dir`) beyond the sample's, written by the test: name → source. */
  readonly extra?: Readonly<Record<string, string>>;
  readonly runs: readonly (readonly string[])[];
  /** `CLASS:N`: the last run fails in CLASS after its first N statements (the runner's --fail-in). */
  readonly failIn?: string | null;
  /** Exit codes of the runs, in order: a run that stops at a failing migration exits 1. */
  readonly runExits: (engine: Engine['engine']) => readonly number[];
  readonly keep: readonly string[];
  readonly expectPending: (engine: Engine['engine']) => readonly string[];
  /** Never stamped, whatever the engine did. */
  readonly neverStamped: readonly string[];
  readonly migrateSucceeds: (engine: Engine['engine']) => boolean;
}

const f = (timestamp: string): string => sampleFiles.find((file) => file.startsWith(timestamp))!;

/** A migration whose first statement succeeds and whose second fails on every engine. */
const FAILING = '1714450000000-AddAuditEvents.ts';
const FAILING_SOURCE = `import { MigrationInterface, QueryRunner } from "typeorm";

export class AddAuditEvents1714450000000 implements MigrationInterface {
    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`CREATE TABLE audit_events (id integer NOT NULL, kind varchar(40) NOT NULL, PRIMARY KEY (id))\`);
        await queryRunner.query(\`ALTER TABLE audit_event_kinds ADD COLUMN label varchar(40)\`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(\`DROP TABLE audit_events\`);
    }
}
`;

const history = sampleHistory();
const named = (...timestamps: string[]): string[] => timestamps.map((timestamp) => classOf(f(timestamp)));

const scenarios: Scenario[] = [
  {
    title: 'sample app as history.txt: rows of runs 4-10 lost, the last run stopped partway, two migrations never ran',
    runs: history.runs,
    failIn: history.failIn,
    runExits: () => history.runs.map((_, n) => (n === history.runs.length - 1 ? 1 : 0)),
    keep: history.runs.slice(0, 3).flat(),
    // The temporary table's pair leaves no trace: both stay pending, and runMigrations re-creates and drops it.
    // The backfill changes data only: unknown, left for runMigrations to repeat.
    // The last run failed in CreateNotifications after its CREATE TABLE: PostgreSQL and SQLite rolled the
    // whole run back (AddSlugToProjects too); MariaDB kept AddSlugToProjects, stamped, and the table
    // without its index: partial, so the next runMigrations stops there ("already exists"), by design.
    // SQLite keeps no varchar length that matters, so widening tasks.title leaves nothing to
    // see there: unknown, left for runMigrations, which widens it again harmlessly.
    expectPending: (engine) =>
      named(
        '1714800000000',
        '1714900000000',
        ...(engine === 'sqlite' ? ['1715200000000'] : []),
        '1715300000000',
        '1715900000000',
        ...(engine === 'mysql' ? [] : ['1716200000000']),
        '1716300000000',
        '1716400000000',
      ),
    neverStamped: named('1715300000000', '1716300000000', '1716400000000'),
    migrateSucceeds: (engine) => engine !== 'mysql',
  },
  {
    title: 'a run stops at a failing migration (its first statement ran), only run 1 rows kept',
    extra: { [FAILING]: FAILING_SOURCE },
    runs: [sampleFiles.slice(0, 3), [...sampleFiles.slice(3, 5), FAILING, ...sampleFiles.slice(5, 7)]],
    failIn: null,
    runExits: () => [0, 1],
    keep: sampleFiles.slice(0, 3),
    // transaction "all": PostgreSQL and SQLite roll the whole failed run back; MariaDB commits
    // each DDL statement, so the seed and CreateTasks before the failure stay, with their effects.
    expectPending: (engine) => {
      const after = [FAILING, ...sampleFiles.slice(5)].sort().map((file) => (file === FAILING ? 'AddAuditEvents1714450000000' : classOf(file)));
      return engine === 'mysql' ? after : [...sampleFiles.slice(3, 5).map(classOf), ...after];
    },
    neverStamped: ['AddAuditEvents1714450000000'],
    migrateSucceeds: () => false,
  },
];

for (const engine of engines) {
  const gate = engineGate(`TypeORM acceptance on ${engine.name}`, engine.availability());
  describe.skipIf(gate.skip)(`TypeORM acceptance on ${engine.name}`, () => {
    const tmp = tempDir('typeorm-e2e-');
    beforeAll(() => {
      if (gate.failure !== null) throw new Error(gate.failure);
      if (!migstampAvailable()) throw new Error('bin/migstamp is missing: run npm run build first');
    });
    afterAll(() => tmp.cleanup());

    it.each(scenarios)('$title', (scenario) => {
      const app = join(tmp.path, `${engine.name}-${scenarios.indexOf(scenario)}`);
      const dir = join(app, 'migrations');
      mkdirSync(dir, { recursive: true });
      for (const file of sampleFiles) copyFileSync(join(SAMPLE, file), join(dir, file));
      for (const file of APP_MODULES) copyFileSync(join(APP, file), join(app, file));
      for (const [file, source] of Object.entries(scenario.extra ?? {})) writeFileSync(join(dir, file), source);
      const all = readdirSync(dir).sort().map((file) => join(dir, file));
      const db = engine.create();
      try {
        const exits = replay(db, dir, scenario.runs, scenario.failIn ?? null).map((r) => r.code);
        expect(exits).toEqual(scenario.runExits(engine.name));
        keepRows(db, scenario.keep);
        const dump = join(app, 'restored.sql');
        db.dump(dump);
        const script = join(app, 'stamp.sql');
        const made = migstamp(['sql', '--framework', 'typeorm', '--dump', dump, '--migrations', dir, '-o', script]);
        expect(made.code, made.stderr).toBe(0);
        const applied = db.applyFile(script);
        expect(applied.code, applied.stderr).toBe(0);
        const left = pending(db, all);
        for (const name of scenario.neverStamped) expect(left).toContain(name);
        expect(left).toEqual(scenario.expectPending(engine.name));
        // Safe to run twice.
        expect(db.applyFile(script).code).toBe(0);
        expect(pending(db, all)).toEqual(left);
        const next = runner('migrate', db, all);
        expect(next.code === 0, next.stderr).toBe(scenario.migrateSucceeds(engine.name));
        if (scenario.migrateSucceeds(engine.name)) expect(pending(db, all)).toEqual([]);
      } finally {
        db.drop();
      }
      // About 15 runner processes at 0.6 s each: the sample's scenario took 27 s on a loaded machine, near the default 30 s.
    }, 120_000);
  });
}
