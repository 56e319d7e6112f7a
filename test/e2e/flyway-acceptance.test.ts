/**
 * The acceptance loop for Flyway on PostgreSQL, MariaDB and SQLite. Flyway itself
 * cannot run here, so the history is made by test/e2e/flyway-stand-in.ts, which
 * applies the sample's SQL files with the engines' real clients and writes and
 * reads flyway_schema_history as flyway-core's source does (it is not Flyway's
 * runner). Then: the real dump tool → a restore that lost rows → `migstamp sql
 * --framework flyway` → the real client applies the script → what `flyway info`
 * would show must be exactly the genuinely pending set with nothing for
 * validation to refuse, and the next migrate must succeed.
 */
import { copyFileSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, engineGate, migstamp, mysqlAvailability, postgresAvailability, sqliteAvailability, tempDir, type Availability } from './engines.js';
import { type FlywayEngine, type FlywayEngineName, createHistoryTable, flywayInfo, flywayMigrate, historyRows, openFlywayEngine, resolveFolder } from './flyway-stand-in.js';

const SAMPLE = join(REPO_ROOT, 'samples', 'flyway-app', 'db', 'migration');
const AVAILABILITY: Record<FlywayEngineName, () => Availability> = { postgres: postgresAvailability, mysql: mysqlAvailability, sqlite: sqliteAvailability };

/** A migration that fails at its second statement: MariaDB keeps the first and a failed row; the others roll it back. */
const FAILING = 'V18_1__add_shipments_tracking';
const FAILING_SQL = 'ALTER TABLE shipments ADD COLUMN tracking_code VARCHAR(40);\nCREATE INDEX shipment_events_tracking_index ON shipment_events (tracking_code);\n';

interface Loop {
  readonly engine: FlywayEngine;
  readonly folder: string;
  readonly scratch: string;
}

function stampAndApply(loop: Loop, label: string, extra: string[] = []): { script: string; stderr: string } {
  const dump = join(loop.scratch, `${label}.sql`);
  loop.engine.dump(dump);
  const out = join(loop.scratch, `${label}-stamp.sql`);
  const result = migstamp(['sql', '--dump', dump, '--migrations', loop.folder, '--framework', 'flyway', '-o', out, ...extra]);
  expect(result.code, result.stderr).toBe(0);
  const applied = loop.engine.apply(out);
  expect(applied.code, applied.stderr).toBe(0);
  // Safe to run twice.
  const again = loop.engine.apply(out);
  expect(again.code, again.stderr).toBe(0);
  return { script: readFile(out), stderr: result.stderr };
}

function readFile(file: string): string {
  return readFileSync(file, 'utf8');
}

/** The scripts the stamp script inserts rows for, without `.sql`, in its order. */
function stampedNames(script: string): string[] {
  return [...script.matchAll(/^SELECT \(SELECT COALESCE.*?'SQL', '([^']+)\.sql'/gm)].map((match) => match[1]!);
}

const engines: readonly FlywayEngineName[] = ['postgres', 'mysql', 'sqlite'];

for (const name of engines) {
  const gate = engineGate(`flyway acceptance on ${name}`, AVAILABILITY[name]());
  describe.skipIf(gate.skip)(`flyway acceptance on ${name}`, () => {
    const opened: FlywayEngine[] = [];
    const tmp = tempDir('flyway-acceptance-');
    afterAll(() => {
      opened.forEach((engine) => engine.drop());
      tmp.cleanup();
    });

    /** A database migrated by the stand-in up to V18 (and the repeatable view). */
    function migratedTo18(folder = SAMPLE): Loop {
      if (gate.failure) throw new Error(gate.failure);
      const engine = openFlywayEngine(name, 'flyway_acceptance');
      opened.push(engine);
      createHistoryTable(engine);
      const result = flywayMigrate(engine, resolveFolder(folder), { target: '18' });
      expect(result.failure).toBeNull();
      return { engine, folder, scratch: tmp.path };
    }

    const genuinelyPending = ['V19__add_shipments_warehouse', 'V20__create_tags', 'V21__create_catalog_item_tags'];

    it('all rows lost: with outOfOrder, stamps every applied migration around the create-then-drop pair; info shows exactly the pending set; migrate succeeds', () => {
      const loop = migratedTo18();
      loop.engine.sql(`DELETE FROM ${loop.engine.table};`);
      const { script } = stampAndApply(loop, `${name}-all-lost`, ['--out-of-order']);
      expect(stampedNames(script)).toHaveLength(20);
      const files = resolveFolder(SAMPLE);
      const info = flywayInfo(loop.engine, files, true);
      expect(info.errors).toEqual([]);
      expect(info.pending).toEqual(['V6__create_import_staging', 'V7__drop_import_staging', ...genuinelyPending, 'R__customer_order_counts']);
      expect(flywayMigrate(loop.engine, files, { outOfOrder: true }).failure).toBeNull();
      expect(flywayInfo(loop.engine, files, true).pending).toEqual([]);
    });

    it('all rows lost, without outOfOrder: stamps stop before the first migration that gets no row, so validation passes', () => {
      const loop = migratedTo18();
      loop.engine.sql(`DELETE FROM ${loop.engine.table};`);
      const { script } = stampAndApply(loop, `${name}-all-lost-in-order`);
      expect(stampedNames(script)).toEqual(['V1__create_customers', 'V1_1__index_customers_email', 'V2__create_products', 'V3__create_orders', 'V3_1__create_order_lines', 'V4__add_customers_phone', 'V5__rename_customers_name']);
      expect(script).toContain('V6__create_import_staging below the highest applied version');
      const info = flywayInfo(loop.engine, resolveFolder(SAMPLE), false);
      expect(info.errors).toEqual([]);
      expect(info.pending[0]).toBe('V6__create_import_staging');
    });

    it('newest rows lost: stamps them with ranks after the kept ones; info shows exactly the pending set; migrate succeeds', () => {
      const loop = migratedTo18();
      const q = loop.engine.quote;
      loop.engine.sql(`DELETE FROM ${loop.engine.table} WHERE ${q('installed_rank')} > (SELECT r FROM (SELECT ${q('installed_rank')} AS r FROM ${loop.engine.table} WHERE ${q('version')} = '15') AS kept);`);
      const { script } = stampAndApply(loop, `${name}-newest-lost`);
      expect(stampedNames(script)).toEqual(['V16__create_reviews', 'V17__index_reviews_rating', 'V18__create_warehouses']);
      const rows = historyRows(loop.engine);
      expect(rows.map((row) => row.rank)).toEqual(rows.map((_, index) => index + 1));
      expect(rows.slice(-3).map((row) => [row.version, row.type, row.success])).toEqual([['16', 'SQL', true], ['17', 'SQL', true], ['18', 'SQL', true]]);
      const files = resolveFolder(SAMPLE);
      const info = flywayInfo(loop.engine, files, false);
      expect(info.errors).toEqual([]);
      expect(info.pending).toEqual([...genuinelyPending, 'R__customer_order_counts']);
      expect(flywayMigrate(loop.engine, files).failure).toBeNull();
    });

    it('a history stopped by a failing migration: it is never stamped', () => {
      const folder = join(tmp.path, `${name}-failing`);
      mkdirSync(folder);
      for (const file of readdirSync(SAMPLE)) copyFileSync(join(SAMPLE, file), join(folder, file));
      writeFileSync(join(folder, `${FAILING}.sql`), FAILING_SQL);
      const loop = migratedTo18(folder);
      const files = resolveFolder(folder);
      expect(flywayMigrate(loop.engine, files).failure).toMatch(/V18_1__add_shipments_tracking\.sql failed/);
      const { script, stderr } = stampAndApply(loop, `${name}-failing`);
      expect(stampedNames(script)).not.toContain(FAILING);
      const info = flywayInfo(loop.engine, files, false);
      if (name === 'mysql') {
        expect(stderr).toContain('records a failed attempt at version 18.1');
        expect(info.errors).toEqual(['Detected failed migration to version 18.1 (add shipments tracking)']);
      } else {
        expect(info.errors).toEqual([]);
        expect(info.pending).toEqual([FAILING, ...genuinelyPending]);
      }
    });

    if (name === 'mysql') {
      it('a failed attempt whose migration a DBA then finished by hand: the failed row is removed as repair does, and the migration stamped', () => {
        const folder = join(tmp.path, 'mysql-finished');
        mkdirSync(folder);
        for (const file of readdirSync(SAMPLE)) copyFileSync(join(SAMPLE, file), join(folder, file));
        writeFileSync(join(folder, `${FAILING}.sql`), FAILING_SQL);
        const loop = migratedTo18(folder);
        const files = resolveFolder(folder);
        expect(flywayMigrate(loop.engine, files).failure).not.toBeNull();
        loop.engine.sql('CREATE TABLE shipment_events (id INTEGER NOT NULL PRIMARY KEY, tracking_code VARCHAR(40));\nCREATE INDEX shipment_events_tracking_index ON shipment_events (tracking_code);');
        const { script } = stampAndApply(loop, 'mysql-finished');
        expect(stampedNames(script)).toEqual([FAILING]);
        expect(script).toMatch(/DELETE FROM .*`success` = FALSE/);
        const info = flywayInfo(loop.engine, files, false);
        expect(info.errors).toEqual([]);
        expect(info.states.get(FAILING)).toBe('SUCCESS');
        expect(info.pending).toEqual(genuinelyPending);
        expect(flywayMigrate(loop.engine, files).failure).toBeNull();
      });
    }
  });
}

describe('the Flyway sample dumps', () => {
  it.each(engines)('%s/restored.sql: the rows from version 16 on are stamped, 19–21 pending, the repeatable view reported', (name) => {
    const dump = join(REPO_ROOT, 'samples', 'flyway-app', 'dumps', name, 'restored.sql');
    const result = migstamp(['status', '--dump', dump, '--migrations', SAMPLE, '--json']);
    expect(result.code, result.stderr).toBe(1);
    const verdicts = (JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string }[] }).verdicts;
    const of = (verdict: string): string[] => verdicts.filter((v) => v.verdict === verdict).map((v) => v.migration);
    expect(of('applied')).toEqual(['V16__create_reviews', 'V17__index_reviews_rating', 'V18__create_warehouses']);
    expect(of('pending')).toEqual(['V19__add_shipments_warehouse', 'V20__create_tags', 'V21__create_catalog_item_tags']);
    expect(of('unknown')).toEqual(['R__customer_order_counts']);
    expect(of('tracked')).toHaveLength(19);
  });
});
