/**
 * dbmate's files as migstamp reads them: names, versions and order (db.go
 * FindMigrations), the up sections (migration.go), each statement at its line,
 * and the rows (schema_migrations by version). The refusals are checked against
 * the real dbmate binary (node_modules/.bin/dbmate) on SQLite, which needs no server.
 */
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { dbmate } from '../../../src/frameworks/dbmate/index.js';
import { analyzeDbmateMigration } from '../../../src/frameworks/dbmate/dbmate-adapter.js';
import { compareNames, migrationName, versionOf } from '../../../src/frameworks/dbmate/migration-files.js';
import { parseSections } from '../../../src/frameworks/dbmate/migration-sections.js';
import type { TrackingRow } from '../../../src/model/index.js';
import { REPO_ROOT, REQUIRE_ENGINES, run, tempDir } from '../../e2e/engines.js';

describe('dbmate migration files', () => {
  it.each([
    ['20240101090000_create_users.sql', '20240101090000_create_users', '20240101090000'],
    ['001_init.sql', '001_init', '001'],
    ['42.sql', '42', '42'],
    ['create_users.sql', null, null],
    ['20240101_x.sql.bak', null, null],
    ['20240101_x.SQL', null, null],
  ])('%s', (file, name, version) => {
    expect(migrationName(`db/migrations/${file}`)).toBe(name);
    if (name !== null) expect(versionOf(name)).toBe(version);
  });

  it('orders by whole file name, byte by byte', () => {
    // '1.sql' < '10_a.sql' ('.' < '0') < '1_a.sql' ('0' < '_') < '2_b.sql'; a versionless sort would put 2 before 10.
    expect(['2_b', '10_a', '1_a', '1'].sort(compareNames)).toEqual(['1', '10_a', '1_a', '2_b']);
  });
});

const UP_DOWN = '-- migrate:up\nCREATE TABLE a (id int);\n\n-- migrate:down\nDROP TABLE a;\n';

/** Refused by dbmate's parser from 2.35 on, run by older ones. */
const NEWER = 'newer';

/** Files and whether dbmate refuses them (then the line migstamp points at), and since when where that changed. */
const SECTION_CASES: readonly (readonly [string, string, number | null, typeof NEWER | null])[] = [
  ['up and down', UP_DOWN, null, null],
  ['comments and blank lines before the directive', `-- a note\n\n${UP_DOWN}`, null, null],
  ['options on the directive', '-- migrate:up transaction:false\nCREATE TABLE a (id int);\n-- migrate:down\n', null, null],
  ['two sections (the second fails to record the version again)', `${UP_DOWN}${UP_DOWN.replace(/\ba\b/g, 'b')}`, 6, NEWER],
  ['no up directive', 'CREATE TABLE a (id int);\n', 1, null],
  ['no down directive', '-- migrate:up\nCREATE TABLE a (id int);\n', 1, null],
  ['a statement before the directive', `CREATE TABLE z (id int);\n${UP_DOWN}`, 1, null],
  ['a byte order mark before the directive', `\uFEFF${UP_DOWN}`, 1, null],
  ['two down directives in one section', `${UP_DOWN}-- migrate:down\n`, 6, NEWER],
];

describe('dbmate sections', () => {
  it.each(SECTION_CASES)('%s', (_label, contents, refusedAt) => {
    const parsed = parseSections(contents);
    if (refusedAt === null) expect(parsed.kind).toBe('parsed');
    else expect(parsed).toMatchObject({ kind: 'refused', line: refusedAt });
  });

  it.each([
    ['-- migrate:up transaction:false\nSELECT 1;\n-- migrate:down\n', false],
    ['-- migrate:up  transaction:false foo:bar\nSELECT 1;\n-- migrate:down\n', false],
    ['-- migrate:up transaction:true\nSELECT 1; -- transaction:false\n-- migrate:down\n', true],
    ['-- migrate:up\nSELECT 1;\n-- migrate:down transaction:false\n', true],
  ])('reads transaction:false from the up directive line only: %j', (source, transaction) => {
    const parsed = parseSections(source);
    expect(parsed.kind === 'parsed' && parsed.ups.map((up) => up.transaction)).toEqual([transaction]);
  });

  // The real dbmate, on a scratch SQLite file: it refuses exactly the files migstamp says it refuses.
  const binary = join(REPO_ROOT, 'node_modules', '.bin', 'dbmate');
  const tmp = tempDir('dbmate-sections-');
  afterAll(() => tmp.cleanup());
  // The binary here is dbmate 2.24 (the newest whose every platform package the registry holds); the
  // adapter follows 2.35's stricter parser, which also refuses the cases marked NEWER: reading them as
  // refused only ever leaves a migration unjudged, so the binary must refuse the others and run these.
  it.skipIf(!existsSync(binary) && !REQUIRE_ENGINES).each(SECTION_CASES)('dbmate itself agrees: %s', (label, contents, refusedAt, since) => {
    const dir = join(tmp.path, label.replace(/\W+/g, '-'));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(join(dir, 'migrations'), { recursive: true });
    writeFileSync(join(dir, 'migrations', '20240101000000_case.sql'), contents);
    const result = run(binary, ['--url', `sqlite:${join(dir, 'db.sqlite')}`, '--migrations-dir', join(dir, 'migrations'), '--no-dump-schema', 'up']);
    expect(result.code !== 0, result.stderr).toBe(refusedAt !== null && since !== NEWER);
    if (refusedAt !== null && since !== NEWER) expect(result.stderr).toMatch(/dbmate (requires|does not support)|UNIQUE constraint failed/);
  });
});

describe('dbmate analysis', () => {
  it('gives each statement of the up section its own line, and nothing of the down section', () => {
    const source = '-- note\n-- migrate:up transaction:false\nCREATE TABLE a (id int);\n\nCREATE INDEX a_id ON a (id);\n-- migrate:down\nDROP TABLE a;\n';
    const migration = analyzeDbmateMigration('1_x', 'm/1_x.sql', source);
    expect(migration.operations.map((op) => [op.kind, op.kind === 'rawSql' ? op.sql : '', op.at.line])).toEqual([
      ['rawSql', 'CREATE TABLE a (id int)', 3],
      ['rawSql', 'CREATE INDEX a_id ON a (id)', 5],
    ]);
    expect(migration.warnings.map((w) => [w.code, w.at.line])).toEqual([['W-DBMATE-NO-TRANSACTION', 2]]);
  });

  it('a file dbmate refuses is an error at its line, never operations', () => {
    const migration = analyzeDbmateMigration('1_x', 'm/1_x.sql', 'CREATE TABLE a (id int);\n-- migrate:up\n-- migrate:down\n');
    expect(migration.operations).toEqual([]);
    expect(migration.error).toMatchObject({ code: 'E-DBMATE-FILE', at: { line: 1 } });
  });

  it('two files of one version are not judged apart: one row records both', () => {
    const migration = analyzeDbmateMigration('1_a', 'm/1_a.sql', UP_DOWN, ['1_b']);
    expect(migration.error?.message).toMatch(/also 1_b's/);
  });

  it('recognises files with a migrate:up directive', () => {
    expect(dbmate.recognises('m/1_a.sql', UP_DOWN)).toBe(true);
    expect(dbmate.recognises('m/1_a.sql', 'CREATE TABLE a (id int);')).toBe(false);
    expect(dbmate.recognises('m/a.sql', UP_DOWN)).toBe(false);
  });
});

describe('dbmate tracking rows', () => {
  const spec = dbmate.tracking;
  it('writes the version alone, as InsertMigration does', () => {
    expect(spec.rowFor('20240101090000_create_users', 0)).toEqual([{ column: 'version', value: { kind: 'text', value: '20240101090000' } }]);
  });

  it('matches a version row to every file of that version; others stay orphans', () => {
    const row = (version: string, line: number): TrackingRow => spec.readRow({ values: { version }, line })!;
    const migrations = ['001_a', '002_b', '002_c'].map((name) => ({ name, record: {} }));
    const matched = spec.matchRows!([row('002', 3), row('7', 4), row('1', 5)], migrations);
    expect(matched.map((r) => [r.migration, r.line])).toEqual([['002_b', 3], ['002_c', 3], ['7', 4], ['1', 5]]);
  });
});
