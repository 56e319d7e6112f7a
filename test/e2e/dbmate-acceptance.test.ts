/**
 * The acceptance loop for dbmate on PostgreSQL, MariaDB and SQLite, with the real
 * dbmate binary: migrate the sample's history for real → damage schema_migrations
 * as a restore does (all rows lost; the newest deployment's rows lost; a history
 * stopped by a failing migration) → dump with pg_dump / mysqldump / sqlite3 →
 * `migstamp sql --framework dbmate` → apply the script with the real client →
 * `dbmate status` reports exactly the genuinely pending files, and the next
 * `dbmate migrate` succeeds.
 */
import { copyFileSync, cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DBMATE_APP, DBMATE_ENGINES, type DbmateDatabase, dbmateHistory, dbmatePending, dbmateRun } from './dbmate-engines.js';
import { engineGate, migstamp, tempDir } from './engines.js';

const history = dbmateHistory();
const sources = join(DBMATE_APP, 'db', 'migrations');
const versionOf = (name: string): string => /^\d+/.exec(name)![0];
const sorted = (names: Iterable<string>): string[] => [...names].sort();
/** Both leave no trace whether or not they ran: dbmate runs them again, harmlessly. */
const CREATE_THEN_DROP = ['20240105090000_create_import_batches', '20240105100000_drop_import_batches'];

/** Fails after its first statement on every engine: the column is added, then the ALTER names a table that does not exist. */
const FAILING_NAME = '20240106120000_add_priority_to_tasks';
const FAILING = '-- migrate:up\nALTER TABLE tasks ADD COLUMN priority integer;\nALTER TABLE ticket_missing ADD COLUMN x integer;\n\n-- migrate:down\n';

for (const engine of DBMATE_ENGINES) {
  const gate = engineGate(`dbmate acceptance on ${engine.name}`, engine.availability());

  describe.skipIf(gate.skip)(`dbmate acceptance on ${engine.name} (the real dbmate, real dump, real client)`, () => {
    const tmp = tempDir(`dbmate-e2e-${engine.name}-`);
    const databases: DbmateDatabase[] = [];
    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
    });
    afterAll(() => {
      for (const db of databases) db.drop();
      tmp.cleanup();
    });

    /** Runs `dbmate up` once per deployment in a folder that gains that deployment's files; returns the folder and the last result. */
    function migrateHistory(db: DbmateDatabase, label: string, deployments: readonly (readonly string[])[], from: string) {
      const folder = join(tmp.path, `${label}-deploy`);
      mkdirSync(folder, { recursive: true });
      let last = null;
      for (const deployment of deployments) {
        for (const name of deployment) copyFileSync(join(from, `${name}.sql`), join(folder, `${name}.sql`));
        last = dbmateRun(db, folder, 'up');
        if (last.code !== 0) break;
      }
      return { folder, last };
    }

    /** Deletes the rows of `lost`, dumps, and writes the stamp script for the sources in `migrationsDir`. */
    function damageDumpStamp(db: DbmateDatabase, label: string, lost: readonly string[], migrationsDir: string) {
      db.sql(`DELETE FROM schema_migrations WHERE version IN (${lost.map((name) => `'${versionOf(name)}'`).join(', ')});\n`);
      const dump = join(tmp.path, `${label}.sql`);
      db.dump(dump);
      const script = join(tmp.path, `${label}-stamp.sql`);
      const result = migstamp(['sql', '-q', '--framework', 'dbmate', '--dump', dump, '--migrations', migrationsDir, '-o', script]);
      return { script, result };
    }

    function deployAll(folder: string): void {
      for (const name of history.unapplied) copyFileSync(join(sources, `${name}.sql`), join(folder, `${name}.sql`));
    }

    it.each([
      ['all rows lost', history.deployments.flat(), [...CREATE_THEN_DROP, ...history.unapplied]],
      ['the newest deployment lost', history.deployments.at(-1)!, history.unapplied],
    ])('%s: stamps what ran; dbmate then lists exactly the unapplied files and migrates cleanly', (label, lost, leftPending) => {
      const db = engine.create();
      databases.push(db);
      const { folder, last } = migrateHistory(db, label.replace(/\W+/g, '-'), history.deployments, sources);
      expect(last?.code, last?.stderr).toBe(0);
      const { script, result } = damageDumpStamp(db, label.replace(/\W+/g, '-'), lost, sources);
      expect(result.code, result.stderr).toBe(0);
      const applied = db.applyFile(script);
      expect(applied.code, applied.stderr).toBe(0);
      // Safe to run twice: the second run finds every row it would write already there.
      const rows = db.sql('SELECT count(*) FROM schema_migrations;');
      expect(db.applyFile(script).code).toBe(0);
      expect(db.sql('SELECT count(*) FROM schema_migrations;')).toBe(rows);

      deployAll(folder);
      expect(sorted(dbmatePending(db, folder))).toEqual(sorted(leftPending));
      const next = dbmateRun(db, folder, 'migrate');
      expect(next.code, next.stderr).toBe(0);
      expect(dbmatePending(db, folder)).toEqual([]);
      // The rows the script wrote are the rows dbmate writes: one version each, nothing else.
      const versions = db.sql('SELECT version FROM schema_migrations ORDER BY version;').trim().split('\n');
      expect(versions).toEqual(sorted([...history.deployments.flat(), ...history.unapplied].map(versionOf)));
    });

    it('never stamps a migration whose run failed, nor what it stopped', () => {
      const withFailing = join(tmp.path, 'with-failing');
      cpSync(sources, withFailing, { recursive: true });
      writeFileSync(join(withFailing, `${FAILING_NAME}.sql`), FAILING);
      const db = engine.create();
      databases.push(db);
      const [first, second, third] = history.deployments as [string[], string[], string[]];
      const { folder, last } = migrateHistory(db, 'failing', [first, second, [FAILING_NAME, ...third]], withFailing);
      expect(last?.code).not.toBe(0);
      expect(last?.stderr).toMatch(/ticket_missing/);

      const { script, result } = damageDumpStamp(db, 'failing', second, withFailing);
      expect(result.code, result.stderr).toBe(0);
      const applied = db.applyFile(script);
      expect(applied.code, applied.stderr).toBe(0);
      deployAll(folder);
      // MariaDB keeps the failing migration's first statement (its DDL commits at once): partial, not stamped, like the rest.
      expect(sorted(dbmatePending(db, folder))).toEqual(sorted([...CREATE_THEN_DROP, FAILING_NAME, ...third, ...history.unapplied]));
    });
  });
}
