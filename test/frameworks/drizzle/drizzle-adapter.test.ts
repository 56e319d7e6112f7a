/**
 * The Drizzle adapter against drizzle-orm 0.45 itself: records (hash, journal
 * time) compared with what its readMigrationFiles (src/migrator.ts) returns for
 * the sample's folders; statements split as the migrator splits them, each at
 * its own line; the rows read as the migrator reads them (only the newest counts).
 */
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../../src/cli/load-migrations.js';
import { drizzle } from '../../../src/frameworks/drizzle/index.js';
import { chunksOf } from '../../../src/frameworks/drizzle/migration-files.js';
import { InputError, type TrackingRow } from '../../../src/model/index.js';
import { REPO_ROOT, tempDir } from '../../e2e/engines.js';

const require = createRequire(import.meta.url);
const { readMigrationFiles } = require('drizzle-orm/migrator') as { readMigrationFiles(config: { migrationsFolder: string }): { hash: string; folderMillis: number; sql: string[] }[] };
const SAMPLE = join(REPO_ROOT, 'samples', 'drizzle-app', 'drizzle');

describe('records', () => {
  it.each(['postgresql', 'mysql', 'sqlite'])('hash and created_at of every %s migration are what drizzle-orm computes', async (dialect) => {
    const folder = join(SAMPLE, dialect);
    const loaded = await loadMigrations([folder], drizzle, { tablePrefix: '' });
    const real = readMigrationFiles({ migrationsFolder: folder });
    expect(loaded.migrations).toHaveLength(24);
    expect(loaded.migrations.map((m) => m.record)).toEqual(real.map((m) => ({ hash: m.hash, when: m.folderMillis })));
  });

  it('hashes bytes that are not UTF-8 as drizzle-orm does, through a string', async () => {
    const tmp = tempDir('drizzle-latin1-');
    try {
      mkdirSync(join(tmp.path, 'meta'));
      writeFileSync(join(tmp.path, '0000_latin1.sql'), Buffer.from([0x2d, 0x2d, 0x20, 0xe9, 0x0a, 0x53, 0x45, 0x4c, 0x45, 0x43, 0x54, 0x20, 0x31, 0x3b]));
      writeFileSync(join(tmp.path, 'meta', '_journal.json'), JSON.stringify({ entries: [{ idx: 0, when: 1700000000000, tag: '0000_latin1', breakpoints: true }] }));
      const loaded = await loadMigrations([tmp.path], drizzle, { tablePrefix: '' });
      expect(loaded.migrations[0]!.record).toEqual({ hash: readMigrationFiles({ migrationsFolder: tmp.path })[0]!.hash, when: 1700000000000 });
    } finally {
      tmp.cleanup();
    }
  });
});

describe('statements', () => {
  it.each([
    ['one statement', 'CREATE TABLE a (id int);\n', [[1, 'CREATE TABLE a (id int);\n']]],
    ['drizzle-kit breakpoints at line ends', 'CREATE TABLE a (\n\tid int\n);\n--> statement-breakpoint\nCREATE INDEX i ON a (id);', [[1, 'CREATE TABLE a (\n\tid int\n);\n'], [5, '\nCREATE INDEX i ON a (id);']]],
    ['breakpoints after a statement on its line', 'ALTER TABLE a ADD b int;--> statement-breakpoint\nALTER TABLE a ADD c int;', [[1, 'ALTER TABLE a ADD b int;'], [2, '\nALTER TABLE a ADD c int;']]],
    ["a custom migration's header comment", '-- Custom SQL migration file, put your code below! --\nINSERT INTO r VALUES (1);\n', [[2, '-- Custom SQL migration file, put your code below! --\nINSERT INTO r VALUES (1);\n']]],
    ['parts holding only comments or blanks', '-- nothing yet\n--> statement-breakpoint\n\n', []],
  ] as const)('%s', (_title, source, expected) => {
    expect(chunksOf(source).map((chunk) => [chunk.line, chunk.sql])).toEqual(expected);
  });

  it('splits every sample file into the parts drizzle-orm sends, minus empty ones', () => {
    const folder = join(SAMPLE, 'sqlite');
    const real = readMigrationFiles({ migrationsFolder: folder });
    const files = readdirSync(folder).filter((file) => file.endsWith('.sql')).sort();
    for (const [index, file] of files.entries()) {
      expect(chunksOf(readFileSync(join(folder, file), 'utf8')).map((chunk) => chunk.sql)).toEqual(real[index]!.sql.filter((part) => part.replace(/--[^\n]*/g, '').trim() !== ''));
    }
  });
});

describe('rows as the migrator reads them', () => {
  const migrations = [
    { name: '0000_a', record: { hash: 'x', when: 100 } },
    { name: '0001_b', record: { hash: 'y', when: 200 } },
    { name: '0002_c', record: { hash: 'z', when: 300 } },
  ];
  const row = (createdAt: string, line: number): TrackingRow => ({ migration: createdAt, batch: 0, line });
  it.each([
    ['no rows: nothing ran', [], []],
    ['one row for the second: the first counts as run too', [row('200', 7)], [['0000_a', 7], ['0001_b', 7]]],
    ['a hand-written row after every entry hides them all, and matches none', [row('999', 9)], [['0000_a', 9], ['0001_b', 9], ['0002_c', 9], ['999', 9]]],
    ['rows in any order, each at its own line', [row('200', 5), row('100', 4)], [['0000_a', 4], ['0001_b', 5]]],
  ] as const)('%s', (_title, rows, expected) => {
    const matched = drizzle.tracking.matchRows!(rows, migrations);
    expect(matched.map((r) => [r.migration, r.line])).toEqual(expected);
  });

  it('a row without created_at is set apart, with what the migrator does with it', () => {
    const read = drizzle.tracking.readRow({ values: { id: '1', hash: 'x', created_at: null }, line: 3 });
    expect(read?.failed).toMatch(/PostgreSQL .* runs every migration again/);
  });

  it('stamps are at or after their journal time, and never after a gap', () => {
    const write = drizzle.tracking.writeFor!('0001_b', 1, { hash: 'y', when: 200 });
    expect(write.cells).toEqual([
      { column: 'hash', value: { kind: 'text', value: 'y' } },
      { column: 'created_at', value: { kind: 'integer', value: 200 } },
    ]);
    expect(write.presentWhen).toEqual([{ column: 'created_at', test: 'atLeast', value: { kind: 'integer', value: 200 } }]);
    expect(drizzle.tracking.afterGap!('0000_a')).toMatchObject({ liftedByOutOfOrder: false });
  });
});

describe('folders', () => {
  const tmp = tempDir('drizzle-folders-');
  afterAll(() => tmp.cleanup());
  const folder = (name: string, journal: string | null, files: readonly string[]): string => {
    const dir = join(tmp.path, name);
    mkdirSync(join(dir, 'meta'), { recursive: true });
    for (const file of files) writeFileSync(join(dir, file), 'SELECT 1;\n');
    if (journal !== null) writeFileSync(join(dir, 'meta', '_journal.json'), journal);
    return dir;
  };
  const entry = (tag: string, when: number) => ({ idx: 0, when, tag, breakpoints: true });

  it.each([
    ['no journal', null, ['0000_a.sql'], /has no meta\/_journal\.json/],
    ['a journal that is not JSON', '{', ['0000_a.sql'], /is not JSON/],
    ['an entry whose file is missing', JSON.stringify({ entries: [entry('0000_a', 1), entry('0001_b', 2)] }), ['0000_a.sql'], /lists 0001_b, but 0001_b\.sql is not in/],
    // drizzle-kit generate --prefix none: no file is named as migstamp orders them.
    ['tags without a numeric prefix', JSON.stringify({ entries: [entry('init', 1)] }), ['init.sql'], /no migration files/],
  ] as const)('refuses %s', async (name, journal, files, message) => {
    const dir = folder(name.replace(/\W+/g, '-'), journal, files);
    await expect(loadMigrations([dir], drizzle, { tablePrefix: '' })).rejects.toThrow(InputError);
    await expect(loadMigrations([dir], drizzle, { tablePrefix: '' })).rejects.toThrow(message);
  });

  it('a file the journal does not list is unreadable for the runner: never stamped', async () => {
    const dir = folder('unlisted', JSON.stringify({ entries: [entry('0000_a', 1)] }), ['0000_a.sql', '0001_stray.sql']);
    const loaded = await loadMigrations([dir], drizzle, { tablePrefix: '' });
    expect(loaded.migrations.map((m) => [m.name, m.error?.code ?? null])).toEqual([['0000_a', null], ['0001_stray', 'E-DRIZZLE-NOT-IN-JOURNAL']]);
  });

  it.each([
    ['0000_flat_wolverine.sql', 'CREATE TABLE a (id int);', true],
    ['20240101120000_init.sql', 'CREATE TABLE a (id int);', true],
    ['20240101120000_init.sql', '-- migrate:up\nCREATE TABLE a (id int);', false],
    ['0001_init.up.sql', 'CREATE TABLE a (id int);', false],
    ['V1__init.sql', 'CREATE TABLE a (id int);', false],
  ] as const)('recognises %s: %s', (file, head, expected) => {
    expect(drizzle.recognises(file, head)).toBe(expected);
  });
});
