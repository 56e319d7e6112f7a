/**
 * The acceptance loop for Drizzle, on PostgreSQL, MariaDB and SQLite:
 *
 *   drizzle-orm 0.45's own migrate() (node-postgres, mysql2, better-sqlite3) over
 *   the sample's drizzle-kit migrations, deployment by deployment → the tracking
 *   table damaged as a restore leaves it → pg_dump / mysqldump / sqlite3 .dump →
 *   migstamp sql --framework drizzle → the script applied with psql / mariadb /
 *   sqlite3 → what the migrator would run next must be exactly what it would have
 *   run before the damage, and its next migrate() must succeed.
 *
 * Drizzle has no status command: "what it would run next" is computed as its
 * migrator computes it, from its own query for the newest row and the journal
 * (scripts/make-drizzle-sample.mjs `pending`). What it would have run before the
 * damage is the genuinely pending set; what the script stamps that is in it is a
 * false stamp, what is left pending beyond it is missed.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Availability, PgDatabase, REPO_ROOT, type RunResult, engineGate, migstamp, migstampAvailable, mysqlAvailability, postgresAvailability, run, sqliteAvailability, tempDir } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

const RUNNER = join(REPO_ROOT, 'scripts', 'make-drizzle-sample.mjs');
const SAMPLE = join(REPO_ROOT, 'samples', 'drizzle-app', 'drizzle');

type EngineName = 'postgres' | 'mysql' | 'sqlite';

interface Engine {
  readonly database: string;
  /** The tracking table as rows `hash created_at`, oldest first. */
  rows(): string[];
  /** Keeps the rows of migrations generated at or before `when` (null: none), as an older backup had them. */
  keepRowsUpTo(when: number | null): void;
  dump(file: string): void;
  applyFile(file: string): RunResult;
  drop(): void;
}

const ENGINES: { name: EngineName; folder: string; availability: () => Availability; create: () => Engine }[] = [
  {
    name: 'postgres',
    folder: 'postgresql',
    availability: postgresAvailability,
    create() {
      const db = PgDatabase.create('drizzle_e2e');
      const table = 'drizzle.__drizzle_migrations';
      return {
        database: db.name,
        rows: () => lines(db.sql(`SELECT hash || ' ' || created_at FROM ${table} ORDER BY created_at, id;`)),
        keepRowsUpTo: (when) => void db.sql(`DELETE FROM ${table}${when === null ? '' : ` WHERE created_at > ${when}`};`),
        dump: (file) => db.dump(file),
        applyFile: (file) => db.applyFile(file),
        drop: () => db.drop(),
      };
    },
  },
  {
    name: 'mysql',
    folder: 'mysql',
    availability: mysqlAvailability,
    create() {
      const db = MysqlDatabase.create('drizzle_e2e');
      return {
        database: db.name,
        rows: () => lines(db.sql("SELECT CONCAT(hash, ' ', created_at) FROM __drizzle_migrations ORDER BY created_at, id;")),
        keepRowsUpTo: (when) => void db.sql(`DELETE FROM __drizzle_migrations${when === null ? '' : ` WHERE created_at > ${when}`};`),
        dump: (file) => db.dump(file),
        applyFile: (file) => db.applyFile(file),
        drop: () => db.drop(),
      };
    },
  },
  {
    name: 'sqlite',
    folder: 'sqlite',
    availability: sqliteAvailability,
    create() {
      const db = SqliteDatabase.create();
      return {
        database: db.file,
        rows: () => lines(db.sql("SELECT hash || ' ' || created_at FROM __drizzle_migrations ORDER BY created_at, rowid;")),
        keepRowsUpTo: (when) => void db.sql(`DELETE FROM __drizzle_migrations${when === null ? '' : ` WHERE created_at > ${when}`};`),
        dump: (file) => db.dump(file),
        applyFile: (file) => db.applyFile(file),
        drop: () => db.drop(),
      };
    },
  },
];

function lines(text: string): string[] {
  return text.split('\n').filter((line) => line.trim() !== '');
}

interface Journal {
  entries: { idx: number; when: number; tag: string; breakpoints: boolean }[];
}

/** A migration that makes a table, then fails on every engine (its table to alter does not exist). */
const FAILING = { tag: '0018_add_audit_events', sql: 'CREATE TABLE audit_events (id integer PRIMARY KEY NOT NULL, kind varchar(40) NOT NULL);\n--> statement-breakpoint\nALTER TABLE audit_event_kinds ADD label varchar(40);\n' };
/** The same migration as its developer fixes it. */
const FIXED = 'CREATE TABLE audit_events (id integer PRIMARY KEY NOT NULL, kind varchar(40) NOT NULL);\n--> statement-breakpoint\nCREATE INDEX audit_events_kind_idx ON audit_events (kind);\n';

interface Scenario {
  readonly title: string;
  /** Journal entries of the sample the application has; the failing migration after them when `failing`. */
  readonly entries: number;
  readonly failing?: boolean;
  /** Entries the application had at each deployment (each one migrate() call). */
  readonly runs: readonly number[];
  /** Rows kept by the restore: those of the first N entries. */
  readonly keep: number;
  /** What the operator declares applied (--assume-applied), per engine. */
  readonly assume: (engine: EngineName) => readonly string[];
  /** How many migrations the script stamps, per engine. */
  readonly stamped: (engine: EngineName) => number;
  /** Applied migrations left for migrate() after the script (behind a migration that gets no row). */
  readonly missed: (engine: EngineName) => number;
  readonly migrateSucceeds: (engine: EngineName) => boolean;
}

const BACKFILL = '0017_backfill_user_roles';
const PAIR = ['0008_create_temp_imports', '0010_drop_temp_imports'];

const SCENARIOS: readonly Scenario[] = [
  {
    title: 'newest rows lost (rows of 12 of 20 run), the backfill declared by the operator',
    entries: 24,
    runs: [8, 16, 20],
    keep: 12,
    assume: () => [BACKFILL],
    // On SQLite drizzle-kit gives tasks.status its default by rebuilding the table; the
    // rebuilt table is judged no different from the one before: unknown, so 0019 and
    // what follows get no row, and migrate() rebuilds it again (harmless).
    stamped: (engine) => (engine === 'sqlite' ? 7 : 8),
    missed: (engine) => (engine === 'sqlite' ? 1 : 0),
    migrateSucceeds: () => true,
  },
  {
    title: 'all rows lost: stamps stop before the create-then-drop pair, whose first half gets no row',
    entries: 24,
    runs: [8, 20],
    keep: 0,
    assume: () => [],
    stamped: () => 8,
    // 0008..0019 ran; 0008 and 0010 leave no trace, 0017 changes data only: nothing after 0008 may be stamped.
    missed: () => 12,
    migrateSucceeds: () => false,
  },
  {
    title: 'all rows lost, the pair and the backfill declared by the operator',
    entries: 24,
    runs: [8, 20],
    keep: 0,
    assume: () => [...PAIR, BACKFILL],
    stamped: (engine) => (engine === 'sqlite' ? 19 : 20),
    missed: (engine) => (engine === 'sqlite' ? 1 : 0),
    migrateSucceeds: () => true,
  },
  {
    title: 'a deployment stopped at a failing migration, newest rows lost',
    entries: 18,
    failing: true,
    runs: [12, 19],
    keep: 12,
    // PostgreSQL and SQLite undo the whole failed run; MariaDB keeps 0012..0017 and the failing one's first table.
    assume: (engine) => (engine === 'mysql' ? [BACKFILL] : []),
    stamped: (engine) => (engine === 'mysql' ? 6 : 0),
    missed: () => 0,
    // Fixed and run again: MariaDB stops on the table its failed attempt left (partial, never stamped).
    migrateSucceeds: (engine) => engine !== 'mysql',
  },
];

function runner(args: string[]): RunResult {
  return run(process.execPath, [RUNNER, ...args]);
}

function pending(engine: EngineName, database: string, folder: string): string[] {
  const result = runner(['pending', `--engine=${engine}`, `--database=${database}`, `--folder=${folder}`]);
  if (result.code !== 0) throw new Error(`pending failed: ${result.stderr}`);
  return JSON.parse(result.stdout) as string[];
}

/** The application's migrations folder for the scenario: the sample's first entries, and the failing one after them. */
function appFolder(from: string, to: string, scenario: Scenario): Journal {
  mkdirSync(join(to, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(join(from, 'meta', '_journal.json'), 'utf8')) as Journal;
  const entries = journal.entries.slice(0, scenario.entries);
  for (const entry of entries) cpSync(join(from, `${entry.tag}.sql`), join(to, `${entry.tag}.sql`));
  if (scenario.failing === true) {
    entries.push({ idx: entries.length, when: entries.at(-1)!.when + 1000, tag: FAILING.tag, breakpoints: true });
    writeFileSync(join(to, `${FAILING.tag}.sql`), FAILING.sql);
  }
  const written = { ...journal, entries };
  writeFileSync(join(to, 'meta', '_journal.json'), JSON.stringify(written, null, 2));
  return written;
}

const measured: string[] = [];

for (const engine of ENGINES) {
  const gate = engineGate(`Drizzle acceptance on ${engine.name}`, engine.availability());
  describe.skipIf(gate.skip)(`Drizzle acceptance on ${engine.name}`, () => {
    const tmp = tempDir('drizzle-e2e-');
    beforeAll(() => {
      if (gate.failure !== null) throw new Error(gate.failure);
      if (!migstampAvailable()) throw new Error('bin/migstamp is missing: run npm run build first');
    });
    afterAll(() => {
      tmp.cleanup();
      if (measured.length > 0 && engine.name === ENGINES.at(-1)!.name) process.stdout.write(`${measured.join('\n')}\n`);
    });

    it.each(SCENARIOS)('$title', (scenario) => {
      const app = join(tmp.path, String(SCENARIOS.indexOf(scenario)));
      const folder = join(app, 'drizzle');
      const journal = appFolder(join(SAMPLE, engine.folder), folder, scenario);
      const db = engine.create();
      try {
        const exits = scenario.runs.map((entries) => runner(['migrate', `--engine=${engine.name}`, `--database=${db.database}`, `--folder=${folder}`, `--entries=${entries}`]).code);
        expect(exits).toEqual(scenario.runs.map((_, n) => (scenario.failing === true && n === scenario.runs.length - 1 ? 1 : 0)));
        const genuinelyPending = pending(engine.name, db.database, folder);
        const before = db.rows();
        db.keepRowsUpTo(scenario.keep === 0 ? null : journal.entries[scenario.keep - 1]!.when);
        const dump = join(app, 'restored.sql');
        db.dump(dump);
        const script = join(app, 'stamp.sql');
        const assumed = scenario.assume(engine.name).flatMap((name) => ['--assume-applied', name]);
        const made = migstamp(['sql', '--framework', 'drizzle', '--dump', dump, '--migrations', folder, ...assumed, '-o', script, '-q']);
        expect(made.code, made.stderr).toBe(0);
        expect(/^-- rows inserted: (\d+)$/m.exec(readFileSync(script, 'utf8'))?.[1]).toBe(String(scenario.stamped(engine.name)));
        const applied = db.applyFile(script);
        expect(applied.code, applied.stderr).toBe(0);

        const left = pending(engine.name, db.database, folder);
        const falseStamps = genuinelyPending.filter((tag) => !left.includes(tag));
        const missed = left.filter((tag) => !genuinelyPending.includes(tag));
        measured.push(`${engine.name}\t${SCENARIOS.indexOf(scenario) + 1}\tstamped ${scenario.stamped(engine.name)}\tfalse ${falseStamps.length}\tmissed ${missed.length}`);
        expect(falseStamps).toEqual([]);
        expect(missed).toHaveLength(scenario.missed(engine.name));
        if (scenario.missed(engine.name) === 0) expect(left).toEqual(genuinelyPending);
        // Every row written is the row drizzle-orm wrote for that migration: same hash, same created_at.
        const after = db.rows();
        const newest = Math.max(...after.map((row) => Number(row.split(' ')[1])));
        expect(after).toEqual(before.filter((row) => Number(row.split(' ')[1]) <= newest));

        expect(db.applyFile(script).code).toBe(0);
        expect(db.rows()).toEqual(after);

        if (scenario.failing === true) writeFileSync(join(folder, `${FAILING.tag}.sql`), FIXED);
        const next = runner(['migrate', `--engine=${engine.name}`, `--database=${db.database}`, `--folder=${folder}`]);
        expect(next.code === 0, next.stderr).toBe(scenario.migrateSucceeds(engine.name));
        if (scenario.migrateSucceeds(engine.name)) expect(pending(engine.name, db.database, folder)).toEqual([]);
      } finally {
        db.drop();
      }
    }, 180_000);
  });
}

/**
 * A journal whose newest entry is older than the one before it (a branch merged
 * late, as in usekaneo/kaneo's journal): drizzle-orm runs only entries newer
 * than its newest row, so a row for the entry before it would hide it for ever.
 * Here that hiding is already the state before the damage; the script must not
 * write it again, and the entry that never ran must be left for migrate().
 */
const lateGate = engineGate('Drizzle, a journal entry older than the one before it', postgresAvailability());
describe.skipIf(lateGate.skip)('Drizzle on PostgreSQL, a journal entry older than the one before it', () => {
  const tmp = tempDir('drizzle-late-');
  beforeAll(() => {
    if (lateGate.failure !== null) throw new Error(lateGate.failure);
  });
  afterAll(() => tmp.cleanup());

  it('stamps only what is older than that entry, and leaves it for migrate()', () => {
    const folder = join(tmp.path, 'drizzle');
    const journal = appFolder(join(SAMPLE, 'postgresql'), folder, { ...SCENARIOS[0]!, entries: 7, failing: false });
    const late = journal.entries[6]!;
    const written = { ...journal, entries: journal.entries.map((entry) => (entry === late ? { ...entry, when: Math.floor((journal.entries[4]!.when + journal.entries[5]!.when) / 2) } : entry)) };
    writeFileSync(join(folder, 'meta', '_journal.json'), JSON.stringify(written, null, 2));
    const db = PgDatabase.create('drizzle_late');
    try {
      expect(runner(['migrate', '--engine=postgres', `--database=${db.name}`, `--folder=${folder}`, '--entries=6']).code).toBe(0);
      // Before any damage the migrator already passes over the late entry, which never ran.
      expect(pending('postgres', db.name, folder)).toEqual([]);
      db.sql('DELETE FROM drizzle.__drizzle_migrations;');
      const dump = join(tmp.path, 'restored.sql');
      db.dump(dump);
      const status = migstamp(['status', '--framework', 'drizzle', '--dump', dump, '--migrations', folder, '--json']);
      const held = (JSON.parse(status.stdout) as { verdicts: { migration: string; verdict: string; stamp: boolean; reason: string }[] }).verdicts.find((verdict) => verdict.migration === '0005_rename_users_name');
      expect(held).toMatchObject({ verdict: 'applied', stamp: false });
      expect(held?.reason).toMatch(/^applied, but not stamped: 0006_create_roles, listed after it but before it in the order the runner compares, is pending/);
      const script = join(tmp.path, 'stamp.sql');
      expect(migstamp(['sql', '--framework', 'drizzle', '--dump', dump, '--migrations', folder, '-o', script, '-q']).code).toBe(0);
      expect(/^-- rows inserted: (\d+)$/m.exec(readFileSync(script, 'utf8'))?.[1]).toBe('5');
      expect(db.applyFile(script).code).toBe(0);
      // The entry that never ran is pending again; the one after which it was hidden runs again (and fails, as the status says).
      expect(pending('postgres', db.name, folder)).toEqual(['0005_rename_users_name', '0006_create_roles']);
    } finally {
      db.drop();
    }
  }, 120_000);
});
