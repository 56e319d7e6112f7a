/**
 * SequelizeMeta in the shapes sequelize-cli and umzug make besides their default,
 * through the real runner on PostgreSQL, MariaDB and SQLite:
 *
 * - sequelize-cli with `migrationStorageTableName` and `migrationTimestamps: true`
 *   (sequelize-cli src/helpers/umzug-helper.js getStorageOptions: tableName and
 *   timestamps handed to umzug's SequelizeStorage);
 * - umzug's SequelizeStorage with a `modelName` and `timestamps: true`, no tableName
 *   (umzug src/storage/sequelize.ts getModel: `sequelize.define(modelName, { name … },
 *   { tableName, timestamps })`, so Sequelize names the table after the model, pluralised).
 *
 * With `timestamps: true` the model Sequelize defines has createdAt and updatedAt
 * NOT NULL, filled by Sequelize when umzug logs a migration: a stamped row without
 * them would be refused by the engine. Each case migrates the first 24 migrations,
 * keeps the first 6 rows (a restore from an older backup), dumps, runs `migstamp sql
 * --table T`, applies the script, and umzug's pending() must be exactly what did not
 * run or left no trace; every row must carry its timestamps; the next migrate must succeed.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineGate, migstamp, run, tempDir } from './engines.js';
import { Runner, SEQUELIZE_APP, SEQUELIZE_ENGINES, type ScratchDb, type StorageOptions } from './sequelize-runner.js';

const FOLDER = join(SEQUELIZE_APP, 'migrations');
const NAMES = readdirSync(FOLDER).filter((f) => f.endsWith('.js')).sort();
const LAST_RUN = '20240124000000-seed-settings.js';
const KEPT = NAMES.filter((n) => n < '20240107');
/** The create-then-drop pair leaves no trace; the two newest never ran. */
const STAYS_PENDING = ['20240108000000-create-imports.js', '20240109000000-drop-imports.js', ...NAMES.filter((n) => n > LAST_RUN)];
const CLI = join(SEQUELIZE_APP, '..', '..', 'node_modules', '.bin', 'sequelize-cli');

interface StorageCase {
  readonly title: string;
  readonly table: string;
  readonly storage: StorageOptions;
  /** How the first 24 migrations are run: sequelize-cli with these config settings, or umzug in this process. */
  readonly migrate: (db: ScratchDb, runner: Runner) => Promise<void>;
}

const CASES: readonly StorageCase[] = [
  {
    title: 'sequelize-cli, migrationStorageTableName and migrationTimestamps',
    table: 'sequelize2_meta',
    storage: { tableName: 'sequelize2_meta', timestamps: true },
    migrate: async (db) => {
      const env = { ...db.env, MIGRATION_TABLE: 'sequelize2_meta', MIGRATION_TIMESTAMPS: '1' };
      const r = run('sh', ['-c', 'cd "$0" && exec "$@"', SEQUELIZE_APP, CLI, 'db:migrate', '--env', 'development', '--to', LAST_RUN], { env });
      if (r.code !== 0) throw new Error(`sequelize-cli db:migrate failed: ${r.stderr}${r.stdout}`);
    },
  },
  {
    title: "umzug's SequelizeStorage, modelName and timestamps",
    table: 'Migrations',
    storage: { modelName: 'Migration', timestamps: true },
    migrate: (_db, runner) => runner.migrateTo(LAST_RUN),
  },
];

describe.each(SEQUELIZE_ENGINES)('SequelizeMeta shapes on $label', (engine) => {
  const gate = engineGate(`Sequelize storage shapes (${engine.label})`, engine.availability());
  let tmp: { path: string; cleanup: () => void };

  beforeAll(() => {
    if (gate.failure !== null) throw new Error(gate.failure);
    tmp = tempDir('sequelize2-meta-');
  });
  afterAll(() => tmp?.cleanup());

  it.skipIf(gate.skip).each(CASES)('$title: stamped rows carry createdAt/updatedAt and pending() is exact', async ({ title, table, storage, migrate }) => {
    const db = engine.create();
    const runner = new Runner(db, FOLDER, NAMES, storage);
    try {
      await migrate(db, runner);
      expect(await runner.executed()).toEqual(NAMES.filter((n) => n <= LAST_RUN));
      expect((await runner.rows(table)).every((row) => row.stamped)).toBe(true);
      await runner.keepRows(table, KEPT);
      const dump = join(tmp.path, `${title.length}-${table}.sql`);
      db.dump(dump);
      const script = join(tmp.path, `${title.length}-${table}.stamp.sql`);
      const stamped = migstamp(['sql', '--framework', 'sequelize', '--dump', dump, '--migrations', FOLDER, '--table', table, '-o', script, '--force']);
      expect(stamped.code, stamped.stderr).toBe(0);
      const applied = db.apply(script);
      expect(applied.code, applied.stderr).toBe(0);
      expect(await runner.pending()).toEqual(STAYS_PENDING);
      const rows = await runner.rows(table);
      expect(rows.filter((row) => !row.stamped)).toEqual([]);
      expect(rows.length).toBe(NAMES.length - STAYS_PENDING.length);
      await runner.migrateTo();
      expect(await runner.pending()).toEqual([]);
    } finally {
      await runner.close();
      db.drop();
    }
  }, 120_000);
});
