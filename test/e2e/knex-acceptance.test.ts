/**
 * The acceptance loop for Knex on PostgreSQL, MariaDB and SQLite, with Knex's own
 * Migrator: migrate the sample's history for real → damage knex_migrations as a
 * restore from an older backup does → dump with pg_dump / mysqldump / sqlite3 →
 * `migstamp sql --framework knex` → apply the script with the real client → Knex's
 * own `migrate.list()` reports exactly the genuinely pending files, and its next
 * `migrate.latest()` succeeds. A second history stops at a migration that fails
 * after its first statement: it is never stamped.
 */
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineGate, migstamp, tempDir } from './engines.js';
import { KNEX_APP, KNEX_ENGINES, type KnexDatabase, builtName, deploy, knexHistory, knexPending, knexRunner } from './knex-engines.js';

const history = knexHistory();
const sources = join(KNEX_APP, 'migrations');
const sourcePath = (file: string): string => join(sources, file);
const sorted = (names: Iterable<string>): string[] => [...names].sort();

/** Keeps the rows of batches 1 and 2, as a backup taken after the second deployment would. */
const KEPT_BATCHES = 2;

/**
 * Fails after its first statement, on every engine: the table is made, then the
 * ALTER names a table that does not exist.
 */
const FAILING = `exports.up = async function (knex) {
  await knex.schema.createTable('ticket_notes', (t) => {
    t.increments();
    t.text('note');
  });
  await knex.raw('ALTER TABLE ticket_missing ADD COLUMN x integer');
};
exports.down = async function () {};
`;
const FAILING_FILE = '20240108120000_add_ticket_notes.js';

for (const engine of KNEX_ENGINES) {
  const gate = engineGate(`Knex acceptance on ${engine.name}`, engine.availability());

  describe.skipIf(gate.skip)(`Knex acceptance on ${engine.name} (Knex's Migrator, real dump, real client)`, () => {
    const tmp = tempDir(`knex-e2e-${engine.name}-`);
    const databases: KnexDatabase[] = [];
    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
    });
    afterAll(() => {
      for (const db of databases) db.drop();
      tmp.cleanup();
    });

    /** Migrates batch by batch in a deployment folder; returns the folder and the last runner result. */
    function migrateHistory(db: KnexDatabase, label: string, batches: readonly (readonly string[])[]) {
      const folder = join(tmp.path, `${label}-deploy`);
      mkdirSync(folder, { recursive: true });
      let last = null;
      for (const batch of batches) {
        deploy(folder, batch.map((file) => (file === FAILING_FILE ? join(tmp.path, FAILING_FILE) : sourcePath(file))));
        last = knexRunner(engine, db, folder, 'migrate');
        if (last.code !== 0) break;
      }
      return { folder, last };
    }

    function damageDumpStamp(db: KnexDatabase, label: string, migrationsDir: string) {
      db.sql(`DELETE FROM knex_migrations WHERE batch > ${KEPT_BATCHES};\n${engine.resetCounter}\n`);
      const dump = join(tmp.path, `${label}.sql`);
      db.dump(dump);
      const script = join(tmp.path, `${label}-stamp.sql`);
      const result = migstamp(['sql', '--framework', 'knex', '--dump', dump, '--migrations', migrationsDir, '-o', script]);
      return { dump, script, result };
    }

    it('stamps what ran, and Knex then lists exactly the files that did not run and those left unproven, and migrates cleanly', () => {
      const db = engine.create();
      databases.push(db);
      const { folder, last } = migrateHistory(db, 'restore', history.batches);
      expect(last?.code, last?.stderr).toBe(0);
      const { script, result } = damageDumpStamp(db, 'restore', sources);
      expect(result.code, result.stderr).toBe(0);
      const applied = db.applyFile(script);
      expect(applied.code, applied.stderr).toBe(0);
      // Safe to run twice: the second run finds every row it would write already there.
      const rows = db.sql('SELECT count(*) FROM knex_migrations;');
      expect(db.applyFile(script).code).toBe(0);
      expect(db.sql('SELECT count(*) FROM knex_migrations;')).toBe(rows);

      const notRun = [...history.failed, ...history.unapplied];
      deploy(folder, notRun.map(sourcePath));
      // Left pending with a reason, and re-run harmlessly: the create-then-drop pair leaves no
      // trace; a data-only change cannot be seen (unknown); SQLite keeps no varchar length, so
      // widening a column shows nothing there (unknown).
      const unproven = [
        '20240108090000_create_ticket_import.js',
        '20240109090000_drop_ticket_import.js',
        '20240121090000_backfill_closed_ticket_priority.js',
        ...(engine.name === 'sqlite' ? ['20240116090000_widen_tickets_subject.js'] : []),
      ];
      const leftPending = [...unproven, ...notRun.map(builtName)];
      expect(sorted(knexPending(engine, db, folder))).toEqual(sorted(leftPending));
      const next = knexRunner(engine, db, folder, 'migrate');
      expect(next.code, next.stderr).toBe(0);
      expect(knexPending(engine, db, folder)).toEqual([]);
    });

    it('never stamps a migration whose run failed after its first statement', () => {
      writeFileSync(join(tmp.path, FAILING_FILE), FAILING);
      // The sources migstamp reads: the sample's, and the failing migration beside them.
      const withFailing = join(tmp.path, 'with-failing');
      cpSync(sources, withFailing, { recursive: true });
      writeFileSync(join(withFailing, FAILING_FILE), FAILING);

      const db = engine.create();
      databases.push(db);
      const [first, second, third] = history.batches as [string[], string[], string[]];
      const { folder, last } = migrateHistory(db, 'failing', [first, second, [...third, FAILING_FILE].sort()]);
      expect(last?.code).toBe(1);
      expect(last?.stderr).toMatch(/ticket_missing/);

      const { script, result } = damageDumpStamp(db, 'failing', withFailing);
      expect(result.code, result.stderr).toBe(0);
      const applied = db.applyFile(script);
      expect(applied.code, applied.stderr).toBe(0);
      const pending = knexPending(engine, db, folder);
      expect(pending).toContain(FAILING_FILE);
      // PostgreSQL and SQLite roll the whole batch back; MariaDB keeps what its DDL committed,
      // the migration before the failing one included, which is stamped.
      const before = '20240108090000_create_ticket_import.js';
      if (engine.name === 'mariadb') expect(pending).not.toContain(before);
      else expect(pending).toContain(before);
    });
  });
}
