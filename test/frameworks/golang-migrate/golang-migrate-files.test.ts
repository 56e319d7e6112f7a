/**
 * golang-migrate's files and row as migstamp reads them, against v4's source:
 * names, versions and order (source/parse.go `Regex`/`Parse`, source/migration.go
 * `buildIndex`), a folder refused as source/iofs/iofs.go `Init` refuses it, each
 * statement at its line, and the one `schema_migrations (version, dirty)` row
 * (database/*: `SetVersion`, `Version`; migrate.go `Up`, `readUp`).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { analyzeGolangMigrateMigration } from '../../../src/frameworks/golang-migrate/golang-migrate-adapter.js';
import { golangMigrate } from '../../../src/frameworks/golang-migrate/index.js';
import { compareNames, migrationName, versionOf } from '../../../src/frameworks/golang-migrate/migration-files.js';
import { InputError, type TrackingRow } from '../../../src/model/index.js';
import { tempDir } from '../../e2e/engines.js';

describe('golang-migrate migration files (source/parse.go Regex)', () => {
  it.each([
    ['20240301090000_create_customers.up.sql', '20240301090000_create_customers', 20240301090000n],
    ['000001_init.up.sql', '000001_init', 1n],
    ['1_.up.sql', '1_', 1n],
    // The title is greedy: the direction is the last `.up.`/`.down.`, and any extension is run.
    ['2_a.down.b.up.sql', '2_a.down.b', 2n],
    ['3_x.up.txt', '3_x', 3n],
    ['4_x.up.sql.bak', '4_x', 4n],
    ['5_x.down.sql', null, null],
    ['6_a.up.b.down.sql', null, null],
    ['7.up.sql', null, null],
    ['v8_x.up.sql', null, null],
    ['9_x.UP.sql', null, null],
    // Above 2^64 - 1 ParseUint fails and Init skips the file.
    ['18446744073709551616_x.up.sql', null, null],
    ['18446744073709551615_x.up.sql', '18446744073709551615_x', 18446744073709551615n],
  ])('%s', (file, name, version) => {
    expect(migrationName(`db/migrations/${file}`)).toBe(name);
    if (name !== null) expect(versionOf(name)).toBe(version);
  });

  it('orders by version as a number, not by name', () => {
    expect(['10_b', '9_a', '0011_c', '1700000000000000000_d'].sort(compareNames)).toEqual(['9_a', '10_b', '0011_c', '1700000000000000000_d']);
  });

  it('is recognised by its name alone; down files are not migrations', () => {
    expect(golangMigrate.recognises('db/migrations/000001_init.up.sql', '')).toBe(true);
    expect(golangMigrate.recognises('db/migrations/000001_init.down.sql', '')).toBe(false);
    expect(golangMigrate.recognises('db/migrations/20240101_x.sql', '-- migrate:up\n')).toBe(false);
  });
});

describe('golang-migrate folders (source/iofs/iofs.go Init)', () => {
  const tmp = tempDir('golang-migrate-files-');
  afterAll(() => tmp.cleanup());

  function folder(label: string, names: readonly string[]): string {
    const dir = join(tmp.path, label);
    mkdirSync(dir);
    for (const name of names) writeFileSync(join(dir, name), 'SELECT 1;\n');
    return dir;
  }

  it.each([
    ['two up files of one version', ['1_a.up.sql', '1_b.up.sql'], /1_a\.up\.sql and 1_b\.up\.sql are both the up migration of version 1/],
    ['one version written two ways', ['01_a.up.sql', '1_a.up.sql'], /both the up migration of version 1/],
    ['another extension beside it', ['2_a.up.sql', '2_a.up.sql.orig'], /both the up migration of version 2/],
  ])('refuses %s, as golang-migrate opens nothing then', async (_label, names, message) => {
    await expect(golangMigrate.readFolder!(folder(_label.replace(/\W+/g, '-'), names))).rejects.toThrow(InputError);
    await expect(golangMigrate.readFolder!(join(tmp.path, _label.replace(/\W+/g, '-')))).rejects.toThrow(message);
  });

  it('opens up and down files of one version, and files it does not parse', async () => {
    await expect(golangMigrate.readFolder!(folder('fine', ['1_a.up.sql', '1_a.down.sql', 'README.md', '2_b.up.sql']))).resolves.toEqual({ framework: 'golang-migrate' });
  });
});

describe('golang-migrate up files', () => {
  it('gives each statement its own line, comments and a down file left out', () => {
    const source = '-- note\nCREATE TABLE a (id integer);\n\nCREATE INDEX a_id ON a (id);\nINSERT INTO a VALUES (1);';
    const migration = analyzeGolangMigrateMigration('1_a', 'm/1_a.up.sql', source);
    expect(migration.operations.map((operation) => (operation.kind === 'rawSql' ? [operation.at.line, operation.sql] : null))).toEqual([
      [2, 'CREATE TABLE a (id integer)'],
      [4, 'CREATE INDEX a_id ON a (id)'],
      [5, 'INSERT INTO a VALUES (1)'],
    ]);
  });

  it('refuses a version its drivers cannot record (SetVersion takes a signed 64-bit int)', () => {
    expect(analyzeGolangMigrateMigration('9223372036854775808_x', 'f', 'SELECT 1;').error?.code).toBe('E-GOLANG-MIGRATE-FILE');
    expect(analyzeGolangMigrateMigration('9223372036854775807_x', 'f', 'SELECT 1;').error).toBeNull();
  });
});

const spec = golangMigrate.tracking;
const row = (version: string, dirty: string, line = 10) => spec.readRow({ values: { version, dirty }, line });
const MIGRATIONS = ['000001_a', '000002_b', '000003_c', '000005_e'].map((name) => ({ name, record: golangMigrate.recordOf!(name, `${name}.up.sql`, new Uint8Array(), { tablePrefix: '' }) }));

describe('the schema_migrations row', () => {
  it.each([
    ['PostgreSQL COPY, clean', '3', 'f', { migration: '3', batch: 0, line: 10 }],
    ['MySQL/SQLite, clean', '3', '0', { migration: '3', batch: 0, line: 10 }],
    ['PostgreSQL INSERT, dirty', '3', 'true', { migration: '3', batch: 0, line: 10, failed: 'golang-migrate refuses to run while version 3 is dirty (an attempt that did not finish; `migrate force` rewrites it)' }],
    ['MySQL/SQLite, dirty', '0003', '1', { migration: '3', batch: 0, line: 10, failed: expect.stringContaining('version 3 is dirty') }],
    ['NilVersion written dirty', '-1', 't', { migration: '-1', batch: 0, line: 10, failed: expect.stringContaining('version -1 is dirty') }],
    ['NilVersion clean (never written)', '-1', 'f', null],
    ['not a number', 'x', 'f', null],
  ])('%s', (_label, version, dirty, expected) => {
    expect(row(version, dirty)).toEqual(expected);
  });

  const match = (rows: readonly (TrackingRow | null)[]) => spec.matchRows!(rows.filter((r) => r !== null), MIGRATIONS);

  it('stands for every migration at or below its version', () => {
    expect(match([row('3', 'f')]).map((r) => [r.migration, r.failed ?? null])).toEqual([
      ['000001_a', null],
      ['000002_b', null],
      ['000003_c', null],
    ]);
  });

  it('dirty: its own version is a failed attempt, those below are tracked', () => {
    expect(match([row('3', 't')]).map((r) => [r.migration, r.failed === undefined ? 'tracked' : 'failed'])).toEqual([
      ['000001_a', 'tracked'],
      ['000002_b', 'tracked'],
      ['000003_c', 'failed'],
    ]);
  });

  it('a version without a file is an orphan (readUp fails on it), those below are tracked', () => {
    expect(match([row('4', 'f')]).map((r) => r.migration)).toEqual(['000001_a', '000002_b', '000003_c', '4']);
  });

  it('of several rows, the lowest counts; the others are reported', () => {
    const matched = match([row('5', 'f', 11), row('2', 'f', 12)]);
    expect(matched.filter((r) => r.failed === undefined).map((r) => r.migration)).toEqual(['000001_a', '000002_b']);
    expect(matched.filter((r) => r.failed !== undefined).map((r) => [r.migration, r.line])).toEqual([['5', 11]]);
  });

  it('writes what SetVersion leaves: the older row and a dirty one of this version deleted, one clean row, skipped at or above it', () => {
    const write = spec.writeFor!('1700000000000000001_x', 0, { version: '1700000000000000001' });
    const version = { kind: 'integer', value: 1700000000000000001n };
    expect(write.settle.map((change) => change.kind === 'delete' && change.where)).toEqual([
      [{ column: 'version', test: 'below', value: version }],
      [{ column: 'version', test: 'equals', value: version }, { column: 'dirty', test: 'isTrue' }],
    ]);
    expect(write.cells).toEqual([
      { column: 'version', value: version },
      { column: 'dirty', value: { kind: 'boolean', value: false } },
    ]);
    expect(write.presentWhen).toEqual([{ column: 'version', test: 'atLeast', value: version }]);
    expect(spec.newestOnly).toBe(true);
    expect(spec.afterGap!('x').liftedByOutOfOrder).toBe(false);
  });
});
