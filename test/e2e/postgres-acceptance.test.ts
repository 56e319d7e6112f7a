/**
 * The product's acceptance loop, against real PostgreSQL and Laravel's real
 * Migrator:
 *
 *   create a database → run Laravel's Migrator (some migrations withheld: those
 *   are genuinely unapplied) → damage the tracking table as a restore from an
 *   older backup does → pg_dump → migstamp sql → psql -v ON_ERROR_STOP=1 -f
 *   → ask Laravel's Migrator what is pending.
 *
 * Laravel's answer must be EXACTLY the migrations we expect to stay pending:
 * the genuinely unapplied ones, plus those migstamp cannot decide (listed per
 * scenario with the reason). A genuinely unapplied migration that migstamp
 * stamps is the worst possible failure and is checked on its own.
 *
 * Each scenario also checks that the script is idempotent, that `migrate`
 * afterwards behaves as predicted, and that the script aborts without changing
 * anything on a database missing a table its preconditions rely on.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_APPS,
  Laravel,
  PgDatabase,
  REQUIRE_ENGINES,
  SAMPLE_APP,
  engineGate,
  migrationNames,
  migstampAvailable,
  migstampSql,
  migstampStatus,
  postgresAvailability,
  runOk,
  tempDir,
  type RunResult,
  type StatusVerdict,
} from './engines.js';

interface Scenario {
  /** Shown in the test name. */
  title: string;
  migrationsDir: string;
  /** What really ran, batch by batch. Files of migrationsDir not listed here are genuinely unapplied. */
  batches: string[][];
  /** Application data inserted after the migrations (so the dump has rows). */
  seedSql?: string;
  /** Tracking rows that survive the "restore"; every other row is deleted. */
  keepTracked: string[];
  /**
   * 'full': plain pg_dump with data (what a DBA keeps).
   * 'schema-dump': what `php artisan schema:dump` writes on PostgreSQL: the schema
   * without data, followed by the migrations table's rows.
   */
  dump: 'full' | 'schema-dump';
  /** Exactly what Laravel must report pending after the script ran (any order). */
  expectPending: string[];
  /** May be stamped or stay pending; both are safe. name → why. */
  eitherWay?: Record<string, string>;
  /** true, or the reason `migrate` is expected to fail afterwards. */
  migrateSucceeds: true | string;
  /** A table the script's preconditions must rely on; dropping it must make the script abort. */
  preconditionTable: string;
}

// ---------------------------------------------------------------------------
// Migration sets

/** samples/laravel-app/history.txt: "<batch> <name>" and "unapplied <name>" lines. */
function sampleHistory(): { batches: string[][]; unapplied: string[] } {
  const byBatch = new Map<number, string[]>();
  const unapplied: string[] = [];
  for (const line of readFileSync(join(SAMPLE_APP, 'history.txt'), 'utf8').split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const [batch, name] = t.split(/\s+/) as [string, string];
    if (batch === 'unapplied') unapplied.push(name);
    else byBatch.set(Number(batch), [...(byBatch.get(Number(batch)) ?? []), name]);
  }
  const batches = [...byBatch.entries()].sort((a, b) => a[0] - b[0]).map(([, names]) => names);
  return { batches, unapplied };
}

const sample = sampleHistory();
const sampleDir = join(SAMPLE_APP, 'database', 'migrations');
const sampleSeed = readFileSync(join(SAMPLE_APP, 'seed.sql'), 'utf8');
const GUARDED_TOOLS =
  '2025_03_10_000000_create_tool_definitions_table is guarded by Schema::hasTable: re-running it is a no-op, stamping it is also safe';
const BACKFILL = '2025_07_20_000000_backfill_work_item_content_format';

/** One batch per migration, in name order: the simplest honest history. */
function oneByOne(dir: string, except: string[] = []): string[][] {
  return migrationNames(dir)
    .filter((n) => !except.includes(n))
    .map((n) => [n]);
}

const renameDir = join(E2E_APPS, 'rename-chain', 'migrations');
const dataDir = join(E2E_APPS, 'data-only', 'migrations');
const guardedDir = join(E2E_APPS, 'guarded-temp', 'migrations');

const scenarios: Scenario[] = [
  {
    // The README's sample: samples/pgsql/restored.sql is this database.
    title: 'sample app, restored from an older backup (batches 8-13 lost their rows, 3 migrations never ran)',
    migrationsDir: sampleDir,
    batches: sample.batches,
    seedSql: sampleSeed,
    keepTracked: sample.batches.slice(0, 7).flat(),
    dump: 'full',
    // The backfill is an UPDATE with no literal row to look for: unknown, left
    // for `migrate`, which repeats it harmlessly. seed_obsidian_source inserted
    // a literal row that is in the dump's data, so it must be stamped (re-running
    // it would violate sources_slug_unique).
    expectPending: [...sample.unapplied, BACKFILL],
    eitherWay: { '2025_03_10_000000_create_tool_definitions_table': GUARDED_TOOLS },
    migrateSucceeds: true,
    preconditionTable: 'telemetry_events',
  },
  {
    title: 'sample app, every migration ran, only batch 1 rows survived',
    migrationsDir: sampleDir,
    batches: [...sample.batches, sample.unapplied],
    seedSql: sampleSeed,
    keepTracked: sample.batches[0]!,
    dump: 'full',
    // Created-then-dropped: the temp table leaves no trace, "both ran" looks
    // like "neither ran", so both stay pending (migrate re-creates and drops it).
    expectPending: [
      '2024_11_18_000000_create_import_staging_table',
      '2025_01_20_000000_drop_import_staging_table',
      BACKFILL,
    ],
    eitherWay: { '2025_03_10_000000_create_tool_definitions_table': GUARDED_TOOLS },
    migrateSucceeds: true,
    preconditionTable: 'notifications',
  },
  {
    title: 'rename chain, every migration ran, tracking table empty',
    migrationsDir: renameDir,
    batches: oneByOne(renameDir),
    keepTracked: [],
    dump: 'full',
    // create_projects left no table of its own (renamed away) but later
    // proven migrations need it: implied, stamped.
    expectPending: [],
    migrateSucceeds: true,
    preconditionTable: 'workspace_members',
  },
  {
    title: 'rename chain, the last rename never ran',
    migrationsDir: renameDir,
    batches: oneByOne(renameDir, ['2023_06_01_000000_rename_title_to_label_on_workspaces']),
    keepTracked: ['2023_01_01_000000_create_projects_table', '2023_02_01_000000_rename_projects_to_workspaces'],
    dump: 'full',
    expectPending: ['2023_06_01_000000_rename_title_to_label_on_workspaces'],
    migrateSucceeds: true,
    preconditionTable: 'workspace_members',
  },
  {
    title: 'data-only migrations, every migration ran, dump with data',
    migrationsDir: dataDir,
    batches: oneByOne(dataDir),
    keepTracked: ['2022_01_01_000000_create_settings_table'],
    dump: 'full',
    // The two seeds inserted literal rows that are in the dump: stamped.
    // The backfill has nothing to look for: unknown, stays pending (harmless).
    expectPending: ['2022_01_04_000000_backfill_plan_codes'],
    migrateSucceeds: true,
    preconditionTable: 'plans',
  },
  {
    title: 'data-only migrations, the last seed never ran',
    migrationsDir: dataDir,
    batches: oneByOne(dataDir, ['2022_01_05_000000_seed_free_plan']),
    keepTracked: [],
    dump: 'full',
    expectPending: ['2022_01_04_000000_backfill_plan_codes', '2022_01_05_000000_seed_free_plan'],
    migrateSucceeds: true,
    preconditionTable: 'plans',
  },
  {
    title: 'data-only migrations, every migration ran, schema:dump-style dump (no data)',
    migrationsDir: dataDir,
    batches: oneByOne(dataDir),
    keepTracked: ['2022_01_01_000000_create_settings_table'],
    dump: 'schema-dump',
    // Without data nothing proves the seeds ran: unknown, not stamped.
    expectPending: [
      '2022_01_02_000000_seed_default_settings',
      '2022_01_04_000000_backfill_plan_codes',
      '2022_01_05_000000_seed_free_plan',
    ],
    // ...and that is exactly why they must be reported: re-running the seeds
    // on the real database (which does hold the rows) fails.
    migrateSucceeds: 'seed_default_settings re-inserts existing keys (settings_key_unique)',
    preconditionTable: 'plans',
  },
  {
    title: 'guarded and temporary tables, every migration ran, only accounts tracked',
    migrationsDir: guardedDir,
    batches: oneByOne(guardedDir),
    keepTracked: ['2021_01_01_000000_create_accounts_table'],
    dump: 'full',
    expectPending: ['2021_03_01_000000_create_tmp_account_import_table', '2021_03_02_000000_drop_tmp_account_import_table'],
    eitherWay: {
      '2021_02_01_000000_create_audit_log_table': 'guarded by Schema::hasTable: re-running is a no-op, stamping is also safe',
    },
    migrateSucceeds: true,
    preconditionTable: 'invoices',
  },
  {
    title: 'guarded and temporary tables, invoices never ran',
    migrationsDir: guardedDir,
    batches: oneByOne(guardedDir, ['2021_05_01_000000_create_invoices_table']),
    keepTracked: ['2021_01_01_000000_create_accounts_table', '2021_02_01_000000_create_audit_log_table'],
    dump: 'full',
    expectPending: [
      '2021_03_01_000000_create_tmp_account_import_table',
      '2021_03_02_000000_drop_tmp_account_import_table',
      '2021_05_01_000000_create_invoices_table',
    ],
    migrateSucceeds: true,
    // add_status_to_accounts_table is stamped because accounts.status exists.
    preconditionTable: 'accounts',
  },
];

// ---------------------------------------------------------------------------

const gate = engineGate('PostgreSQL acceptance', postgresAvailability());
const STAMPED_VERDICTS = new Set(['tracked', 'applied', 'implied']);

/** psql -At output of the tracking table → rows. */
function parseRows(text: string): { id: number; migration: string; batch: number }[] {
  return text
    .split('\n')
    .filter((l) => l !== '')
    .map((l) => {
      const [id, migration, batch] = l.split('|') as [string, string, string];
      return { id: Number(id), migration, batch: Number(batch) };
    });
}

function sorted(names: Iterable<string>): string[] {
  return [...names].sort();
}

describe.skipIf(gate.skip)('PostgreSQL acceptance (real Laravel Migrator, pg_dump, psql)', () => {
  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
    if (!migstampAvailable()) {
      const msg = 'bin/migstamp does not exist yet; build the CLI first (npm run build)';
      if (REQUIRE_ENGINES) throw new Error(msg);
      console.warn(`\n[warn] ${msg}: the acceptance scenarios will fail.\n`);
    }
  });

  for (const sc of scenarios) {
    describe(sc.title, () => {
      const all = migrationNames(sc.migrationsDir);
      const ran = sc.batches.flat();
      const genuinelyUnapplied = all.filter((n) => !ran.includes(n));
      const eitherWay = Object.keys(sc.eitherWay ?? {});

      let db: PgDatabase | undefined;
      let pristine: PgDatabase | undefined; // copy of the damaged database, before the script
      let tmp: ReturnType<typeof tempDir> | undefined;
      let dumpFile = '';
      let scriptFile = '';
      let sqlRun: RunResult | undefined;
      let status: { result: RunResult; verdicts: StatusVerdict[] } | undefined;
      let maxBatchInDump = 0;
      let rowsBefore: ReturnType<typeof parseRows> = [];

      beforeAll(() => {
        if (gate.failure) return; // the outer beforeAll already failed the suite
        tmp = tempDir();
        dumpFile = join(tmp.path, 'dump.sql');
        scriptFile = join(tmp.path, 'stamp.sql');

        db = PgDatabase.create();
        const laravel = new Laravel('pgsql', db.name);
        laravel.replay(sc.migrationsDir, sc.batches);
        if (sc.seedSql) db.sql(sc.seedSql);
        db.restoreOlderTrackingTable(sc.keepTracked);

        // The setup itself, checked by Laravel: everything untracked is pending.
        expect(laravel.pending([sc.migrationsDir])).toEqual(all.filter((n) => !sc.keepTracked.includes(n)));

        if (sc.dump === 'full') {
          db.dump(dumpFile);
        } else {
          // php artisan schema:dump on PostgreSQL: schema without data, then the
          // migrations table's rows as INSERTs, in one file.
          const schema = runOk('pg_dump', ['--no-owner', '--no-acl', '--schema-only', '-d', db.name]);
          const rows = runOk('pg_dump', ['--table=migrations', '--data-only', '--inserts', '-d', db.name]);
          runOk('sh', ['-c', 'cat > "$1"', 'sh', dumpFile], { input: schema + rows });
        }

        rowsBefore = parseRows(db.migrationsRows());
        maxBatchInDump = db.maxBatch();
        pristine = db.clone();

        sqlRun = migstampSql(dumpFile, [sc.migrationsDir], scriptFile);
        status = migstampStatus(dumpFile, [sc.migrationsDir]);
      });

      afterAll(() => {
        db?.drop();
        pristine?.drop();
        tmp?.cleanup();
      });

      it('scenario is consistent: every genuinely unapplied migration is expected to stay pending', () => {
        for (const name of genuinelyUnapplied) expect(sc.expectPending).toContain(name);
        for (const name of [...sc.expectPending, ...eitherWay, ...sc.keepTracked]) expect(all).toContain(name);
      });

      it('migstamp sql writes a script with stamps (exit 0)', () => {
        expect(sqlRun, 'migstamp did not run').toBeDefined();
        expect(sqlRun!.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m); // no stack traces
        expect(sqlRun!.code, sqlRun!.stderr).toBe(0);
        expect(readFileSync(scriptFile, 'utf8')).toMatch(/INSERT/i);
      });

      it('migstamp status never calls a genuinely unapplied migration run', () => {
        expect(status!.result.code, status!.result.stderr).toBeLessThanOrEqual(1);
        const byName = new Map(status!.verdicts.map((v) => [v.migration, v.verdict]));
        for (const name of all) expect(byName.has(name), `no verdict for ${name}`).toBe(true);
        for (const name of genuinelyUnapplied) {
          expect(STAMPED_VERDICTS.has(byName.get(name) ?? ''), `${name} never ran but got verdict ${byName.get(name)}`).toBe(false);
        }
        for (const name of sc.keepTracked) expect(byName.get(name)).toBe('tracked');
      });

      it('after the script, Laravel reports exactly the expected pending migrations', () => {
        const applied = db!.applyFile(scriptFile);
        expect(applied.code, applied.stderr).toBe(0);

        const pending = new Laravel('pgsql', db!.name).pending([sc.migrationsDir]);
        // Safety first: nothing that never ran may have been stamped.
        for (const name of genuinelyUnapplied) expect(pending, `${name} never ran but was stamped`).toContain(name);
        const pendingDecided = pending.filter((n) => !eitherWay.includes(n));
        expect(sorted(pendingDecided)).toEqual(sorted(sc.expectPending));
      });

      it('the stamped rows form one new batch above the highest batch in the dump', () => {
        const after = parseRows(db!.migrationsRows());
        const before = new Set(rowsBefore.map((r) => r.migration));
        const added = after.filter((r) => !before.has(r.migration));
        expect(added.length).toBeGreaterThan(0);
        for (const r of added) expect(r.batch, r.migration).toBe(maxBatchInDump + 1);
        // Rows that were there are untouched.
        expect(after.filter((r) => before.has(r.migration))).toEqual(rowsBefore);
      });

      it('running the script a second time changes nothing', () => {
        const first = db!.migrationsRows();
        const again = db!.applyFile(scriptFile);
        expect(again.code, again.stderr).toBe(0);
        expect(db!.migrationsRows()).toBe(first);
      });

      it(
        sc.migrateSucceeds === true ? 'Laravel migrate then succeeds and leaves nothing pending' : `Laravel migrate then fails: ${sc.migrateSucceeds}`,
        () => {
          const laravel = new Laravel('pgsql', db!.name);
          const r = laravel.raw([sc.migrationsDir], 'migrate');
          if (sc.migrateSucceeds === true) {
            expect(r.code, r.stderr).toBe(0);
            expect(laravel.pending([sc.migrationsDir])).toEqual([]);
          } else {
            expect(r.code).not.toBe(0);
          }
        },
      );

      it(`the script aborts and changes nothing on a database without ${sc.preconditionTable}`, () => {
        expect(readFileSync(scriptFile, 'utf8')).toContain(sc.preconditionTable);
        pristine!.sql(`DROP TABLE ${sc.preconditionTable} CASCADE;`);
        const before = pristine!.migrationsRows();
        const r = pristine!.applyFile(scriptFile);
        expect(r.code, 'psql should have stopped on a failed precondition').not.toBe(0);
        expect(pristine!.migrationsRows()).toBe(before);
      });
    });
  }
});
