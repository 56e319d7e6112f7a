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
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Availability, PgDatabase, REPO_ROOT, type RunResult, engineGate, migstamp, migstampAvailable, run, tempDir } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const RUNNER = join(REPO_ROOT, 'scripts', 'make-typeorm-samples.mjs');
const SAMPLE = join(REPO_ROOT, 'samples', 'typeorm-app', 'migrations');
const sampleFiles = readdirSync(SAMPLE).filter((file) => file.endsWith('.ts')).sort();

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

function runner(command: 'migrate' | 'pending', db: Engine, files: readonly string[]): RunResult {
  return run(process.execPath, [RUNNER, command, `--engine=${db.engine}`, `--database=${db.database}`, ...files]);
}

function pending(db: Engine, files: readonly string[]): string[] {
  const r = runner('pending', db, files);
  if (r.code !== 0) throw new Error(`TypeORM pending failed:\n${r.stderr}`);
  return JSON.parse(r.stdout) as string[];
}

/** Each run is one runMigrations() over every file of runs 1..N; returns each run's exit. */
function replay(db: Engine, dir: string, runs: readonly (readonly string[])[]): RunResult[] {
  const sofar: string[] = [];
  return runs.map((files) => {
    sofar.push(...files.map((file) => join(dir, file)));
    return runner('migrate', db, sofar);
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
  /** Exit codes of the runs, in order: a run that stops at a failing migration exits 1. */
  readonly runExits: (engine: Engine['engine']) => readonly number[];
  readonly keep: readonly string[];
  readonly expectPending: (engine: Engine['engine']) => readonly string[];
  /** Never stamped, whatever the engine did. */
  readonly neverStamped: readonly string[];
  readonly migrateSucceeds: boolean;
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

const scenarios: Scenario[] = [
  {
    title: 'sample app: rows of runs 4-6 lost, the newest migration never ran',
    runs: [sampleFiles.slice(0, 3), sampleFiles.slice(3, 5), sampleFiles.slice(5, 7), sampleFiles.slice(7, 9), sampleFiles.slice(9, 11), sampleFiles.slice(11, 13)],
    runExits: () => [0, 0, 0, 0, 0, 0],
    keep: sampleFiles.slice(0, 7),
    // The temporary table's pair leaves no trace: both stay pending, and runMigrations re-creates and drops it.
    // SQLite keeps no varchar length that matters, so widening tasks.title leaves nothing to
    // see there: unknown, left for runMigrations, which widens it again harmlessly.
    expectPending: (engine) =>
      [f('1714800000000'), f('1714900000000'), ...(engine === 'sqlite' ? [f('1715200000000')] : []), f('1715300000000')].map(classOf),
    neverStamped: [classOf(f('1715300000000'))],
    migrateSucceeds: true,
  },
  {
    title: 'a run stops at a failing migration (its first statement ran), only run 1 rows kept',
    extra: { [FAILING]: FAILING_SOURCE },
    runs: [sampleFiles.slice(0, 3), [...sampleFiles.slice(3, 5), FAILING, ...sampleFiles.slice(5, 7)]],
    runExits: () => [0, 1],
    keep: sampleFiles.slice(0, 3),
    // transaction "all": PostgreSQL and SQLite roll the whole failed run back; MariaDB commits
    // each DDL statement, so the seed and CreateTasks before the failure stay, with their effects.
    expectPending: (engine) => {
      const after = [FAILING, ...sampleFiles.slice(5)].sort().map((file) => (file === FAILING ? 'AddAuditEvents1714450000000' : classOf(file)));
      return engine === 'mysql' ? after : [...sampleFiles.slice(3, 5).map(classOf), ...after];
    },
    neverStamped: ['AddAuditEvents1714450000000'],
    migrateSucceeds: false,
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
      const dir = join(tmp.path, `${engine.name}-${scenarios.indexOf(scenario)}`);
      run('mkdir', ['-p', dir]);
      for (const file of sampleFiles) copyFileSync(join(SAMPLE, file), join(dir, file));
      for (const [file, source] of Object.entries(scenario.extra ?? {})) writeFileSync(join(dir, file), source);
      const all = readdirSync(dir).sort().map((file) => join(dir, file));
      const db = engine.create();
      try {
        const exits = replay(db, dir, scenario.runs).map((r) => r.code);
        expect(exits).toEqual(scenario.runExits(engine.name));
        keepRows(db, scenario.keep);
        const dump = join(dir, 'restored.sql');
        db.dump(dump);
        const script = join(dir, 'stamp.sql');
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
        expect(next.code === 0, next.stderr).toBe(scenario.migrateSucceeds);
        if (scenario.migrateSucceeds) expect(pending(db, all)).toEqual([]);
      } finally {
        db.drop();
      }
    });
  });
}
