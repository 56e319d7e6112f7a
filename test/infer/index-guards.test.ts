import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { Guard, Migration, Operation, SchemaSnapshot, VerdictKind } from '../../src/model/index.js';
import { migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * `Schema::hasIndex` guards (Laravel 11+) are decided like hasTable/hasColumn:
 * during the replay from the migrations before, and for the migrate prediction
 * from the dump, by index name or by the columns in order.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };

function guarded(operation: Operation, guard: Guard): Operation {
  return { ...operation, guards: [guard] };
}

const withoutIndex = { kind: 'indexExists', table: 'users', index: 'users_email_index', negated: true } as const;
const withoutEmailIndex = { kind: 'indexExists', table: 'users', index: ['email'], negated: true } as const;
const created = migration('m1', [op.create('users', ['id', 'email'])]);
const indexed = migration('m1', [op.create('users', ['id', 'email']), op.addIndex('users', 'users_email_idx', ['email'])]);
const dumpWithIndex = snapshot({ users: { columns: ['id', 'email'], indexes: [{ name: 'users_email_index', columns: ['email'] }] } });
const dumpWithout = snapshot({ users: { columns: ['id', 'email'] } });

const cases: { name: string; migrations: Migration[]; dump: SchemaSnapshot; expected: VerdictKind; next: string | null }[] = [
  {
    name: 'no index before it: the guarded index is expected, and found',
    migrations: [created, migration('m2', [guarded(op.addIndex('users', 'users_email_index', ['email']), withoutIndex)])],
    dump: dumpWithIndex,
    expected: 'applied',
    next: null,
  },
  {
    name: 'no index before it and none in the dump: pending, and migrate would add it',
    migrations: [created, migration('m2', [guarded(op.addIndex('users', 'users_email_index', ['email']), withoutIndex)])],
    dump: dumpWithout,
    expected: 'pending',
    next: 'runs',
  },
  {
    name: 'an index on the same columns already made: skipped by its guard, and migrate would change nothing',
    migrations: [indexed, migration('m2', [guarded(op.addIndex('users', 'users_email_index', ['email']), withoutEmailIndex)])],
    dump: snapshot({ users: { columns: ['id', 'email'], indexes: [{ name: 'users_email_idx', columns: ['email'] }] } }),
    expected: 'pending',
    next: 'no-op',
  },
];

describe('Schema::hasIndex guards', () => {
  it.each(cases)('$name', ({ migrations, dump, expected, next }) => {
    const verdict = infer(migrations, dump, testDialect, noOptions).verdicts[1]!;
    expect(verdict.kind).toBe(expected);
    expect(verdict.next?.kind ?? null).toBe(next);
  });

  it('names the index in the guard evidence', () => {
    // The guard is answered by the believed history: m1, tracked, made the index.
    const migrations = [indexed, migration('m2', [guarded(op.addIndex('users', 'users_email_index', ['email']), withoutEmailIndex)])];
    const tracked = { ...dumpWithout, tracking: { ...dumpWithout.tracking!, rows: [{ migration: indexed.name, batch: 1, line: 1 }] } };
    const verdict = infer(migrations, tracked, testDialect, noOptions).verdicts[1]!;
    expect(verdict.evidence.find((evidence) => evidence.code === 'E-GUARDED')?.detail).toContain('an index on users(email) does not exist');
  });
});
