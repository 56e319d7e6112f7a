/**
 * The acceptance loop with `--app` (issue 10), on PostgreSQL, MariaDB and SQLite:
 * the fixture application test/fixtures/laravel-apps/harbor (two vendor packages
 * whose providers register migrations, one with table names from config(), a
 * prefix `hb_` from .env, `prefix_indexes` on for pgsql and off for mysql and
 * sqlite, a tracking table named in config/database.php) is migrated by Laravel's
 * real Migrator reading that same config (scripts/laravel/migrator.php --app),
 * dumped with the engine's own tool, its tracking table damaged as a restore
 * would; then `migstamp sql --app` with nothing else, the script applied with
 * the engine's client, and the Migrator asked what is pending: exactly the
 * migration that never ran, and its next migrate succeeds.
 *
 * The migration paths given to the Migrator are written out here, from what the
 * fixture's providers register; finding them is migstamp's job, not the test's.
 */
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Availability,
  type Driver,
  Laravel,
  PgDatabase,
  REPO_ROOT,
  type RunResult,
  engineGate,
  migstamp,
  mysqlAvailability,
  postgresAvailability,
  sqliteAvailability,
  runOk,
  tempDir,
} from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const APP = join(REPO_ROOT, 'test', 'fixtures', 'laravel-apps', 'harbor');
const APP_MIGRATIONS = join(APP, 'database', 'migrations');
const AUDIT = join(APP, 'vendor', 'acme', 'audit-log', 'database', 'migrations');
const TAGGING = join(APP, 'vendor', 'acme', 'tagging', 'database', 'migrations');
const TRACKING = 'hb_schema_history';

const file = (dir: string, name: string) => join(dir, `${name}.php`);
/** What ran, deployment by deployment; `add_notes_to_orders_table` never did. */
const BATCHES = [
  [file(APP_MIGRATIONS, '2020_01_01_000000_create_users_table'), file(APP_MIGRATIONS, '2020_01_05_000000_create_products_table'), file(APP_MIGRATIONS, '2020_02_01_000000_create_brands_table'), file(AUDIT, '2021_03_01_000000_create_audit_tables')],
  [file(APP_MIGRATIONS, '2020_02_02_000000_create_collections_table'), file(AUDIT, '2021_06_01_000000_add_actor_to_audit_events'), file(APP_MIGRATIONS, '2022_01_01_000000_create_orders_table'), file(APP_MIGRATIONS, '2022_03_01_000000_create_gift_vouchers_table'), file(APP_MIGRATIONS, '2022_03_02_000000_add_voucher_to_orders_table'), file(APP_MIGRATIONS, '2022_04_01_000000_index_orders_by_creation'), file(TAGGING, '2024_01_01_000000_create_tags_table'), file(TAGGING, '2024_01_01_000001_create_taggables_table')],
];
/** Everything `php artisan migrate` sees in this application. */
const ALL_PATHS = [AUDIT, file(TAGGING, '2024_01_01_000000_create_tags_table'), file(TAGGING, '2024_01_01_000001_create_taggables_table'), APP_MIGRATIONS];
const NEVER_RAN = '2023_01_01_000000_add_notes_to_orders_table';
/**
 * Rows the restore lost: an app migration, both whose up() is the application's base
 * class's (one through parent::up()), a foreignIdFor() of a model keyed by a uuid
 * `code`, raw SQL with DB::getTablePrefix(), both audit-log ones (config table
 * names) and a package-tools one.
 */
const LOST = ['2020_01_05_000000_create_products_table', '2020_02_01_000000_create_brands_table', '2020_02_02_000000_create_collections_table', '2022_03_02_000000_add_voucher_to_orders_table', '2022_04_01_000000_index_orders_by_creation', '2021_03_01_000000_create_audit_tables', '2021_06_01_000000_add_actor_to_audit_events', '2024_01_01_000000_create_tags_table'];

interface EngineDb {
  readonly target: string;
  sql(text: string): string;
  dump(file: string): void;
  /** What `php artisan schema:dump` writes: the schema, then the tracking table's rows. */
  schemaDump(file: string): void;
  applyFile(file: string): RunResult;
  drop(): void;
}

interface Engine {
  readonly driver: Driver;
  readonly label: string;
  availability(): Availability;
  create(): EngineDb;
}

const ENGINES: Engine[] = [
  // PostgresSchemaState / MySqlSchemaState: a schema-only dump, then the tracking table's data appended.
  { driver: 'pgsql', label: 'PostgreSQL', availability: postgresAvailability, create: () => { const db = PgDatabase.create('app_e2e'); return { target: db.name, sql: (t) => db.sql(t), dump: (f) => db.dump(f), schemaDump: (f) => writeFileSync(f, runOk('pg_dump', ['--schema-only', '-d', db.name]) + runOk('pg_dump', ['--data-only', '-t', TRACKING, '-d', db.name])), applyFile: (f) => db.applyFile(f), drop: () => db.drop() }; } },
  { driver: 'mysql', label: 'MariaDB', availability: mysqlAvailability, create: () => { const db = MysqlDatabase.create('app_e2e'); return { target: db.name, sql: (t) => db.sql(t), dump: (f) => db.dump(f), schemaDump: (f) => writeFileSync(f, runOk('mysqldump', ['--no-data', '--routines', db.name]) + runOk('mysqldump', ['--no-create-info', '--skip-extended-insert', db.name, TRACKING])), applyFile: (f) => db.applyFile(f), drop: () => db.drop() }; } },
  { driver: 'sqlite', label: 'SQLite', availability: sqliteAvailability, create: () => { const db = SqliteDatabase.create(); return { target: db.file, sql: (t) => db.sql(t), dump: (f) => db.dump(f), schemaDump: (f) => writeFileSync(f, sqliteSchemaDump(db.file)), applyFile: (f) => db.applyFile(f), drop: () => db.drop() }; } },
];

/** SqliteSchemaState: `.schema` without sqlite_sequence, then the INSERT lines of `.dump 'TABLE'`. */
function sqliteSchemaDump(database: string): string {
  const schema = runOk('sqlite3', [database, '.schema']).split('\n').filter((line) => line !== '' && !line.includes('sqlite_sequence'));
  const rows = runOk('sqlite3', [database, `.dump '${TRACKING}'`]).split('\n').filter((line) => /^INSERT\s/i.test(line));
  return `${[...schema, ...rows].join('\n')}\n`;
}

for (const engine of ENGINES) {
  const gate = engineGate(`--app acceptance on ${engine.label}`, engine.availability());

  describe.skipIf(gate.skip)(`--app acceptance on ${engine.label} (real Laravel Migrator reading the app's config)`, () => {
    const tmp = tempDir('migstamp-app-e2e-');
    let db: EngineDb | null = null;
    let laravel: Laravel;
    let status: { verdict: string; migration: string; origin?: string }[] = [];
    const dump = join(tmp.path, 'restored.sql');
    const full = join(tmp.path, 'full.sql');
    const untracked = join(tmp.path, 'untracked.sql');
    const script = join(tmp.path, 'stamp.sql');
    /** A copy of the application squashed with schema:dump, its two oldest migration files pruned. */
    const squashed = join(tmp.path, 'squashed-app');
    const PRUNED = ['2020_01_01_000000_create_users_table', '2020_01_05_000000_create_products_table'];

    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
      db = engine.create();
      laravel = new Laravel(engine.driver, db.target, [`--app=${APP}`, `--connection=${engine.driver}`, `--config=tagging=${join(APP, 'vendor', 'acme', 'tagging', 'config', 'tagging.php')}`]);
      const sofar: string[] = [];
      for (const batch of BATCHES) {
        sofar.push(...batch);
        laravel.migrate(sofar);
      }
      db.dump(full);
      cpSync(APP, squashed, { recursive: true });
      mkdirSync(join(squashed, 'database', 'schema'));
      db.schemaDump(join(squashed, 'database', 'schema', `${engine.driver}-schema.sql`));
      for (const name of PRUNED) rmSync(file(join(squashed, 'database', 'migrations'), name));
      db.sql(`DELETE FROM ${TRACKING} WHERE migration IN (${LOST.map((name) => `'${name}'`).join(', ')});`);
      db.dump(dump);
    }, 120_000);

    afterAll(() => {
      db?.drop();
      tmp.cleanup();
    });

    it('status --app: the lost rows are applied, with the package each came from; the one that never ran is pending', () => {
      const result = migstamp(['status', '--app', APP, '--connection', engine.driver, '--dump', dump, '--json']);
      expect(result.stderr).not.toMatch(/W-LARAVEL/);
      status = (JSON.parse(result.stdout) as { verdicts: typeof status }).verdicts;
      expect(status.map((v) => [v.migration, v.verdict, v.origin])).toEqual([
        ['2020_01_01_000000_create_users_table', 'tracked', 'app'],
        ['2020_01_05_000000_create_products_table', 'applied', 'app'],
        ['2020_02_01_000000_create_brands_table', 'applied', 'app'],
        ['2020_02_02_000000_create_collections_table', 'applied', 'app'],
        ['2021_03_01_000000_create_audit_tables', 'applied', 'acme/audit-log'],
        ['2021_06_01_000000_add_actor_to_audit_events', 'applied', 'acme/audit-log'],
        ['2022_01_01_000000_create_orders_table', 'tracked', 'app'],
        ['2022_03_01_000000_create_gift_vouchers_table', 'tracked', 'app'],
        ['2022_03_02_000000_add_voucher_to_orders_table', 'applied', 'app'],
        ['2022_04_01_000000_index_orders_by_creation', 'applied', 'app'],
        [NEVER_RAN, 'pending', 'app'],
        ['2024_01_01_000000_create_tags_table', 'applied', 'acme/tagging'],
        ['2024_01_01_000001_create_taggables_table', 'tracked', 'acme/tagging'],
      ]);
    });

    it('without --app the same dump cannot be judged: config() table names, the inherited up(), the prefix in raw SQL stay unknown, the model\'s key is not found', () => {
      const result = migstamp(['status', '--migrations', AUDIT, '--migrations', APP_MIGRATIONS, '--prefix', 'hb_', '--table', TRACKING, '--dump', dump, '--json']);
      const verdicts = (JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string }[] }).verdicts;
      expect(verdicts.filter((v) => /audit|brands|voucher_to|index_orders/.test(v.migration)).map((v) => [v.migration, v.verdict])).toEqual([
        ['2020_02_01_000000_create_brands_table', 'unknown'],
        ['2021_03_01_000000_create_audit_tables', 'unknown'],
        ['2021_06_01_000000_add_actor_to_audit_events', 'unknown'],
        ['2022_03_02_000000_add_voucher_to_orders_table', 'pending'],
        ['2022_04_01_000000_index_orders_by_creation', 'unknown'],
      ]);
    });

    it('a squashed application: rows of pruned migrations are tracked as squashed into the schema file, not orphans', () => {
      const result = migstamp(['status', '--app', squashed, '--connection', engine.driver, '--dump', full, '--json']);
      const report = JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string; evidence: { code: string }[] }[]; summary: { attention: boolean } };
      expect(report.verdicts.filter((v) => PRUNED.includes(v.migration)).map((v) => [v.verdict, v.evidence[0]?.code])).toEqual([['tracked', 'E-SQUASHED'], ['tracked', 'E-SQUASHED']]);
      expect(report.summary.attention).toBe(false);
      expect(result.code).toBe(0);
    });

    it('the script, applied with the engine\'s client, leaves exactly the migration that never ran pending, and migrate then succeeds', () => {
      const written = migstamp(['sql', '--app', APP, '--connection', engine.driver, '--dump', dump, '-o', script]);
      expect(written.code, written.stderr).toBe(0);
      const applied = db!.applyFile(script);
      expect(applied.code, applied.stderr).toBe(0);
      expect(laravel.pending(ALL_PATHS)).toEqual([NEVER_RAN]);
      laravel.migrate(ALL_PATHS);
      expect(laravel.pending(ALL_PATHS)).toEqual([]);
    });

    it('an empty tracking table in a squashed application: a warning that migrate would load the schema file first', () => {
      db!.sql(`DELETE FROM ${TRACKING};`);
      db!.dump(untracked);
      const result = migstamp(['status', '--app', squashed, '--connection', engine.driver, '--dump', untracked]);
      const drops = engine.driver === 'mysql' ? ', whose DROP TABLE IF EXISTS statements drop the restored tables and their data' : ' over the restored tables';
      expect(result.stderr).toContain(`the tracking table is empty, so php artisan migrate would first load ${join(squashed, 'database', 'schema', `${engine.driver}-schema.sql`)}${drops}; stamp the applied migrations (or restore the tracking rows) before migrating [W-BASELINE-FIRST]`);
    });
  });
}
