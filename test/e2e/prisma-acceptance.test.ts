/**
 * The acceptance loop for Prisma Migrate over the sample's 24 migrations per provider
 * (samples/prisma-app): deploy its history, damage `_prisma_migrations` as a restore
 * would, dump with the real dump tool, stamp with migstamp, apply with the real client;
 * then the runner's status reports exactly the migrations that never ran, and its next
 * deploy succeeds.
 *
 * The runner: on PostgreSQL and SQLite, Prisma's own schema engine
 * (scripts/prisma/engine.mjs: applyMigrations = migrate deploy, diagnoseMigrationHistory
 * = migrate status, markMigrationRolledBack = migrate resolve --rolled-back). On MariaDB,
 * NOT Prisma's runner (its wasm build has no MySQL connector): scripts/prisma/mariadb-runner.mjs
 * runs each migration.sql with the real mariadb client and writes the rows as the
 * engine's source does, and its status follows diagnose_migration_history.rs.
 *
 * Scenarios per engine: all rows lost; the newest deployment's rows lost; and a history
 * stopped by a failing migration (its first version, broken/<provider>/) whose newest
 * rows were also lost. Migrations whose run the dump cannot show (data only, or rebuilt
 * tables on SQLite) are left out by migstamp; the test, which knows they ran, passes them
 * with --assume-applied as the DBA would, and counts them as missed.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prismaChecksum } from '../../src/frameworks/prisma/migration-files.js';
import { type Availability, PgDatabase, REPO_ROOT, type RunResult, engineGate, migstamp, run, tempDir } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const APP = join(REPO_ROOT, 'samples', 'prisma-app');
const ENGINE = join(REPO_ROOT, 'scripts', 'prisma', 'engine.mjs');
const MARIADB_RUNNER = join(REPO_ROOT, 'scripts', 'prisma', 'mariadb-runner.mjs');

const lines = readFileSync(join(APP, 'history.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split(/\s+/) as [string, string]);
const DEPLOYMENTS = [1, 2, 3].map((n) => lines.filter(([tag]) => tag === String(n)).map(([, name]) => name));
const FAILED = lines.find(([tag]) => tag === 'failed')![1];
const UNAPPLIED = lines.filter(([tag]) => tag === 'unapplied').map(([, name]) => name);
const DEPLOYED = DEPLOYMENTS.flat();

interface PrismaDatabase {
  runner(folder: string, command: string, name?: string): RunResult;
  sql(sql: string): string;
  dump(file: string): void;
  apply(file: string): RunResult;
  drop(): void;
}

interface Engine {
  readonly name: string;
  readonly provider: 'postgresql' | 'mysql' | 'sqlite';
  availability(): Availability;
  create(dir: string): PrismaDatabase;
  /** What a DBA runs to undo the failed migration's first statements before deploying it again. */
  readonly revertFailed: string;
}

function tool(name: string, args: string[]): Availability {
  return run(name, args).code === 0 ? { ok: true, reason: '' } : { ok: false, reason: `${name} ${args.join(' ')} failed` };
}

const ENGINES: readonly Engine[] = [
  {
    name: 'PostgreSQL',
    provider: 'postgresql',
    availability: () => tool('psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1']),
    create() {
      const db = PgDatabase.create('prisma2_e2e');
      const url = `postgresql://${run('id', ['-un']).stdout.trim()}@localhost/${db.name}?host=${process.env.PGHOST ?? '/var/run/postgresql'}`;
      return { runner: (folder, command, name) => run('node', [ENGINE, 'postgresql', url, folder, command, ...(name === undefined ? [] : [name])]), sql: (s) => db.sql(s), dump: (f) => db.dump(f), apply: (f) => db.applyFile(f), drop: () => db.drop() };
    },
    revertFailed: 'ALTER TABLE "Category" DROP COLUMN "slug";',
  },
  {
    name: 'MariaDB (rows written as the engine writes them; not Prisma\'s runner)',
    provider: 'mysql',
    availability: () => tool('mariadb', ['-N', '-e', 'select 1']),
    create() {
      const db = MysqlDatabase.create('prisma2_e2e');
      return { runner: (folder, command, name) => run('node', [MARIADB_RUNNER, db.name, folder, command, ...(name === undefined ? [] : [name])]), sql: (s) => db.sql(s), dump: (f) => db.dump(f), apply: (f) => db.applyFile(f), drop: () => db.drop() };
    },
    revertFailed: 'ALTER TABLE `Category` DROP COLUMN `slug`;',
  },
  {
    name: 'SQLite',
    provider: 'sqlite',
    availability: () => tool('sqlite3', ['--version']),
    create() {
      const db = SqliteDatabase.create();
      return { runner: (folder, command, name) => run('node', [ENGINE, 'sqlite', `file:${db.file}`, folder, command, ...(name === undefined ? [] : [name])]), sql: (s) => db.sql(s), dump: (f) => db.dump(f), apply: (f) => db.applyFile(f), drop: () => db.drop() };
    },
    revertFailed: 'ALTER TABLE "Category" DROP COLUMN "slug";',
  },
];

/** Scenarios run and their outcome, over every engine: printed at the end. */
const tally = { scenarios: 0, falseStamps: 0, missed: 0, missedNames: [] as string[] };

for (const engine of ENGINES) {
  const gate = engineGate(`Prisma acceptance on ${engine.name}`, engine.availability());
  describe.skipIf(gate.skip)(`Prisma Migrate acceptance on ${engine.name}`, () => {
    const tmp = tempDir('prisma2-e2e-');
    const source = join(APP, 'prisma', engine.provider, 'migrations');
    let db: PrismaDatabase | undefined;
    let n = 0;

    const runner = (folder: string, command: string, name?: string): unknown => {
      const out = db!.runner(folder, command, name);
      if (out.code !== 0) throw new Error(`${command}: ${out.stderr}`);
      return JSON.parse(out.stdout);
    };
    /** A migrations folder holding `names` (the failed one in its first version when `broken`). */
    const folder = (names: readonly string[], broken = false): string => {
      const dir = join(tmp.path, `migrations-${(n += 1)}`);
      mkdirSync(dir, { recursive: true });
      cpSync(join(source, 'migration_lock.toml'), join(dir, 'migration_lock.toml'));
      for (const name of names) cpSync(broken && name === FAILED ? join(APP, 'broken', engine.provider, name) : join(source, name), join(dir, name), { recursive: true });
      return dir;
    };
    const deployHistory = (): void => {
      for (let i = 0; i < DEPLOYMENTS.length; i++) expect(runner(folder(DEPLOYMENTS.slice(0, i + 1).flat()), 'deploy')).toEqual({ appliedMigrationNames: DEPLOYMENTS[i] });
    };
    /** migstamp over the dump: the verdicts, its warnings, and the script applied twice; counts false stamps and misses. */
    const stamp = (lost: readonly string[], extra: readonly string[] = []): { verdicts: Record<string, string>; stderr: string } => {
      const dump = join(tmp.path, `dump-${(n += 1)}.sql`);
      db!.dump(dump);
      const all = folder([...DEPLOYED, FAILED, ...UNAPPLIED]);
      const status = migstamp(['status', '--dump', dump, '--migrations', all, '--json']);
      const verdicts = Object.fromEntries((JSON.parse(status.stdout) as { verdicts: { migration: string; verdict: string }[] }).verdicts.map((v) => [v.migration, v.verdict]));
      const stamped = Object.keys(verdicts).filter((name) => verdicts[name] === 'applied' || verdicts[name] === 'implied');
      tally.scenarios += 1;
      tally.falseStamps += stamped.filter((name) => !lost.includes(name)).length;
      const unknown = lost.filter((name) => !stamped.includes(name));
      tally.missed += unknown.length;
      tally.missedNames.push(...unknown.map((name) => `${engine.provider}: ${name} (${verdicts[name]})`));
      const script = join(tmp.path, `stamp-${(n += 1)}.sql`);
      const sql = migstamp(['sql', '--dump', dump, '--migrations', all, '-o', script, ...unknown.flatMap((name) => ['--assume-applied', name]), ...extra]);
      expect(sql.code, sql.stderr).toBe(0);
      for (let i = 0; i < 2; i++) {
        const applied = db!.apply(script);
        expect(applied.code, applied.stderr).toBe(0);
      }
      return { verdicts, stderr: status.stderr };
    };

    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
    });
    afterAll(() => {
      db?.drop();
      tmp.cleanup();
      if (engine === ENGINES[ENGINES.length - 1]) console.log(`Prisma acceptance: ${tally.scenarios} scenarios, ${tally.falseStamps} false stamps, ${tally.missed} missed (left out for want of evidence, stamped with --assume-applied):\n  ${tally.missedNames.join('\n  ')}`);
    });

    it.each([
      { damage: 'all rows lost', lost: DEPLOYED },
      { damage: "the newest deployment's rows lost", lost: DEPLOYMENTS[2]! },
    ])('$damage: stamped, status lists exactly the never-run migrations, and deploy runs them', ({ lost }) => {
      db?.drop();
      db = engine.create(tmp.path);
      deployHistory();
      const rows = db.sql("SELECT migration_name, checksum FROM _prisma_migrations ORDER BY migration_name;").trim().split('\n').map((line) => line.split(/[|\t]/));
      expect(rows).toEqual(DEPLOYED.map((name) => [name, prismaChecksum(readFileSync(join(source, name, 'migration.sql')))]));
      const list = lost.map((name) => `'${name}'`).join(', ');
      db.sql(`DELETE FROM _prisma_migrations WHERE migration_name IN (${list});`);

      const { verdicts } = stamp(lost);
      for (const name of [FAILED, ...UNAPPLIED]) expect(verdicts[name]).toBe('pending');
      const all = folder([...DEPLOYED, FAILED, ...UNAPPLIED]);
      expect(runner(all, 'status')).toMatchObject({ failedMigrationNames: [], editedMigrationNames: [], history: { diagnostic: 'databaseIsBehind', unappliedMigrationNames: [FAILED, ...UNAPPLIED] } });
      expect(runner(all, 'deploy')).toEqual({ appliedMigrationNames: [FAILED, ...UNAPPLIED] });
      expect(runner(all, 'status')).toMatchObject({ failedMigrationNames: [], history: null });
    });

    it('a history stopped by a failing migration: never stamped, warned, still failed in status; resolved, it deploys', () => {
      db?.drop();
      db = engine.create(tmp.path);
      deployHistory();
      expect(() => runner(folder([...DEPLOYED, FAILED], true), 'deploy')).toThrow(/deploy/);
      const unfinished = db.sql(`SELECT count(*) FROM _prisma_migrations WHERE migration_name = '${FAILED}' AND finished_at IS NULL AND rolled_back_at IS NULL;`).trim();
      expect(unfinished).toBe('1');
      const lost = DEPLOYMENTS[2]!;
      db.sql(`DELETE FROM _prisma_migrations WHERE migration_name IN (${lost.map((name) => `'${name}'`).join(', ')});`);

      const { verdicts, stderr } = stamp(lost);
      // Its first statement stayed (the column), its index did not: partial on every engine, so never stamped.
      expect(verdicts[FAILED]).toBe('partial');
      expect(stderr).toContain(`unfinished attempt of ${FAILED}`);
      const all = folder([...DEPLOYED, FAILED, ...UNAPPLIED]);
      expect(runner(all, 'status')).toMatchObject({ failedMigrationNames: [FAILED], history: { diagnostic: 'databaseIsBehind', unappliedMigrationNames: UNAPPLIED } });
      expect(db.sql(`SELECT count(*) FROM _prisma_migrations WHERE migration_name = '${FAILED}' AND finished_at IS NOT NULL;`).trim()).toBe('0');
      expect(() => runner(all, 'deploy')).toThrow(/failed/);

      // What the team does next: mark it rolled back, undo its first statement, deploy the fixed version.
      runner(all, 'resolve-rolled-back', FAILED);
      db.sql(engine.revertFailed);
      expect(runner(all, 'deploy')).toEqual({ appliedMigrationNames: [FAILED, ...UNAPPLIED] });
      expect(runner(all, 'status')).toMatchObject({ failedMigrationNames: [], history: null });
    });
  });
}

