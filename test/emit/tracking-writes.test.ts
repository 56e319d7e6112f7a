/**
 * The writes of tracking tables that are more than one insert per name
 * (TrackingTableSpec.writeFor, newestOnly, the `following` value), run by the
 * real clients of PostgreSQL, MariaDB and SQLite: the rows come out as the
 * runner would leave them, and a second run changes nothing.
 *
 * The three tables are shaped like the ones that need these writes: a ranked
 * history with failed rows (Flyway), a single newest-version row (golang-migrate),
 * and rows whose failed attempts are marked rolled back before a new row
 * (Prisma). They are the writes' test bed here; each adapter tests its own.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStampScript, scriptDialectFor } from '../../src/emit/sql/index.js';
import type { TrackingTarget } from '../../src/emit/sql/index.js';
import type { DialectName, InferenceResult, TrackingWrite, Verdict } from '../../src/model/index.js';
import { PgDatabase, engineGate, mysqlAvailability, postgresAvailability, run, sqliteAvailability, tempDir, type Availability } from '../e2e/engines.js';
import { MysqlDatabase } from '../e2e/mysql-engine.js';

interface Engine {
  readonly dialect: DialectName;
  readonly availability: () => Availability;
  readonly timestamp: string;
  /** A scratch database: runs SQL and returns tab-separated rows; applies a script file as a DBA would. */
  open(): { sql(sql: string): string; apply(file: string): { code: number; stderr: string }; drop(): void };
}

const ENGINES: readonly Engine[] = [
  {
    dialect: 'postgres',
    availability: postgresAvailability,
    timestamp: 'timestamptz',
    open() {
      const db = PgDatabase.create('migstamp_writes');
      return { sql: (sql) => db.sql(sql).replaceAll('|', '\t'), apply: (file) => db.applyFile(file), drop: () => db.drop() };
    },
  },
  {
    dialect: 'mysql',
    availability: mysqlAvailability,
    timestamp: 'datetime(3) NULL',
    open() {
      const db = MysqlDatabase.create('migstamp_writes');
      return { sql: (sql) => db.sql(sql), apply: (file) => db.applyFile(file), drop: () => db.drop() };
    },
  },
  {
    dialect: 'sqlite',
    availability: sqliteAvailability,
    timestamp: 'datetime',
    open() {
      const tmp = tempDir('migstamp-writes-');
      const file = join(tmp.path, 'db.sqlite');
      const sqlite3 = (input: string) => run('sqlite3', ['-bail', '-separator', '\t', file], { input });
      return {
        sql(sql) {
          const out = sqlite3(sql);
          if (out.code !== 0) throw new Error(out.stderr);
          return out.stdout;
        },
        apply: (script) => sqlite3(`.read ${script}\n`),
        drop: () => tmp.cleanup(),
      };
    },
  },
];

function applied(migration: string): Verdict {
  return { migration, file: null, kind: 'applied', reason: 'its effects are in the dump', evidence: [], batch: null, stamp: true, next: null, preconditions: [] };
}

function scriptFor(dialect: DialectName, target: TrackingTarget, stamped: readonly string[]): string {
  const result: InferenceResult = { verdicts: stamped.map(applied), highestBatch: 0, expected: new Map(), unclaimedTables: [] };
  return renderStampScript(scriptDialectFor(dialect), { toolVersion: 'test', inputs: [{ label: 'dump', path: 'dump.sql', sha256: '0' }], target, result, batch: 1, batches: false });
}

/** Ranked rows, failed ones removed before the migration's own row (as `flyway repair` removes them). */
const ranked: TrackingTarget = {
  schema: null,
  table: 'ranked_history',
  nameColumn: 'version',
  rowFor: () => [],
  writeFor: (version): TrackingWrite => ({
    settle: [{ kind: 'delete', where: [{ column: 'version', test: 'equals', value: { kind: 'text', value: version } }, { column: 'success', test: 'isFalse' }], why: 'a failed attempt' }],
    cells: [
      { column: 'installed_rank', value: { kind: 'following' } },
      { column: 'version', value: { kind: 'text', value: version } },
      { column: 'success', value: { kind: 'boolean', value: true } },
    ],
    presentWhen: [{ column: 'version', test: 'equals', value: { kind: 'text', value: version } }],
  }),
};

/** One row for the newest version; older and dirty rows go. */
const newest: TrackingTarget = {
  schema: null,
  table: 'newest_version',
  nameColumn: 'version',
  newestOnly: true,
  rowFor: () => [],
  writeFor: (version): TrackingWrite => ({
    settle: [{ kind: 'delete', where: [{ column: 'version', test: 'below', value: { kind: 'integer', value: Number(version) } }], why: 'older versions' }],
    cells: [
      { column: 'version', value: { kind: 'integer', value: Number(version) } },
      { column: 'dirty', value: { kind: 'boolean', value: false } },
    ],
    presentWhen: [{ column: 'version', test: 'atLeast', value: { kind: 'integer', value: Number(version) } }],
  }),
};

/** Failed attempts marked rolled back, then a finished row; "already there" means finished and not rolled back. */
const attempts: TrackingTarget = {
  schema: null,
  table: 'attempts',
  nameColumn: 'name',
  rowFor: () => [],
  writeFor: (name): TrackingWrite => ({
    settle: [
      {
        kind: 'update',
        set: [{ column: 'rolled_back_at', value: { kind: 'now' } }],
        where: [{ column: 'name', test: 'equals', value: { kind: 'text', value: name } }, { column: 'finished_at', test: 'isNull' }, { column: 'rolled_back_at', test: 'isNull' }],
        why: 'an attempt that never finished',
      },
    ],
    cells: [
      { column: 'id', value: { kind: 'text', value: `id-${name}` } },
      { column: 'name', value: { kind: 'text', value: name } },
      { column: 'finished_at', value: { kind: 'now' } },
    ],
    presentWhen: [{ column: 'name', test: 'equals', value: { kind: 'text', value: name } }, { column: 'finished_at', test: 'isNotNull' }, { column: 'rolled_back_at', test: 'isNull' }],
  }),
};

for (const engine of ENGINES) {
  const gate = engineGate(`tracking writes on ${engine.dialect}`, engine.availability());
  describe.skipIf(gate.skip)(`tracking writes on ${engine.dialect}, run by its real client`, () => {
    let db: ReturnType<Engine['open']> | undefined;
    const tmp = tempDir('migstamp-writes-scripts-');
    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
      db = engine.open();
      db.sql(`
        CREATE TABLE ranked_history (installed_rank integer NOT NULL PRIMARY KEY, version varchar(50), success boolean NOT NULL);
        INSERT INTO ranked_history VALUES (1, '1', TRUE), (2, '2', FALSE);
        CREATE TABLE newest_version (version bigint NOT NULL PRIMARY KEY, dirty boolean NOT NULL);
        INSERT INTO newest_version VALUES (2, TRUE);
        CREATE TABLE attempts (id varchar(36) NOT NULL PRIMARY KEY, name varchar(255) NOT NULL, finished_at ${engine.timestamp}, rolled_back_at ${engine.timestamp});
        INSERT INTO attempts (id, name) VALUES ('failed', 'm1');
      `);
    });
    afterAll(() => {
      db?.drop();
      tmp.cleanup();
    });

    /** Applies the script twice; returns the rows after each run. */
    function applyTwice(label: string, script: string, query: string): [string, string] {
      const file = join(tmp.path, `${label}.sql`);
      writeFileSync(file, script);
      const first = db!.apply(file);
      expect(first.code, first.stderr).toBe(0);
      const after = db!.sql(query);
      const second = db!.apply(file);
      expect(second.code, second.stderr).toBe(0);
      return [after, db!.sql(query)];
    }

    it('ranks each new row after the highest left once a failed attempt is removed, once', () => {
      const [first, second] = applyTwice('ranked', scriptFor(engine.dialect, ranked, ['2', '3']), 'SELECT installed_rank, version, CASE WHEN success THEN 1 ELSE 0 END FROM ranked_history ORDER BY installed_rank;');
      expect(first.trim().split('\n')).toEqual(['1\t1\t1', '2\t2\t1', '3\t3\t1']);
      expect(second).toBe(first);
    });

    it('writes one row for the newest stamped version only, over an older dirty one', () => {
      const script = scriptFor(engine.dialect, newest, ['2', '3', '4']);
      expect(script).toContain('-- rows inserted: 1');
      expect(script.match(/^INSERT INTO .?newest_version/gm)).toHaveLength(1);
      expect(script).toContain('recorded by the row written for 4 below');
      const [first, second] = applyTwice('newest', script, 'SELECT version, CASE WHEN dirty THEN 1 ELSE 0 END FROM newest_version;');
      expect(first.trim()).toBe('4\t0');
      expect(second).toBe(first);
    });

    it('marks a failed attempt rolled back before the finished row, once', () => {
      const [first, second] = applyTwice(
        'attempts',
        scriptFor(engine.dialect, attempts, ['m1']),
        "SELECT id, name, CASE WHEN finished_at IS NULL THEN 'open' ELSE 'finished' END, CASE WHEN rolled_back_at IS NULL THEN '-' ELSE 'rolled back' END FROM attempts ORDER BY id;",
      );
      expect(first.trim().split('\n')).toEqual(['failed\tm1\topen\trolled back', 'id-m1\tm1\tfinished\t-']);
      expect(second).toBe(first);
    });
  });
}
