import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { Migration, SchemaSnapshot, VerdictKind } from '../../src/model/index.js';
import { migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * A later migration renames the table an earlier one created. When that later
 * migration has not run (pending), the dump holds the table under the name the
 * creator gave it, and the creator is judged by that name (koel: the creator of
 * playlist_collaborators, renamed to playlist_user by a migration that had not run,
 * came out pending). Each migration is judged in the history believed to have run,
 * so a rename that did not run renames nothing.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };

function kinds(migrations: Migration[], dump: SchemaSnapshot): Record<string, VerdictKind> {
  const result = infer(migrations, dump, testDialect, noOptions);
  return Object.fromEntries(result.verdicts.map((verdict) => [verdict.migration, verdict.kind]));
}

const collaborators = [
  migration('m1', [op.create('playlist_collaborators', ['id', 'user_id'])]),
  migration('m2', [op.rename('playlist_collaborators', 'playlist_user'), op.addColumn('playlist_user', 'role')]),
];

const cases: { name: string; migrations: Migration[]; dump: SchemaSnapshot; expected: Record<string, VerdictKind> }[] = [
  {
    name: 'the renaming migration has not run: the creator is judged by the name it left',
    migrations: collaborators,
    dump: snapshot({ playlist_collaborators: { columns: ['id', 'user_id'] } }),
    expected: { m1: 'applied', m2: 'pending' },
  },
  {
    name: 'both ran: judged by the new name',
    migrations: collaborators,
    dump: snapshot({ playlist_user: { columns: ['id', 'user_id', 'role'] } }),
    expected: { m1: 'applied', m2: 'applied' },
  },
  {
    name: 'neither ran: both pending',
    migrations: collaborators,
    dump: snapshot({}),
    expected: { m1: 'pending', m2: 'pending' },
  },
  {
    name: 'the old name is missing a column the creator made: partial under the old name',
    migrations: collaborators,
    dump: snapshot({ playlist_collaborators: { columns: ['id'] } }),
    expected: { m1: 'partial', m2: 'pending' },
  },
  {
    name: 'a chain whose first rename ran and second did not: judged by the name between',
    migrations: [migration('m1', [op.create('t1', ['id', 'name'])]), migration('m2', [op.rename('t1', 't2')]), migration('m3', [op.rename('t2', 't3')])],
    dump: snapshot({ t2: { columns: ['id', 'name'] } }),
    expected: { m1: 'applied', m2: 'applied', m3: 'pending' },
  },
  {
    // Only m1 alone explains a dump with a and without b: m3 cannot have run without m2, which would have left b.
    name: 'a later migration makes a table under the old name again: only the creator explains the dump',
    migrations: [migration('m1', [op.create('a', ['id'])]), migration('m2', [op.rename('a', 'b')]), migration('m3', [op.create('a', ['id'])])],
    dump: snapshot({ a: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'pending', m3: 'unknown' },
  },
  {
    // m2 failed after adding c.x: nothing but m1 makes a, so a proves m1 ran.
    name: 'the renaming migration partly ran: the creator is judged by the name it left',
    migrations: [
      migration('m0', [op.create('c', ['id'])]),
      migration('m1', [op.create('a', ['id'])]),
      migration('m2', [op.addColumn('c', 'x'), op.rename('a', 'b')]),
    ],
    dump: snapshot({ a: { columns: ['id'] }, c: { columns: ['id', 'x'] } }),
    expected: { m0: 'applied', m1: 'applied', m2: 'partial' },
  },
];

describe('a creator whose table a pending migration renames', () => {
  it.each(cases)('$name', ({ migrations, dump, expected }) => {
    const got = kinds(migrations, dump);
    for (const [name, kind] of Object.entries(expected)) expect(got[name], name).toBe(kind);
  });

  it('says which pending migration it was judged without', () => {
    const result = infer(collaborators, snapshot({ playlist_collaborators: { columns: ['id', 'user_id'] } }), testDialect, noOptions);
    expect(result.verdicts[0]!.reason).toContain('judged as it leaves them: m2, which would change them, not believed to have run');
    expect(result.verdicts[0]!.evidence.some((evidence) => evidence.code === 'E-SUPERSEDED' && evidence.detail.includes('renamed to playlist_user by m2'))).toBe(true);
    expect(result.verdicts[0]!.stamp).toBe(true);
    expect(result.verdicts[0]!.preconditions).toContainEqual({ kind: 'column', table: 'playlist_collaborators', column: 'user_id' });
  });
});
