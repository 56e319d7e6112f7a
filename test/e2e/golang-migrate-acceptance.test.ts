/**
 * The acceptance loop for golang-migrate on PostgreSQL, MariaDB and SQLite.
 *
 * THE RUNNER IS EMULATED FROM ITS SOURCE: golang-migrate's binary cannot be had
 * here (not in Debian, not on npm, no Go module proxy), so golang-migrate-engines.ts
 * drives the real engines through their real clients as v4's drivers and migrate.go
 * drive them (table, SetVersion, Run, Version, Up; each cited there). Everything else
 * is real: migrate the sample's history → damage schema_migrations (the row lost; an
 * older version restored; a dirty version whose migration had finished; a dirty
 * version from a migration that failed partway) → dump with pg_dump / mysqldump /
 * sqlite3 → `migstamp sql --framework golang-migrate` → apply with the real client →
 * read the row back as `Version()` does: the versions above it must be exactly the
 * migrations that never ran, no migration that never ran may be at or below it, and
 * the next `up` must succeed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engineGate, migstamp, tempDir } from './engines.js';
import { GM_ENGINES, GOLANG_MIGRATE_APP, type GmDatabase, gmHistory, migrateUp, pendingOf, upFiles } from './golang-migrate-engines.js';

const history = gmHistory();
const sources = join(GOLANG_MIGRATE_APP, 'db', 'migrations');
const files = upFiles(sources);
const versionOf = (name: string): bigint => files.find((file) => file.name === name)!.version;
const ran = (deployments: number): string[] => history.deployments.slice(0, deployments).flat();
const lastOf = (deployment: number): string => history.deployments[deployment - 1]!.at(-1)!;
/** Neither leaves a trace whether or not it ran, so the row cannot pass them unless the user says they ran. */
const CREATE_THEN_DROP = ['20240301093000_create_import_runs', '20240301094000_drop_import_runs'];

/** Fails after its first statement: the column is added, then the ALTER names a table that does not exist. */
const FAILING = { version: 20240307090000n, name: '20240307090000_add_priority_to_purchases', text: 'ALTER TABLE purchases ADD COLUMN priority integer;\nALTER TABLE missing_table ADD COLUMN x integer;\n' };

for (const engine of GM_ENGINES) {
  const gate = engineGate(`golang-migrate acceptance on ${engine.name}`, engine.availability());

  describe.skipIf(gate.skip)(`golang-migrate acceptance on ${engine.name} (runner emulated from its source; real engine, dump and client)`, () => {
    const tmp = tempDir(`golang-migrate-e2e-${engine.name}-`);
    const databases: GmDatabase[] = [];
    beforeAll(() => {
      if (gate.failure) throw new Error(gate.failure);
    });
    afterAll(() => {
      for (const db of databases) db.drop();
      tmp.cleanup();
    });

    /** A database migrated deployment by deployment, as `migrate up` runs with each deployment's folder. */
    function migrated(deployments: readonly (readonly { name: string }[])[]): { db: GmDatabase; failure: string | null } {
      const db = engine.create();
      databases.push(db);
      const folder: { version: bigint; name: string; text: string }[] = [];
      for (const deployment of deployments) {
        folder.push(...deployment.map(({ name }) => (name === FAILING.name ? FAILING : files.find((file) => file.name === name)!)));
        folder.sort((a, b) => (a.version < b.version ? -1 : 1));
        const result = migrateUp(db, folder);
        if (result.code !== 0) return { db, failure: result.stderr };
      }
      return { db, failure: null };
    }

    const named = (names: readonly string[]) => names.map((name) => ({ name }));

    /** Dumps, writes the stamp script, applies it twice; returns migstamp's stderr and the row after the first run. */
    function dumpStampApply(db: GmDatabase, label: string, extra: readonly string[] = []) {
      const dump = join(tmp.path, `${label}.sql`);
      db.dump(dump);
      const script = join(tmp.path, `${label}-stamp.sql`);
      const result = migstamp(['sql', '--framework', 'golang-migrate', '--dump', dump, '--migrations', sources, '-o', script, ...extra]);
      expect(result.code, result.stderr).toBe(0);
      const first = db.applyFile(script);
      expect(first.code, first.stderr).toBe(0);
      const row = db.version();
      // Safe to run twice: the second run finds its row already there.
      expect(db.applyFile(script).code).toBe(0);
      expect(db.version()).toEqual(row);
      return { stderr: result.stderr, row };
    }

    /** Migrations that never ran but sit at or below the recorded version: golang-migrate would never run them. */
    function falseStamps(db: GmDatabase, everRan: readonly string[]): string[] {
      const row = db.version();
      return row === null ? [] : files.filter((file) => file.version <= row.version && !everRan.includes(file.name)).map((file) => file.name);
    }

    const DAMAGES: readonly (readonly [string, (db: GmDatabase) => void, readonly string[]])[] = [
      ['an older version restored', (db) => db.setVersion(versionOf(lastOf(1)), false), []],
      ['a dirty version whose migration had finished', (db) => db.setVersion(versionOf(lastOf(3)), true), []],
      ['the row lost, the create-then-drop pair vouched for', (db) => void db.sql('DELETE FROM schema_migrations;'), CREATE_THEN_DROP.flatMap((name) => ['--assume-applied', name])],
    ];
    it.each(DAMAGES)('%s: the row moves to the newest run migration; up then runs exactly the never-run ones', (label, damage, extra) => {
      const { db, failure } = migrated(history.deployments.map(named));
      expect(failure).toBeNull();
      damage(db);
      const { row } = dumpStampApply(db, label.replace(/\W+/g, '-'), extra);
      expect(row).toEqual({ version: versionOf(lastOf(3)), dirty: false });
      expect(falseStamps(db, ran(3))).toEqual([]);
      expect(pendingOf(db, files)).toEqual(history.unapplied);
      const next = migrateUp(db, files);
      expect(next.code, next.stderr).toBe(0);
      expect(pendingOf(db, files)).toEqual([]);
    });

    it('the row lost: stamps stop before the create-then-drop pair, whose running the dump cannot show', () => {
      const { db } = migrated(history.deployments.map(named));
      db.sql('DELETE FROM schema_migrations;');
      const { row } = dumpStampApply(db, 'row-lost');
      expect(row).toEqual({ version: versionOf('20240301092000_add_customers_email_unique'), dirty: false });
      expect(falseStamps(db, ran(3))).toEqual([]);
      expect(pendingOf(db, files)).toEqual(files.filter((file) => file.version >= versionOf(CREATE_THEN_DROP[0]!)).map((file) => file.name));
    });

    it('a dirty version from a migration that failed partway: nothing stamped, the dirty row reported and kept', () => {
      const { db, failure } = migrated([named(history.deployments[0]!), named(history.deployments[1]!), [FAILING, ...named(history.deployments[2]!)]]);
      expect(failure).toMatch(/missing_table/);
      expect(db.version()).toEqual({ version: FAILING.version, dirty: true });
      // The failing file sits beside the others, as it did when it ran.
      const withFailing = join(tmp.path, 'with-failing');
      const dump = join(tmp.path, 'failed.sql');
      db.dump(dump);
      mkdirSync(withFailing);
      for (const file of [...files, FAILING]) writeFileSync(join(withFailing, `${file.name}.up.sql`), file.text);
      const script = join(tmp.path, 'failed-stamp.sql');
      const result = migstamp(['sql', '--framework', 'golang-migrate', '--dump', dump, '--migrations', withFailing, '-o', script]);
      expect(result.code, result.stderr).toBe(0);
      expect(result.stderr).toContain(`golang-migrate refuses to run while version ${FAILING.version} is dirty`);
      expect(db.applyFile(script).code).toBe(0);
      expect(db.version()).toEqual({ version: FAILING.version, dirty: true });
      const status = JSON.parse(migstamp(['status', '--json', '--framework', 'golang-migrate', '--dump', dump, '--migrations', withFailing]).stdout) as { verdicts: { migration: string; verdict: string }[] };
      // PostgreSQL (one implicit transaction) and SQLite (the driver's) rolled it back; MariaDB kept its first statement.
      expect(status.verdicts.find((verdict) => verdict.migration === FAILING.name)?.verdict).toBe(engine.name === 'mariadb' ? 'partial' : 'pending');
      // What `migrate force` to the version before it leaves: up would run the failed one and everything after it.
      db.setVersion(versionOf(lastOf(2)), false);
      expect(pendingOf(db, [...files, FAILING].sort((a, b) => (a.version < b.version ? -1 : 1)))).toEqual([FAILING.name, ...history.deployments[2]!, ...history.unapplied]);
    });
  });
}
