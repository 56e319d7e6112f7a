import { describe, expect, it } from 'vitest';
import { rowTablesOf } from '../../src/infer/index.js';
import type { Migration } from '../../src/model/index.js';
import { migration, op, testDialect } from '../support/builders.js';

/*
 * The tables whose rows the dump reader keeps as evidence for migrations that insert
 * literal rows. Rows travel with their table: when a later migration renames it, the
 * dump holds them under the new name (found by the TypeORM sweep: SeedDefaultTags
 * inserts into tags, RenameTagsToLabels renames it; the reader kept no rows of labels,
 * the seed came out unknown with "the dump holds no rows of labels", and the next
 * migration:run re-ran it and failed on the missing tags).
 */
const seed = migration('seed', [op.insert('tags', [{ id: 1, label: 'bug' }])]);

const cases: { name: string; migrations: Migration[]; expected: string[] }[] = [
  { name: 'the table a migration inserts into', migrations: [seed], expected: ['tags'] },
  { name: 'and the name a later migration renames it to', migrations: [seed, migration('rename', [op.rename('tags', 'labels')])], expected: ['tags', 'labels'] },
  {
    name: 'through a chain of renames',
    migrations: [seed, migration('r1', [op.rename('tags', 'labels')]), migration('r2', [op.rename('labels', 'categories')])],
    expected: ['tags', 'labels', 'categories'],
  },
  { name: 'not a table renamed that no migration inserts into', migrations: [seed, migration('rename', [op.rename('users', 'people')])], expected: ['tags'] },
  { name: 'not an earlier table renamed to the name a later migration inserts into', migrations: [migration('rename', [op.rename('old_tags', 'tags')]), seed], expected: ['tags'] },
];

describe('rowTablesOf', () => {
  it.each(cases)('$name', ({ migrations, expected }) => {
    expect([...rowTablesOf(migrations, testDialect)].sort()).toEqual([...expected].sort());
  });
});
