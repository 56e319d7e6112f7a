/**
 * The product's acceptance loop on SQLite, against Laravel's real Migrator:
 *
 *   run Laravel's Migrator on a database file (some migrations withheld: those
 *   are genuinely unapplied) → delete tracking rows as a restore from an older
 *   backup does → sqlite3 FILE .dump → migstamp sql → sqlite3 -bail FILE < script
 *   → ask Laravel's Migrator what is pending.
 *
 * Mirrors postgres-acceptance.test.ts. Where Laravel 8 behaves differently on
 * SQLite the scenario says so: foreign keys added to an existing table are
 * silently skipped by its SQLiteGrammar (so that migration leaves no trace and
 * stays pending), and the sample's CHECK-constraint migration skips itself on
 * SQLite (guarded by the driver name, so migrate records it without changes).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  E2E_APPS,
  Laravel,
  REQUIRE_ENGINES,
  SAMPLE_APP,
  engineGate,
  migrationNames,
  migstampAvailable,
  migstampSql,
  migstampStatus,
  sqliteAvailability,
  tempDir,
  type RunResult,
  type StatusVerdict,
} from './engines.js';
import { SqliteDatabase } from './sqlite-engine.js';

interface Scenario {
  title: string;
  migrationsDir: string;
  /** What really ran, batch by batch. Files not listed are genuinely unapplied. */
  batches: string[][];
  seedSql?: string;
  /** Tracking rows that survive the "restore". */
  keepTracked: string[];
  /** 'full': `sqlite3 FILE .dump`; 'schema-dump': what `php artisan schema:dump` writes on SQLite. */
  dump: 'full' | 'schema-dump';
  /** Exactly what Laravel must report pending after the script ran (any order). */
  expectPending: string[];
  /** May be stamped or stay pending; both are safe. name → why. */
  eitherWay?: Record<string, string>;
  migrateSucceeds: true | string;
  /** A table the preconditions rely on; without it the script must change nothing. */
  preconditionTable: string;
}

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
  return { batches: [...byBatch.entries()].sort((a, b) => a[0] - b[0]).map(([, names]) => names), unapplied };
}

const sample = sampleHistory();
const sampleDir = join(SAMPLE_APP, 'database', 'migrations');
const sampleSeed = readFileSync(join(SAMPLE_APP, 'seed.sql'), 'utf8');
const GUARDED_TOOLS = '2025_03_10_000000_create_tool_definitions_table is guarded by Schema::hasTable: re-running it is a no-op, stamping it is also safe';
const BACKFILL = '2025_07_20_000000_backfill_work_item_content_format';
/** Skips itself on SQLite (DB::getDriverName() === 'sqlite'): no trace, migrate records it without changes. */
const CODEX_CHECK = '2025_08_02_000000_add_codex_to_agent_logs_source_type_constraint';
/** Laravel 8's SQLiteGrammar ignores foreign keys added to an existing table: no trace on SQLite. */
const WORK_ITEM_FKS = '2024_11_10_000000_add_foreign_keys_to_work_items_table';

const oneByOne = (dir: string, except: string[] = []): string[][] => migrationNames(dir).filter((n) => !except.includes(n)).map((n) => [n]);
const renameDir = join(E2E_APPS, 'rename-chain', 'migrations');
const dataDir = join(E2E_APPS, 'data-only', 'migrations');
const guardedDir = join(E2E_APPS, 'guarded-temp', 'migrations');

const scenarios: Scenario[] = [
  {
    title: 'sample app, restored from an older backup (batches 8-13 lost their rows, 3 migrations never ran)',
    migrationsDir: sampleDir,
    batches: sample.batches,
    seedSql: sampleSeed,
    keepTracked: sample.batches.slice(0, 7).flat(),
    dump: 'full',
    expectPending: [...sample.unapplied, BACKFILL, CODEX_CHECK],
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
    expectPending: ['2024_11_18_000000_create_import_staging_table', '2025_01_20_000000_drop_import_staging_table', BACKFILL, CODEX_CHECK, WORK_ITEM_FKS],
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
    expectPending: ['2022_01_04_000000_backfill_plan_codes'],
    migrateSucceeds: true,
    preconditionTable: 'plans',
  },
  {
    title: 'data-only migrations, every migration ran, schema:dump-style dump (no data)',
    migrationsDir: dataDir,
    batches: oneByOne(dataDir),
    keepTracked: ['2022_01_01_000000_create_settings_table'],
    dump: 'schema-dump',
    expectPending: ['2022_01_02_000000_seed_default_settings', '2022_01_04_000000_backfill_plan_codes', '2022_01_05_000000_seed_free_plan'],
    migrateSucceeds: 'seed_default_settings re-inserts existing keys (settings_key_unique)',
    preconditionTable: 'plans',
  },
  {
    title: 'guarded and temporary tables, invoices never ran',
    migrationsDir: guardedDir,
    batches: oneByOne(guardedDir, ['2021_05_01_000000_create_invoices_table']),
    keepTracked: ['2021_01_01_000000_create_accounts_table', '2021_02_01_000000_create_audit_log_table'],
    dump: 'full',
    expectPending: ['2021_03_01_000000_create_tmp_account_import_table', '2021_03_02_000000_drop_tmp_account_import_table', '2021_05_01_000000_create_invoices_table'],
    migrateSucceeds: true,
    preconditionTable: 'accounts',
  },
];

const gate = engineGate('SQLite acceptance', sqliteAvailability());
const STAMPED_VERDICTS = new Set(['tracked', 'applied', 'implied']);
const sorted = (names: Iterable<string>): string[] => [...names].sort();

describe.skipIf(gate.skip)('SQLite acceptance (real Laravel Migrator, sqlite3 .dump, sqlite3 -bail)', () => {
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
      let db: SqliteDatabase | undefined;
      let pristine: SqliteDatabase | undefined;
      let tmp: ReturnType<typeof tempDir> | undefined;
      let scriptFile = '';
      let sqlRun: RunResult | undefined;
      let status: { result: RunResult; verdicts: StatusVerdict[] } | undefined;
      let maxBatchInDump = 0;
      let rowsBefore: string[] = [];

      beforeAll(() => {
        if (gate.failure) return;
        tmp = tempDir();
        const dumpFile = join(tmp.path, 'dump.sql');
        scriptFile = join(tmp.path, 'stamp.sql');
        db = SqliteDatabase.create();
        const laravel = new Laravel('sqlite', db.file);
        laravel.replay(sc.migrationsDir, sc.batches);
        if (sc.seedSql) db.sql(sc.seedSql);
        db.restoreOlderTrackingTable(sc.keepTracked);
        expect(laravel.pending([sc.migrationsDir])).toEqual(all.filter((n) => !sc.keepTracked.includes(n)));
        if (sc.dump === 'full') db.dump(dumpFile);
        else db.schemaDump(dumpFile);
        rowsBefore = db.migrationNames();
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
        expect(sqlRun!.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        expect(sqlRun!.code, sqlRun!.stderr).toBe(0);
        expect(readFileSync(scriptFile, 'utf8')).toMatch(/INSERT/i);
      });

      it('migstamp status never calls a genuinely unapplied migration run', () => {
        expect(status!.result.code, status!.result.stderr).toBeLessThanOrEqual(1);
        const byName = new Map(status!.verdicts.map((v) => [v.migration, v.verdict]));
        for (const name of all) expect(byName.has(name), `no verdict for ${name}`).toBe(true);
        for (const name of genuinelyUnapplied) expect(STAMPED_VERDICTS.has(byName.get(name) ?? ''), `${name} never ran but got ${byName.get(name)}`).toBe(false);
        for (const name of sc.keepTracked) expect(byName.get(name)).toBe('tracked');
      });

      it('after the script, Laravel reports exactly the expected pending migrations', () => {
        const applied = db!.applyFile(scriptFile);
        expect(applied.code, applied.stderr).toBe(0);
        const pending = new Laravel('sqlite', db!.file).pending([sc.migrationsDir]);
        for (const name of genuinelyUnapplied) expect(pending, `${name} never ran but was stamped`).toContain(name);
        expect(sorted(pending.filter((n) => !eitherWay.includes(n)))).toEqual(sorted(sc.expectPending));
      });

      it('the stamped rows form one new batch above the highest batch in the dump', () => {
        const rows = db!.sql('SELECT migration, batch FROM migrations ORDER BY id;').split('\n').filter((l) => l !== '');
        const added = rows.slice(rowsBefore.length);
        expect(added.length).toBeGreaterThan(0);
        for (const row of added) expect(row.endsWith(`|${maxBatchInDump + 1}`), row).toBe(true);
        expect(db!.migrationNames().slice(0, rowsBefore.length)).toEqual(rowsBefore);
      });

      it('running the script a second time changes nothing', () => {
        const first = db!.migrationsRows();
        const again = db!.applyFile(scriptFile);
        expect(again.code, again.stderr).toBe(0);
        expect(db!.migrationsRows()).toBe(first);
      });

      it(sc.migrateSucceeds === true ? 'Laravel migrate then succeeds and leaves nothing pending' : `Laravel migrate then fails: ${sc.migrateSucceeds}`, () => {
        const laravel = new Laravel('sqlite', db!.file);
        const r = laravel.raw([sc.migrationsDir], 'migrate');
        if (sc.migrateSucceeds === true) {
          expect(r.code, r.stderr).toBe(0);
          expect(laravel.pending([sc.migrationsDir])).toEqual([]);
        } else {
          expect(r.code).not.toBe(0);
        }
      });

      it.each([true, false])(`the script changes nothing on a database without ${sc.preconditionTable} (-bail: %s)`, (bail) => {
        expect(readFileSync(scriptFile, 'utf8')).toContain(sc.preconditionTable);
        const damaged = pristine!.clone();
        try {
          damaged.sql(`PRAGMA foreign_keys = OFF; DROP TABLE "${sc.preconditionTable}";`);
          const before = damaged.migrationsRows();
          const r = damaged.applyFile(scriptFile, bail);
          if (bail) expect(r.code, 'sqlite3 -bail should have stopped on a failed precondition').not.toBe(0);
          expect(r.stderr).toMatch(/does not match the dump, nothing was changed/);
          expect(damaged.migrationsRows()).toBe(before);
        } finally {
          damaged.drop();
        }
      });
    });
  }

  describe('hostile migration names (quotes, comment markers, line breaks, unicode) read back byte for byte', () => {
    // A migration name is a file name, so it can hold anything but `/` and NUL.
    const names = [
      '2024_01_01_000000_create_quoted_table',
      "2024_01_02_000000_it's ' ; DROP TABLE migrations; --",
      '2024_01_03_000000_comment -- and *\\ star "dq" `bt` [br]',
      '2024_01_04_000000_line\nbreak\r\nand return',
      '2024_01_05_000000_ünïcødé ✓ 表',
    ];
    let tmp: ReturnType<typeof tempDir> | undefined;
    let db: SqliteDatabase | undefined;

    beforeAll(() => {
      if (gate.failure) return;
      tmp = tempDir();
      const dir = join(tmp.path, 'migrations');
      mkdirSync(dir);
      names.forEach((name, i) => {
        writeFileSync(
          join(dir, `${name}.php`),
          `<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Database\\Schema\\Blueprint;\nuse Illuminate\\Support\\Facades\\Schema;\nreturn new class extends Migration {\n  public function up() { Schema::create('hostile_${i}', function (Blueprint $table) { $table->id(); $table->string('note')->nullable(); }); }\n  public function down() { Schema::dropIfExists('hostile_${i}'); }\n};\n`,
        );
      });
      db = SqliteDatabase.create();
      const laravel = new Laravel('sqlite', db.file);
      laravel.migrate([dir]);
      db.restoreOlderTrackingTable([names[0]!]);
      db.dump(join(tmp.path, 'dump.sql'));
      const r = migstampSql(join(tmp.path, 'dump.sql'), [dir], join(tmp.path, 'stamp.sql'));
      if (r.code !== 0) throw new Error(`migstamp sql exited ${r.code}: ${r.stderr}`);
    });

    afterAll(() => {
      db?.drop();
      tmp?.cleanup();
    });

    it('stamps them, Laravel sees nothing pending, and each name is exactly the file name', () => {
      const r = db!.applyFile(join(tmp!.path, 'stamp.sql'));
      expect(r.code, r.stderr).toBe(0);
      expect(db!.migrationNames()).toEqual(names);
      expect(new Laravel('sqlite', db!.file).pending([join(tmp!.path, 'migrations')])).toEqual([]);
    });
  });
});
