import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { Guard, Operation, VerdictKind } from '../../src/model/index.js';
import { migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * Schema::hasColumn(s) lower-cases both sides on every driver and Laravel version,
 * so a guard spelled in another case than the column still finds it. hasTable does
 * not: Laravel 11 compares lower-cased names, 8–10 and 12+ ask the engine, which is
 * case-sensitive on PostgreSQL, SQLite and MariaDB by default; a table found only
 * when case is ignored leaves the guard undecided.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };

function guarded(operation: Operation, guard: Guard): Operation {
  return { ...operation, guards: [guard] };
}

const users = migration('m1', [op.create('users', ['id', 'email'])]);
const hasEmail = (column: string, negated: boolean): Guard => ({ kind: 'columnExists', table: 'users', column, negated });
const hasUsers = (table: string, negated: boolean): Guard => ({ kind: 'tableExists', table, negated });
const withNickname = snapshot({ users: { columns: ['id', 'email', 'nickname'] } });
const withoutNickname = snapshot({ users: { columns: ['id', 'email'] } });

const cases: { name: string; guard: Guard; dumpHasNickname: boolean; expected: VerdictKind; next: string | null }[] = [
  { name: 'hasColumn in another case finds the column: the guarded column is expected, and found', guard: hasEmail('Email', false), dumpHasNickname: true, expected: 'applied', next: null },
  { name: 'hasColumn in another case finds the column: without the guarded column, pending', guard: hasEmail('EMAIL', false), dumpHasNickname: false, expected: 'pending', next: 'runs' },
  { name: '!hasColumn in another case finds the column: skipped, and migrate would change nothing', guard: hasEmail('Email', true), dumpHasNickname: false, expected: 'pending', next: 'no-op' },
  { name: 'hasColumn on a column no case matches: skipped', guard: hasEmail('e_mail', false), dumpHasNickname: false, expected: 'pending', next: 'no-op' },
  { name: 'hasTable in the same case is decided', guard: hasUsers('users', false), dumpHasNickname: false, expected: 'pending', next: 'runs' },
  { name: 'hasTable matching only when case is ignored is undecided: present counts', guard: hasUsers('Users', false), dumpHasNickname: true, expected: 'applied', next: null },
  { name: 'hasTable matching only when case is ignored is undecided: missing proves nothing', guard: hasUsers('Users', false), dumpHasNickname: false, expected: 'unknown', next: 'runs' },
  { name: '!hasTable matching only when case is ignored is undecided too', guard: hasUsers('USERS', true), dumpHasNickname: false, expected: 'unknown', next: 'runs' },
];

describe('hasColumn and hasTable compare names as Laravel does', () => {
  it.each(cases)('$name', ({ guard, dumpHasNickname, expected, next }) => {
    const migrations = [users, migration('m2', [guarded(op.addColumn('users', 'nickname'), guard)])];
    const dump = dumpHasNickname ? withNickname : withoutNickname;
    const verdict = infer(migrations, dump, testDialect, noOptions).verdicts[1]!;
    expect(verdict.kind).toBe(expected);
    expect(verdict.next?.kind ?? null).toBe(next);
  });
});
