import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { Dialect, Operation, SchemaSnapshot, VerdictKind } from '../../src/model/index.js';
import { migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * A migration whose objects a later, pending migration changes or drops is judged
 * by how it left them. Objects it made only conditionally (a foreign key added to
 * an existing SQLite table, which Laravel 8 skips) prove nothing by their absence
 * there either, exactly as when nothing later touches them (koel's
 * user-scope_artists_and_albums came out partial on SQLite for that reason).
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const at = { file: 'm.php', line: 1 };
const sqliteLike: Dialect = { ...testDialect, addsForeignKeysToExistingTables: false };

const foreignKey: Operation = {
  kind: 'addForeignKey',
  table: 'artists',
  foreignKey: { name: 'artists_user_id_foreign', columns: ['user_id'], refTable: 'users', refColumns: ['id'], onDelete: null, onUpdate: null, at },
  at,
  guards: [],
};

const migrations = [
  migration('m1', [op.create('users', ['id']), op.create('artists', ['id'])]),
  migration('m2', [op.addColumn('artists', 'user_id'), foreignKey]),
  migration('m3', [op.drop('artists')]),
];

const cases: { name: string; dialect: Dialect; dump: SchemaSnapshot; expected: Record<string, VerdictKind> }[] = [
  {
    name: 'a foreign key the engine skips is not missing: applied',
    dialect: sqliteLike,
    dump: snapshot({ users: { columns: ['id'] }, artists: { columns: ['id', 'user_id'] } }),
    expected: { m1: 'applied', m2: 'applied', m3: 'pending' },
  },
  {
    name: 'where the engine adds it, its absence still counts: partial',
    dialect: testDialect,
    dump: snapshot({ users: { columns: ['id'] }, artists: { columns: ['id', 'user_id'] } }),
    expected: { m1: 'applied', m2: 'partial', m3: 'pending' },
  },
  {
    name: 'the column is missing too: pending, the skipped key does not change that',
    dialect: sqliteLike,
    dump: snapshot({ users: { columns: ['id'] }, artists: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'pending', m3: 'pending' },
  },
];

describe('objects left as created, when some were made only conditionally', () => {
  it.each(cases)('$name', ({ dialect, dump, expected }) => {
    const result = infer(migrations, dump, dialect, noOptions);
    const got = Object.fromEntries(result.verdicts.map((verdict) => [verdict.migration, verdict.kind]));
    for (const [name, kind] of Object.entries(expected)) expect(got[name], name).toBe(kind);
  });
});
