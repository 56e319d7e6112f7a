/**
 * knex_migrations as the script writes it: the name with the extension the runner
 * sees, inferred from the dump's rows or given with --extension; and the lock table.
 */
import { describe, expect, it } from 'vitest';
import { knex } from '../../../src/frameworks/knex/index.js';
import { type TrackingRow, UsageError } from '../../../src/model/index.js';

const spec = knex.tracking;
const row = (name: string): TrackingRow => spec.readRow({ values: { id: '1', name, batch: '1', migration_time: null }, line: 10 })!;
const files = new Map([
  ['001_users', 'm/001_users.js'],
  ['002_posts', 'm/002_posts.ts'],
  ['003_tags', 'm/003_tags.mts'],
]);
const written = (rows: readonly TrackingRow[], extension: string | null) => {
  const writer = spec.forRows!(rows, { extension, files, columns: [] });
  return { names: [...files.keys()].map((name) => writer.spec.rowFor(name, 2)[0]!.value), warnings: writer.warnings.map((w) => w.code) };
};
const text = (value: string) => ({ kind: 'text', value });

describe('knex_migrations rows', () => {
  it('reads a row as the migration without its extension, keeping what it recorded', () => {
    expect(row('002_posts.js')).toEqual({ migration: '002_posts', batch: 1, line: 10, recorded: '002_posts.js' });
  });

  it.each([
    { title: 'rows of a built .ts say .js: TypeScript sources are written as built', rows: ['002_posts.js'], extension: null, names: ['001_users.js', '002_posts.js', '003_tags.mjs'], warnings: [] },
    { title: 'rows of .ts sources say .ts: written as they are', rows: ['001_users.js', '002_posts.ts'], extension: null, names: ['001_users.js', '002_posts.ts', '003_tags.mts'], warnings: [] },
    { title: '--extension js when no row says', rows: ['001_users.js'], extension: 'js', names: ['001_users.js', '002_posts.js', '003_tags.mjs'], warnings: [] },
    { title: '--extension over rows that say otherwise is warned', rows: ['002_posts.ts'], extension: '.js', names: ['001_users.js', '002_posts.js', '003_tags.mjs'], warnings: ['W-KNEX-EXTENSION'] },
  ])('$title', ({ rows, extension, names, warnings }) => {
    expect(written(rows.map(row), extension)).toEqual({ names: names.map(text), warnings });
  });

  it.each([
    ['rows that disagree', ['002_posts.js', '003_tags.mts'], null, /both as built \(002_posts\.js\) and as sources \(003_tags\.mts\)/],
    ['TypeScript sources and no row that says', ['001_users.js'], null, /give --extension ts or --extension js/],
    ['an extension that is neither', [], 'coffee', /--extension takes js .* or ts/],
  ])('%s are a usage error', (_title, rows, extension, message) => {
    expect(() => written(rows.map(row), extension)).toThrow(UsageError);
    expect(() => written(rows.map(row), extension)).toThrow(message);
  });

  it('writes name, batch and the time of the run', () => {
    const writer = spec.forRows!([], { extension: null, files: new Map([['001_users', 'm/001_users.cjs']]), columns: [] });
    expect(writer.spec.rowFor('001_users', 4)).toEqual([
      { column: 'name', value: text('001_users.cjs') },
      { column: 'batch', value: { kind: 'integer', value: 4 } },
      { column: 'migration_time', value: { kind: 'now' } },
    ]);
  });
});

describe('knex_migrations_lock', () => {
  const lock = spec.lock!;
  it.each([
    ['unlocked', [{ values: { index: '1', is_locked: '0' }, line: 5 }], true, null],
    ['locked', [{ values: { index: '1', is_locked: '1' }, line: 5 }], true, /is locked .* `knex migrate:unlock`/],
    ['absent', null, true, /has no lock table knex_migrations_lock/],
    ['in a schema-only dump', [], false, null],
  ])('%s', (_title, rows, dataDumped, message) => {
    const note = lock.check(lock.tableFor('knex_migrations'), rows, dataDumped);
    if (message === null) expect(note).toBeNull();
    else expect(note).toMatch(message);
  });
});
