/**
 * Triggers, routines, sequences and column comments on the real engines: the
 * fixture dumps of test/fixtures/objects (built by Laravel 8.83's Migrator) are
 * restored into a scratch database, migstamp's script is applied, and Laravel's
 * Migrator must then report exactly the migrations migstamp left out. On a
 * database that lacks a trigger, routine or sequence a stamp relied on, the
 * script must stop and change nothing.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Availability,
  Laravel,
  PgDatabase,
  REPO_ROOT,
  engineGate,
  migstampAvailable,
  migstampSql,
  mysqlAvailability,
  postgresAvailability,
  runOk,
  sqliteAvailability,
  tempDir,
  type RunResult,
} from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const FIXTURES = join(REPO_ROOT, 'test', 'fixtures', 'objects');

/** One scratch database restored from a fixture dump, as the engine's own client restores it. */
interface Restored {
  readonly laravel: Laravel;
  apply(file: string): RunResult;
  sql(sql: string): string;
  rows(): string;
  drop(): void;
}

interface Engine {
  readonly name: 'postgres' | 'mysql' | 'sqlite';
  readonly availability: () => Availability;
  restore(dump: string): Restored;
  /** Damage that removes one object a stamp relies on, and how the script names it. */
  readonly damages: readonly (readonly [string, string, RegExp])[];
  /** What Laravel reports pending after the script: migstamp's pending and unknown verdicts. */
  readonly pending: readonly string[];
}

const engines: Engine[] = [
  {
    name: 'postgres',
    availability: postgresAvailability,
    restore(dump) {
      const db = PgDatabase.create('migstamp_objects');
      runOk('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db.name, '-f', dump]);
      return { laravel: new Laravel('pgsql', db.name), apply: (file) => db.applyFile(file), sql: (sql) => db.sql(sql), rows: () => db.migrationsRows(), drop: () => db.drop() };
    },
    damages: [
      ['a trigger', 'DROP TRIGGER posts_default_summary ON posts;', /trigger posts_default_summary on posts/],
      ['a procedure', 'DROP PROCEDURE archive_drafts;', /procedure archive_drafts/],
      ['a sequence', 'DROP SEQUENCE invoice_numbers;', /sequence invoice_numbers/],
    ],
    pending: ['2024_01_07_000000_replace_posts_touch_function', '2024_02_01_000000_add_audit_trigger_to_posts'],
  },
  {
    name: 'mysql',
    availability: mysqlAvailability,
    restore(dump) {
      const db = MysqlDatabase.create('migstamp_objects');
      runOk('sh', ['-c', 'mariadb "$1" < "$2"', 'sh', db.name, dump]);
      return { laravel: new Laravel('mysql', db.name), apply: (file) => db.applyFile(file), sql: (sql) => db.sql(sql), rows: () => db.migrationsRows(), drop: () => db.drop() };
    },
    damages: [
      ['a trigger', 'DROP TRIGGER posts_default_summary;', /trigger posts_default_summary on posts/],
      ['a function', 'DROP FUNCTION post_label;', /function post_label/],
      ['a sequence', 'DROP SEQUENCE invoice_numbers;', /sequence invoice_numbers/],
    ],
    pending: ['2024_02_01_000000_add_audit_trigger_to_posts'],
  },
  {
    name: 'sqlite',
    availability: sqliteAvailability,
    restore(dump) {
      const db = SqliteDatabase.create();
      runOk('sh', ['-c', 'sqlite3 -bail "$1" < "$2"', 'sh', db.file, dump]);
      return { laravel: new Laravel('sqlite', db.file), apply: (file) => db.applyFile(file), sql: (sql) => db.sql(sql), rows: () => db.migrationsRows(), drop: () => db.drop() };
    },
    damages: [['a trigger', 'DROP TRIGGER posts_title_trim;', /trigger posts_title_trim on posts/]],
    pending: ['2024_02_01_000000_add_audit_trigger_to_posts'],
  },
];

describe.each(engines)('$name: stamps relying on triggers, routines and sequences', (engine) => {
  const gate = engineGate(`objects acceptance (${engine.name})`, migstampAvailable() ? engine.availability() : { ok: false, reason: 'bin/migstamp is not built (npm run build)' });
  const dump = join(FIXTURES, `${engine.name}.sql`);
  const migrations = join(FIXTURES, engine.name, 'migrations');
  let tmp: ReturnType<typeof tempDir> | undefined;
  let script = '';

  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
    if (gate.skip) return;
    tmp = tempDir('migstamp-objects-');
    script = join(tmp.path, 'stamp.sql');
    const written = migstampSql(dump, [migrations], script);
    // Exit 1 says rows are to be stamped; 2 would be bad input.
    if (written.code > 1) throw new Error(`migstamp sql failed: ${written.stderr}`);
  });
  afterAll(() => tmp?.cleanup());

  it.skipIf(gate.skip)('after the script, Laravel reports exactly the migrations migstamp left out', () => {
    const db = engine.restore(dump);
    try {
      const applied = db.apply(script);
      expect(applied.code, applied.stderr).toBe(0);
      expect(db.laravel.pending([migrations]).sort()).toEqual([...engine.pending].sort());
    } finally {
      db.drop();
    }
  });

  it.skipIf(gate.skip).each(engine.damages)('changes nothing on a database without %s the stamps rely on', (_what, damage, named) => {
    const db = engine.restore(dump);
    try {
      db.sql(damage);
      const before = db.rows();
      const applied = db.apply(script);
      expect(applied.code).not.toBe(0);
      expect(`${applied.stdout}${applied.stderr}`).toMatch(named);
      expect(db.rows()).toBe(before);
    } finally {
      db.drop();
    }
  });
});
