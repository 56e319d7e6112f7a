import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { Guard, Migration, Operation, SchemaSnapshot, VerdictKind } from '../../src/model/index.js';
import { migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * The Kestra pattern (Flyway, PostgreSQL): m1 makes a table with two indexes; m2
 * removes one of them under a guard (DROP INDEX IF EXISTS, or ALTER TABLE IF EXISTS
 * … RENAME); m3 drops a column and adds it again, which takes the other index with
 * it. The re-added column looks as m1 made it, so the only trace of m3 is that
 * index's absence. Before, m3 had no evidence, left the belief, and m1, judged
 * without it, lost the index and with it every later migration that needs m1.
 */

const options = (atomicMigrations: boolean) => ({ assumeApplied: new Set<string>(), upTo: null, connection: null, atomicMigrations });

function guarded(operation: Operation, guard: Guard): Operation {
  return { ...operation, guards: [guard] };
}

// Table `other` comes last, so that its presence proves, even where a failed migration keeps its
// first statements, that m1 got past the indexes.
const m1 = migration('m1', [op.create('t', ['id', 'a', 'doc']), op.addIndex('t', 't_a_index', ['a']), op.addIndex('t', 't_doc_index', ['doc']), op.create('other', ['id'])]);
const dropIndexIfExists = migration('m2', [
  guarded({ kind: 'dropIndex', table: 't', name: 't_a_index', indexKind: null, at: { file: 'm2', line: 1 }, guards: [] }, { kind: 'indexExists', table: 't', index: 't_a_index', negated: false }),
  op.addIndex('t', 't_a_hash', ['a']),
]);
const renameIfExists = migration('m2', [guarded(op.rename('t', 'u'), { kind: 'tableExists', table: 't', negated: false })]);
const dropAndReAdd = (table: string): Migration => migration('m3', [op.dropColumn(table, 'doc'), op.addColumn(table, 'doc')]);

const index = (name: string, columns: string[]) => ({ name, kind: 'index' as const, columns });

interface Case {
  readonly name: string;
  readonly migrations: readonly Migration[];
  readonly dump: SchemaSnapshot;
  readonly expected: readonly [VerdictKind, VerdictKind, VerdictKind];
  readonly stamped: readonly [boolean, boolean, boolean];
}

const cases: Case[] = [
  {
    name: 'guarded index drop: all three ran',
    migrations: [m1, dropIndexIfExists, dropAndReAdd('t')],
    dump: snapshot({ other: { columns: ['id'] }, t: { columns: ['id', 'a', 'doc'], indexes: [index('t_a_hash', ['a'])] } }),
    expected: ['applied', 'applied', 'applied'],
    stamped: [true, true, true],
  },
  {
    name: 'table renamed under a guard: all three ran',
    migrations: [m1, renameIfExists, dropAndReAdd('u')],
    dump: snapshot({ other: { columns: ['id'] }, u: { columns: ['id', 'a', 'doc'], indexes: [index('t_a_index', ['a'])] } }),
    expected: ['applied', 'applied', 'applied'],
    stamped: [true, true, true],
  },
  {
    name: 'guarded index drop did not run, yet its index is missing',
    migrations: [m1, dropIndexIfExists, dropAndReAdd('t')],
    dump: snapshot({ other: { columns: ['id'] }, t: { columns: ['id', 'a', 'doc'] } }),
    expected: ['partial', 'pending', 'unknown'],
    stamped: [false, false, false],
  },
  {
    name: 'rename did not run, yet the table is missing',
    migrations: [m1, renameIfExists, dropAndReAdd('u')],
    dump: snapshot({ other: { columns: ['id'] } }),
    expected: ['partial', 'pending', 'pending'],
    stamped: [false, false, false],
  },
  {
    name: 'the column was not dropped and re-added: its index is still there',
    migrations: [m1, dropIndexIfExists, dropAndReAdd('t')],
    dump: snapshot({ other: { columns: ['id'] }, t: { columns: ['id', 'a', 'doc'], indexes: [index('t_a_hash', ['a']), index('t_doc_index', ['doc'])] } }),
    expected: ['applied', 'applied', 'pending'],
    stamped: [true, true, false],
  },
];

describe('an index dropped along with a column that is made again', () => {
  it.each(cases.flatMap((row) => [true, false].map((atomic) => ({ ...row, atomic }))))('$name (atomic migrations: $atomic)', ({ migrations, dump, expected, stamped, atomic }) => {
    const verdicts = infer(migrations, dump, testDialect, options(atomic)).verdicts;
    expect(verdicts.map((verdict) => verdict.kind)).toEqual(expected);
    expect(verdicts.map((verdict) => verdict.stamp)).toEqual(stamped);
  });

  it('names the index as the evidence of the drop and re-add', () => {
    const [, , m3] = infer([m1, dropIndexIfExists, dropAndReAdd('t')], cases[0]!.dump, testDialect, options(true)).verdicts;
    expect(m3!.evidence.find((evidence) => evidence.status === 'present')).toMatchObject({ code: 'E-INDEX-GONE', subject: 'index t_doc_index' });
  });
});
