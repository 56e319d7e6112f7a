/**
 * The acceptance loop for Sequelize, on PostgreSQL, MariaDB and SQLite:
 * sequelize-cli's real `db:migrate` (umzug v2 + SequelizeStorage) → the engine's
 * real dump tool → a restore that lost the newest SequelizeMeta rows →
 * `migstamp sql --framework sequelize` → the engine's client applies the script →
 * umzug's own `pending()` (samples/sequelize-app/status.js) must be exactly the
 * expected set, and the next `db:migrate` must succeed.
 * A second history stops at a migration that fails after its first statement:
 * it must never be stamped.
 */
import { copyFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgDatabase, REPO_ROOT, engineGate, migstamp, mysqlAvailability, postgresAvailability, run, sqliteAvailability, tempDir, type RunResult } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const APP = join(REPO_ROOT, 'samples', 'sequelize-app');
const CLI = join(REPO_ROOT, 'node_modules', '.bin', 'sequelize-cli');
const MIGRATIONS = readdirSync(join(APP, 'migrations')).filter((f) => f.endsWith('.js')).sort();

/** One engine: a scratch database, how Sequelize reaches it, and its dump and client. */
interface Engine {
  readonly env: NodeJS.ProcessEnv;
  dump(file: string): void;
  apply(file: string): RunResult;
  sql(sql: string): string;
  drop(): void;
}

function postgres(): Engine {
  const db = PgDatabase.create('sequelize_e2e');
  return { env: { DB_DIALECT: 'postgres', DB_NAME: db.name }, dump: (file) => db.dump(file), apply: (file) => db.applyFile(file), sql: (sql) => db.sql(sql), drop: () => db.drop() };
}

function mariadb(): Engine {
  const db = MysqlDatabase.create('sequelize_e2e');
  return { env: { DB_DIALECT: 'mysql', DB_NAME: db.name }, dump: (file) => db.dump(file), apply: (file) => db.applyFile(file), sql: (sql) => db.sql(sql), drop: () => db.drop() };
}

function sqlite(): Engine {
  const db = SqliteDatabase.create();
  return { env: { DB_DIALECT: 'sqlite', DB_STORAGE: db.file }, dump: (file) => db.dump(file), apply: (file) => db.applyFile(file), sql: (sql) => db.sql(sql), drop: () => db.drop() };
}

/** sequelize-cli itself, from the sample's folder (its .sequelizerc), on another migrations folder when given. */
function dbMigrate(engine: Engine, folder: string, to?: string): RunResult {
  const args = ['db:migrate', '--env', 'development', '--migrations-path', folder, ...(to === undefined ? [] : ['--to', to])];
  return run('sh', ['-c', 'cd "$0" && exec "$@"', APP, CLI, ...args], { env: engine.env });
}

function umzugStatus(engine: Engine, folder: string): { executed: string[]; pending: string[] } {
  const r = run('sh', ['-c', 'cd "$0" && exec node status.js "$1"', APP, folder], { env: engine.env });
  if (r.code !== 0) throw new Error(`status.js failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as { executed: string[]; pending: string[] };
}

function quoted(names: readonly string[]): string {
  return names.map((name) => `'${name.replace(/'/g, "''")}'`).join(', ');
}

const ENGINES = [
  { name: 'PostgreSQL', make: postgres, availability: postgresAvailability, metaTable: '"SequelizeMeta"' },
  { name: 'MariaDB', make: mariadb, availability: mysqlAvailability, metaTable: '`SequelizeMeta`' },
  { name: 'SQLite', make: sqlite, availability: sqliteAvailability, metaTable: '"SequelizeMeta"' },
] as const;

/**
 * Migrations the dump cannot show on an engine, which stay pending there (safe: db:migrate runs them again):
 * the create-then-drop pair everywhere; on SQLite also the index that the table rebuild of a later
 * changeColumn silently drops (sequelize src/dialects/sqlite/query-interface.js changeColumn).
 */
const STAYS_PENDING: Readonly<Record<string, readonly string[]>> = {
  PostgreSQL: ['20240108000000-create-imports.js', '20240109000000-drop-imports.js'],
  MariaDB: ['20240108000000-create-imports.js', '20240109000000-drop-imports.js'],
  SQLite: ['20240106000000-index-posts-by-user.js', '20240108000000-create-imports.js', '20240109000000-drop-imports.js'],
};

describe.each(ENGINES)('Sequelize acceptance on $name', ({ name, make, availability, metaTable }) => {
  const gate = engineGate(`sequelize acceptance (${name})`, availability());
  let engine: Engine;
  let tmp: { path: string; cleanup: () => void };

  beforeAll(() => {
    if (gate.failure !== null) throw new Error(gate.failure);
    tmp = tempDir('sequelize-e2e-');
  });
  afterAll(() => tmp?.cleanup());

  it.skipIf(gate.skip)('a restore that lost the newest rows: stamped back to exactly what ran', () => {
    engine = make();
    try {
      const migrated = dbMigrate(engine, join(APP, 'migrations'));
      expect(migrated.code, migrated.stderr + migrated.stdout).toBe(0);
      const kept = MIGRATIONS.slice(0, 5);
      engine.sql(`DELETE FROM ${metaTable} WHERE name NOT IN (${quoted(kept)});`);
      const dump = join(tmp.path, `${name}.sql`);
      engine.dump(dump);
      const script = join(tmp.path, `${name}-stamp.sql`);
      const stamped = migstamp(['sql', '--framework', 'sequelize', '--dump', dump, '--migrations', join(APP, 'migrations'), '-o', script, '--force']);
      expect(stamped.code, stamped.stderr).toBe(0);
      const applied = engine.apply(script);
      expect(applied.code, applied.stderr).toBe(0);
      // Twice: the script is idempotent.
      expect(engine.apply(script).code).toBe(0);
      expect(umzugStatus(engine, join(APP, 'migrations')).pending.sort()).toEqual([...STAYS_PENDING[name]!].filter((n) => !kept.includes(n)).sort());
      const next = dbMigrate(engine, join(APP, 'migrations'));
      expect(next.code, next.stderr + next.stdout).toBe(0);
      expect(umzugStatus(engine, join(APP, 'migrations')).pending).toEqual([]);
    } finally {
      engine.drop();
    }
  });

  it.skipIf(gate.skip)('a history that stopped at a failing migration: the failed one and those after it are never stamped', () => {
    engine = make();
    const folder = join(tmp.path, `${name}-failing`);
    run('mkdir', ['-p', folder]);
    for (const file of MIGRATIONS) copyFileSync(join(APP, 'migrations', file), join(folder, file));
    const failing = '20240107500000-add-flag-then-fail.js';
    // Its first statement succeeds; its second names a column that does not exist, so it fails at run time.
    writeFileSync(
      join(folder, failing),
      [
        "'use strict';",
        'module.exports = {',
        '  async up(queryInterface, Sequelize) {',
        "    await queryInterface.addColumn('Users', 'flagged', { type: Sequelize.BOOLEAN, allowNull: false, defaultValue: false });",
        "    await queryInterface.addIndex('Users', ['no_such_column']);",
        '  },',
        '};',
        '',
      ].join('\n'),
    );
    try {
      const migrated = dbMigrate(engine, folder);
      expect(migrated.code).not.toBe(0);
      const ran = umzugStatus(engine, folder).executed;
      expect(ran).toEqual(MIGRATIONS.slice(0, 7));
      engine.sql(`DELETE FROM ${metaTable} WHERE name NOT IN (${quoted(MIGRATIONS.slice(0, 3))});`);
      const dump = join(tmp.path, `${name}-failing.sql`);
      engine.dump(dump);
      const status = migstamp(['status', '--framework', 'sequelize', '--dump', dump, '--migrations', folder, '--json']);
      const verdicts = (JSON.parse(status.stdout) as { verdicts: { migration: string; verdict: string; stamp: boolean }[] }).verdicts;
      const stamped = verdicts.filter((v) => v.stamp).map((v) => v.migration);
      expect(stamped).not.toContain(failing);
      for (const never of MIGRATIONS.slice(7)) expect(stamped).not.toContain(never);
      expect(verdicts.find((v) => v.migration === failing)?.verdict).toBe('partial');
      const script = join(tmp.path, `${name}-failing-stamp.sql`);
      expect(migstamp(['sql', '--framework', 'sequelize', '--dump', dump, '--migrations', folder, '-o', script, '--force']).code).toBe(0);
      expect(engine.apply(script).code).toBe(0);
      const pending = umzugStatus(engine, folder).pending;
      expect(pending).toContain(failing);
      expect(pending).toEqual(expect.arrayContaining(MIGRATIONS.slice(7)));
      // Those that ran before the failure are all stamped: nothing after them rebuilt a table.
      expect(pending.filter((n) => MIGRATIONS.slice(3, 7).includes(n))).toEqual([]);
    } finally {
      engine.drop();
    }
  });
});
