/**
 * The stamp script on real PostgreSQL, for what the acceptance test
 * (test/e2e/postgres-acceptance.test.ts: idempotent re-run, abort on a missing
 * table) does not show:
 *
 * - hostile migration and table names: Laravel's own Migrator creates the
 *   tables, the tracking rows are removed, pg_dump, migstamp sql, psql; the rows
 *   read back are byte for byte the names, and nothing else in the database
 *   changed (schema, other data, roles, databases);
 * - an INSERT failing in the middle of the script leaves nothing inserted;
 * - the script refuses a database without the tracking table, without a column
 *   the evidence relies on, or an unrelated empty database;
 * - rows some of which are already present: only the missing ones are added.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Laravel, PgDatabase, engineGate, migstampSql, postgresAvailability, runOk, tempDir } from '../e2e/engines.js';
import { hostileTableName, hostileText } from './support/hostile-arbitraries.js';
import { createTableMigration } from './support/tiny-app.js';

const gate = engineGate('PostgreSQL script safety', postgresAvailability());

/** Hex of each migration name, in id order: compares bytes, whatever psql does with line breaks. */
function trackedHex(db: PgDatabase): string[] {
  return db.sql("SELECT encode(convert_to(migration, 'UTF8'), 'hex') FROM migrations ORDER BY id;").split('\n').filter((l) => l !== '');
}

const hex = (text: string) => Buffer.from(text, 'utf8').toString('hex');

/** Everything but the tracking table's rows: schema, other tables' data, roles and databases. */
function fingerprint(db: PgDatabase): string {
  const dump = runOk('pg_dump', ['--no-owner', '--exclude-table-data=migrations', '-d', db.name])
    // The id sequence moves with every insert into the tracking table.
    .replace(/^SELECT pg_catalog\.setval\('public\.migrations_id_seq'.*$/m, '')
    .replace(/^\\(un)?restrict .*$/gm, '');
  const cluster = db.sql('SELECT string_agg(rolname, \',\' ORDER BY rolname) FROM pg_roles; SELECT string_agg(datname, \',\' ORDER BY datname) FROM pg_database WHERE datname NOT LIKE \'migstamp_e2e%\';');
  return `${dump}\n${cluster}`;
}

/** Fixed hostile names (always tested) plus a sample drawn by fast-check; a file name cannot hold `/`, so `*\/` is tried in table names. */
function hostileApp(): { names: string[]; tables: string[] } {
  const names = ["2020_01_01_000000_x'); DROP TABLE users; --", '2020_01_01_000001_a\\b\\\\c "d" $$e$$ $migstamp$ f', '2020_01_01_000002_line\nbreak\r\u2028end', '2020_01_01_000003_ü名 -- ;'];
  const tables = ["o'hare; DROP", 'back\\slash"q', '$$ */ --', 'ünï 名'];
  const [drawnTables, drawnNames] = fc.sample(fc.tuple(fc.uniqueArray(hostileTableName, { minLength: 4, maxLength: 4 }), fc.array(hostileText, { minLength: 4, maxLength: 4 })), { numRuns: 1, seed: 20240611 })[0]!;
  drawnTables.forEach((table, n) => {
    if (tables.includes(table)) return;
    names.push(`2020_01_02_00000${n}_${drawnNames[n]!.replace(/\//g, '∕')}`);
    tables.push(table);
  });
  return { names, tables };
}

describe.skipIf(gate.skip)('stamp script safety on real PostgreSQL', () => {
  const tmp = tempDir('migstamp-safety-');
  const dbs: PgDatabase[] = [];
  const app = hostileApp();
  const migrationsDir = join(tmp.path, 'migrations');
  const dumpFile = join(tmp.path, 'dump.sql');
  const scriptFile = join(tmp.path, 'stamp.sql');
  let origin: PgDatabase;

  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
    mkdirSync(migrationsDir);
    app.names.forEach((name, n) => writeFileSync(join(migrationsDir, `${name}.php`), createTableMigration(app.tables[n]!)));
    origin = PgDatabase.create();
    dbs.push(origin);
    new Laravel('pgsql', origin.name).migrate([migrationsDir]);
    origin.restoreOlderTrackingTable([]);
    origin.dump(dumpFile);
    const result = migstampSql(dumpFile, [migrationsDir], scriptFile);
    expect(result.code, result.stderr).toBe(0);
  });

  afterAll(() => {
    for (const db of dbs) db.drop();
    tmp.cleanup();
  });

  const copy = (): PgDatabase => {
    const db = origin.clone();
    dbs.push(db);
    return db;
  };

  it('Laravel created every hostile table (the setup is real)', () => {
    const names = origin.sql("SELECT encode(convert_to(tablename, 'UTF8'), 'hex') FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrations' ORDER BY 1;").split('\n').filter((l) => l !== '');
    expect(names).toEqual(app.tables.map(hex).sort());
  });

  it('the rows read back are byte for byte the migration names, and nothing else changed', () => {
    const db = copy();
    const before = fingerprint(db);
    const applied = db.applyFile(scriptFile);
    expect(applied.code, applied.stderr).toBe(0);
    const sorted = [...app.names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)));
    expect(trackedHex(db)).toEqual(sorted.map(hex));
    expect(fingerprint(db)).toBe(before);
    // And Laravel agrees: nothing is pending.
    expect(new Laravel('pgsql', db.name).pending([migrationsDir])).toEqual([]);
  });

  it('an INSERT failing mid-script leaves nothing inserted', () => {
    const db = copy();
    const third = [...app.names].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b)))[2]!;
    // The third INSERT of the script violates this constraint; the first two ran before it.
    db.sql(`ALTER TABLE migrations ADD CONSTRAINT no_third CHECK (migration <> '${third.replace(/'/g, "''")}');`);
    const applied = db.applyFile(scriptFile);
    expect(applied.code).not.toBe(0);
    expect(applied.stderr).toContain('no_third');
    expect(trackedHex(db)).toEqual([]);
  });

  it('rows already present are kept, only the missing ones are added', () => {
    const db = copy();
    const [first, second] = app.names;
    db.sql(`INSERT INTO migrations (migration, batch) VALUES ('${first!.replace(/'/g, "''")}', 5), ('${second!.replace(/'/g, "''")}', 5);`);
    const applied = db.applyFile(scriptFile);
    expect(applied.code, applied.stderr).toBe(0);
    expect(db.sql('SELECT count(*), count(DISTINCT migration) FROM migrations;').trim()).toBe(`${app.names.length}|${app.names.length}`);
    expect(db.sql('SELECT count(*) FROM migrations WHERE batch = 5;').trim()).toBe('2');
  });

  for (const [title, damage] of [
    ['without the tracking table', 'DROP TABLE migrations;'],
    ['without a column the evidence relies on', `ALTER TABLE "${app.tables[1]!.replace(/"/g, '""')}" DROP COLUMN name;`],
  ] as const) {
    it(`aborts, changing nothing, on a database ${title}`, () => {
      const db = copy();
      db.sql(damage);
      const before = fingerprint(db);
      const applied = db.applyFile(scriptFile);
      expect(applied.code).not.toBe(0);
      expect(applied.stderr).toMatch(/this database does not match the dump, nothing was changed|relation "public.migrations" does not exist/);
      expect(fingerprint(db)).toBe(before);
    });
  }

  it('aborts on an unrelated empty database, creating nothing', () => {
    const db = PgDatabase.create();
    dbs.push(db);
    const applied = db.applyFile(scriptFile);
    expect(applied.code).not.toBe(0);
    expect(applied.stderr).toContain('this database does not match the dump, nothing was changed; missing: tracking table migrations');
    expect(db.sql("SELECT count(*) FROM pg_class WHERE relnamespace = 'public'::regnamespace;").trim()).toBe('0');
  });
});
