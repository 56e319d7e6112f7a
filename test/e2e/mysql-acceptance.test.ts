/**
 * The product's acceptance loop on real MariaDB with Laravel's real Migrator,
 * mirroring postgres-acceptance.test.ts:
 *
 *   create a database → Laravel's Migrator runs the history (some migrations
 *   withheld: genuinely unapplied) → the tracking table loses rows as a restore
 *   from an older backup does → mysqldump → migstamp sql → mysql < script →
 *   Laravel's Migrator says what is pending.
 *
 * MySQL-specific cases: the script must change nothing on a database that does
 * not match, whether or not the client stops at the first error (`--force`);
 * a migration half-applied because DDL is not transactional is `partial` and
 * not stamped; names with quotes, backslashes and newlines come back byte
 * for byte, also with the session in NO_BACKSLASH_ESCAPES.
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
  mysqlAvailability,
  runOk,
  tempDir,
  type RunResult,
  type StatusVerdict,
} from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';

interface Scenario {
  title: string;
  migrationsDir: string;
  batches: string[][];
  seedSql?: string;
  keepTracked: string[];
  /** 'full': plain mysqldump; 'schema-dump': what `php artisan schema:dump` writes for MySQL. */
  dump: 'full' | 'schema-dump';
  expectPending: string[];
  eitherWay?: Record<string, string>;
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
const GUARDED = '2025_03_10_000000_create_tool_definitions_table';
const BACKFILL = '2025_07_20_000000_backfill_work_item_content_format';
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
    expectPending: [...sample.unapplied, BACKFILL],
    eitherWay: { [GUARDED]: 'guarded by Schema::hasTable' },
    preconditionTable: 'telemetry_events',
  },
  {
    title: 'sample app, every migration ran, only batch 1 rows survived',
    migrationsDir: sampleDir,
    batches: [...sample.batches, sample.unapplied],
    seedSql: sampleSeed,
    keepTracked: sample.batches[0]!,
    dump: 'full',
    expectPending: ['2024_11_18_000000_create_import_staging_table', '2025_01_20_000000_drop_import_staging_table', BACKFILL],
    eitherWay: { [GUARDED]: 'guarded by Schema::hasTable' },
    preconditionTable: 'notifications',
  },
  {
    title: 'rename chain, the last rename never ran',
    migrationsDir: renameDir,
    batches: oneByOne(renameDir, ['2023_06_01_000000_rename_title_to_label_on_workspaces']),
    keepTracked: ['2023_01_01_000000_create_projects_table', '2023_02_01_000000_rename_projects_to_workspaces'],
    dump: 'full',
    expectPending: ['2023_06_01_000000_rename_title_to_label_on_workspaces'],
    preconditionTable: 'workspace_members',
  },
  {
    title: 'data-only migrations, every migration ran, dump with data',
    migrationsDir: dataDir,
    batches: oneByOne(dataDir),
    keepTracked: ['2022_01_01_000000_create_settings_table'],
    dump: 'full',
    expectPending: ['2022_01_04_000000_backfill_plan_codes'],
    preconditionTable: 'plans',
  },
  {
    title: 'data-only migrations, every migration ran, Laravel schema:dump file (no data)',
    migrationsDir: dataDir,
    batches: oneByOne(dataDir),
    keepTracked: ['2022_01_01_000000_create_settings_table'],
    dump: 'schema-dump',
    expectPending: ['2022_01_02_000000_seed_default_settings', '2022_01_04_000000_backfill_plan_codes', '2022_01_05_000000_seed_free_plan'],
    preconditionTable: 'plans',
  },
  {
    title: 'guarded and temporary tables, invoices never ran',
    migrationsDir: guardedDir,
    batches: oneByOne(guardedDir, ['2021_05_01_000000_create_invoices_table']),
    keepTracked: ['2021_01_01_000000_create_accounts_table', '2021_02_01_000000_create_audit_log_table'],
    dump: 'full',
    expectPending: ['2021_03_01_000000_create_tmp_account_import_table', '2021_03_02_000000_drop_tmp_account_import_table', '2021_05_01_000000_create_invoices_table'],
    preconditionTable: 'accounts',
  },
];

const gate = engineGate('MySQL acceptance', mysqlAvailability());
const STAMPED = new Set(['tracked', 'applied', 'implied']);
const sorted = (names: Iterable<string>): string[] => [...names].sort();

/** What `php artisan schema:dump` writes for MySQL/MariaDB (Illuminate\Database\Schema\MySqlSchemaState). */
function laravelSchemaDump(db: MysqlDatabase, file: string): void {
  const base = ['--no-tablespaces', '--skip-add-locks', '--skip-comments', '--skip-set-charset', '--tz-utc'];
  const schema = runOk('mysqldump', [...base, '--routines', '--no-data', db.name]);
  const rows = runOk('mysqldump', [...base, db.name, 'migrations', '--no-create-info', '--skip-extended-insert', '--skip-routines', '--compact', '--complete-insert']);
  writeFileSync(file, (schema + rows).replace(/ AUTO_INCREMENT=\d+/g, ''));
}

function checkGate(): void {
  if (gate.failure) throw new Error(gate.failure);
  if (!migstampAvailable()) {
    const msg = 'bin/migstamp does not exist yet; build the CLI first (npm run build)';
    if (REQUIRE_ENGINES) throw new Error(msg);
    console.warn(`\n[warn] ${msg}: the acceptance scenarios will fail.\n`);
  }
}

describe.skipIf(gate.skip)('MySQL acceptance (real Laravel Migrator, mysqldump, mysql)', () => {
  beforeAll(checkGate);

  for (const sc of scenarios) {
    describe(sc.title, () => {
      const all = migrationNames(sc.migrationsDir);
      const ran = sc.batches.flat();
      const genuinelyUnapplied = all.filter((n) => !ran.includes(n));
      const eitherWay = Object.keys(sc.eitherWay ?? {});
      let db: MysqlDatabase | undefined;
      let pristine: MysqlDatabase | undefined;
      let tmp: ReturnType<typeof tempDir> | undefined;
      let scriptFile = '';
      let sqlRun: RunResult | undefined;
      let status: { result: RunResult; verdicts: StatusVerdict[] } | undefined;
      let rowsBefore = '';
      let maxBatch = 0;

      beforeAll(() => {
        if (gate.failure) return;
        tmp = tempDir();
        const dumpFile = join(tmp.path, 'dump.sql');
        scriptFile = join(tmp.path, 'stamp.sql');
        db = MysqlDatabase.create();
        const laravel = new Laravel('mysql', db.name);
        laravel.replay(sc.migrationsDir, sc.batches);
        if (sc.seedSql) db.sql(sc.seedSql);
        db.restoreOlderTrackingTable(sc.keepTracked);
        expect(laravel.pending([sc.migrationsDir])).toEqual(all.filter((n) => !sc.keepTracked.includes(n)));
        if (sc.dump === 'full') db.dump(dumpFile);
        else laravelSchemaDump(db, dumpFile);
        rowsBefore = db.migrationsRows();
        maxBatch = db.maxBatch();
        pristine = db.clone();
        sqlRun = migstampSql(dumpFile, [sc.migrationsDir], scriptFile);
        status = migstampStatus(dumpFile, [sc.migrationsDir]);
      });

      afterAll(() => {
        db?.drop();
        pristine?.drop();
        tmp?.cleanup();
      });

      it('migstamp sql writes a script (exit 0) and status never calls a genuinely unapplied migration run', () => {
        expect(sqlRun!.code, sqlRun!.stderr).toBe(0);
        expect(sqlRun!.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
        const byName = new Map(status!.verdicts.map((v) => [v.migration, v.verdict]));
        for (const name of all) expect(byName.has(name), `no verdict for ${name}`).toBe(true);
        for (const name of genuinelyUnapplied) expect(STAMPED.has(byName.get(name) ?? ''), `${name} got ${byName.get(name)}`).toBe(false);
        for (const name of sc.keepTracked) expect(byName.get(name)).toBe('tracked');
      });

      it('after the script, Laravel reports exactly the expected pending migrations, in one new batch', () => {
        const applied = db!.applyFile(scriptFile);
        expect(applied.code, applied.stderr).toBe(0);
        const pending = new Laravel('mysql', db!.name).pending([sc.migrationsDir]);
        for (const name of genuinelyUnapplied) expect(pending, `${name} never ran but was stamped`).toContain(name);
        expect(sorted(pending.filter((n) => !eitherWay.includes(n)))).toEqual(sorted(sc.expectPending));
        const batches = db!.sql(`SELECT DISTINCT batch FROM migrations WHERE batch > ${maxBatch};`).trim();
        expect(batches).toBe(String(maxBatch + 1));
        expect(db!.migrationsRows().startsWith(rowsBefore)).toBe(true);
      });

      it('running the script a second time changes nothing', () => {
        const first = db!.migrationsRows();
        const again = db!.applyFile(scriptFile);
        expect(again.code, again.stderr).toBe(0);
        expect(db!.migrationsRows()).toBe(first);
      });

      it(`on a database without ${sc.preconditionTable} the script stops with an error and changes nothing, with and without --force`, () => {
        expect(readFileSync(scriptFile, 'utf8')).toContain(sc.preconditionTable);
        pristine!.sql(`SET FOREIGN_KEY_CHECKS = 0; DROP TABLE \`${sc.preconditionTable}\`;`);
        const before = pristine!.migrationsRows();
        const stopped = pristine!.applyFile(scriptFile);
        expect(stopped.code).not.toBe(0);
        expect(stopped.stderr).toContain(`missing: `);
        expect(stopped.stderr).toContain(sc.preconditionTable);
        expect(pristine!.migrationsRows()).toBe(before);
        const forced = pristine!.applyFile(scriptFile, { force: true });
        expect(forced.stderr).toContain('does not match the dump');
        expect(pristine!.migrationsRows()).toBe(before);
      });
    });
  }

  describe('a migration half-applied (table created, a later statement of the same up() failed)', () => {
    let tmp: ReturnType<typeof tempDir> | undefined;
    let db: MysqlDatabase | undefined;
    const half = '2024_02_01_000000_create_widgets_table';
    let verdicts: StatusVerdict[] = [];
    let script = '';

    beforeAll(() => {
      if (gate.failure) return;
      tmp = tempDir();
      const dir = join(tmp.path, 'migrations');
      mkdirSync(dir);
      writeFileSync(join(dir, '2024_01_01_000000_create_owners_table.php'), migration(`Schema::create('owners', function (Blueprint $table) { $table->id(); });`));
      // MySQL commits the CREATE TABLE at once; the foreign key to a missing table then fails.
      writeFileSync(
        join(dir, `${half}.php`),
        migration(`Schema::create('widgets', function (Blueprint $table) { $table->id(); $table->string('name'); $table->unsignedBigInteger('maker_id'); });
        Schema::table('widgets', function (Blueprint $table) { $table->foreign('maker_id')->references('id')->on('makers'); });`),
      );
      db = MysqlDatabase.create();
      const laravel = new Laravel('mysql', db.name);
      laravel.migrate([join(dir, '2024_01_01_000000_create_owners_table.php')]);
      const failed = laravel.raw([dir], 'migrate');
      expect(failed.code, 'the second statement was meant to fail').not.toBe(0);
      expect(db.sql("SHOW TABLES LIKE 'widgets';").trim()).toBe('widgets');
      db.restoreOlderTrackingTable([]);
      const dumpFile = join(tmp.path, 'dump.sql');
      db.dump(dumpFile);
      verdicts = migstampStatus(dumpFile, [dir]).verdicts;
      const out = join(tmp.path, 'stamp.sql');
      migstampSql(dumpFile, [dir], out);
      script = readFileSync(out, 'utf8');
    });

    afterAll(() => {
      db?.drop();
      tmp?.cleanup();
    });

    it('is partial and not stamped; the complete migration before it is', () => {
      expect(verdicts.find((v) => v.migration === half)?.verdict).toBe('partial');
      expect(script).not.toContain(`'${half}'`);
      expect(script).toContain("'2024_01_01_000000_create_owners_table'");
    });
  });

  describe('hostile migration names come back byte for byte', () => {
    const names = [
      "2024_01_01_000000_quote'); DROP TABLE users; --",
      '2024_01_02_000000_back\\slash\\',
      // A file name cannot hold `/`; `*/` in names is covered by test/emit/mysql-script.test.ts.
      '2024_01_03_000000_star * and `tick` and "dq" and ; semicolon',
      '2024_01_04_000000_new\nline and tab\t and é',
    ];
    let tmp: ReturnType<typeof tempDir> | undefined;
    let db: MysqlDatabase | undefined;
    let dir = '';
    let scriptFile = '';

    beforeAll(() => {
      if (gate.failure) return;
      tmp = tempDir();
      dir = join(tmp.path, 'migrations');
      mkdirSync(dir);
      names.forEach((name, n) => writeFileSync(join(dir, `${name}.php`), migration(`Schema::create('hostile_${n}', function (Blueprint $table) { $table->id(); });`)));
      db = MysqlDatabase.create();
      new Laravel('mysql', db.name).migrate([dir]);
      expect(db.migrationNames()).toEqual(names);
      db.restoreOlderTrackingTable([]);
      const dumpFile = join(tmp.path, 'dump.sql');
      db.dump(dumpFile);
      scriptFile = join(tmp.path, 'stamp.sql');
      const r = migstampSql(dumpFile, [dir], scriptFile);
      expect(r.code, r.stderr).toBe(0);
    });

    afterAll(() => {
      db?.drop();
      tmp?.cleanup();
    });

    it.each([
      ['the default sql_mode', undefined],
      ['NO_BACKSLASH_ESCAPES', 'NO_BACKSLASH_ESCAPES'],
    ])('with %s, the stamped names equal the file names and Laravel finds nothing pending', (_title, sqlMode) => {
      db!.sql('DELETE FROM migrations;');
      const r = db!.applyFile(scriptFile, { sqlMode });
      expect(r.code, r.stderr).toBe(0);
      expect(sorted(db!.migrationNames())).toEqual(sorted(names));
      expect(new Laravel('mysql', db!.name).pending([dir])).toEqual([]);
    });
  });
});

function migration(up: string): string {
  return `<?php

use Illuminate\\Database\\Migrations\\Migration;
use Illuminate\\Database\\Schema\\Blueprint;
use Illuminate\\Support\\Facades\\Schema;

return new class extends Migration
{
    public function up(): void
    {
        ${up}
    }

    public function down(): void
    {
    }
};
`;
}
