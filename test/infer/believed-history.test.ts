import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { IndexSpec, Migration, Operation, SchemaSnapshot, Verdict } from '../../src/model/index.js';
import { dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * Only the history that ran is evidence (issue 8). Real histories stop at a
 * failing migration or fail halfway through one; the migrations after it did not
 * run, so they must not excuse what the dump lacks (class 1), must not make a
 * state the dump only seems to match (class 2), and must not rename what an
 * earlier migration is judged by (class 3).
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const at = { file: 'm.php', line: 1 };

function verdicts(migrations: Migration[], dump: SchemaSnapshot): Record<string, Verdict> {
  return Object.fromEntries(infer(migrations, dump, testDialect, noOptions).verdicts.map((verdict) => [verdict.migration, verdict]));
}

function tracked(dump: SchemaSnapshot, names: string[]): SchemaSnapshot {
  return { ...dump, tracking: { ...dump.tracking!, rows: names.map((migration) => ({ migration, batch: 1, line: 1 })) } };
}

function createWithUniques(table: string, columns: string[]): Operation {
  const base = op.create(table, ['id', ...columns]);
  if (base.kind !== 'createTable') throw new Error('create');
  const indexes: IndexSpec[] = columns.map((column) => ({ name: `${table}_${column}_unique`, kind: 'unique', columns: [column], at }));
  return { ...base, indexes };
}

describe('class 1: what the dump lacks is not excused by a migration that did not run', () => {
  // m1 makes three unique indexes; on MariaDB the first fails (its name is over 64
  // characters), so the table stays without them and the run stops. m2 never ran.
  const migrations = [migration('m1', [createWithUniques('tokens', ['a', 'b', 'c'])]), migration('m2', [op.dropColumn('tokens', 'a'), op.dropColumn('tokens', 'b'), op.dropColumn('tokens', 'c')])];

  it('the creator whose indexes are missing is partial, not stamped, and the dropper pending', () => {
    const result = verdicts(migrations, snapshot({ tokens: { columns: ['id', 'a', 'b', 'c'] } }));
    expect(result.m1!.kind).toBe('partial');
    expect(result.m1!.stamp).toBe(false);
    expect(result.m2!.kind).toBe('pending');
  });

  it('when both ran, both are stamped', () => {
    const result = verdicts(migrations, snapshot({ tokens: { columns: ['id'] } }));
    expect([result.m1!.kind, result.m2!.kind]).toEqual(['applied', 'applied']);
  });

  // m2 drops one column and renames another, then fails on a change(); m3, which drops the renamed column, never ran.
  const halfway = [
    migration('m1', [op.create('notes', ['id', 'old', 'body'])]),
    migration('m2', [op.dropColumn('notes', 'old'), op.renameColumn('notes', 'body', 'content'), op.changeColumn('notes', 'content', { nullable: true })]),
    migration('m3', [op.dropColumn('notes', 'content')]),
  ];

  it('a migration that failed on its change() is partial, although a later migration that did not run drops the column', () => {
    const result = verdicts(halfway, tracked(snapshot({ notes: { columns: ['id', 'content'] } }), ['m1']));
    expect(result.m2!.kind).toBe('partial');
    expect(result.m2!.stamp).toBe(false);
    expect(result.m3!.kind).toBe('pending');
  });

  it('and is applied when its change is there', () => {
    const result = verdicts(halfway, tracked(snapshot({ notes: { columns: ['id', dumpColumn('content', undefined, { nullable: true })] } }), ['m1']));
    expect(result.m2!.kind).toBe('applied');
  });
});

describe('class 2: a state the dump matches only because later migrations are assumed', () => {
  // m1 makes status NOT NULL; m2 makes it nullable; m3 backfills and makes it NOT NULL again.
  const migrations = [
    migration('m1', [op.create('orders', ['id', 'status'])]),
    migration('m2', [op.changeColumn('orders', 'status', { nullable: true })]),
    migration('m3', [op.update('orders'), op.changeColumn('orders', 'status', { nullable: false })]),
  ];
  const notNull = tracked(snapshot({ orders: { columns: ['id', 'status'] } }), ['m1']);

  it('neither m2 nor m3 is stamped when the column is NOT NULL as m1 made it', () => {
    const result = verdicts(migrations, notNull);
    expect(result.m2!.stamp).toBe(false);
    expect(result.m3!.stamp).toBe(false);
    expect(result.m3!.kind).toBe('unknown');
    // Had m3 run, it would have undone m2: whether m2 ran cannot be told either.
    expect(result.m2!.kind).toBe('unknown');
  });

  it('a nullable column shows that m2 ran and m3 did not', () => {
    const result = verdicts(migrations, tracked(snapshot({ orders: { columns: ['id', dumpColumn('status', undefined, { nullable: true })] } }), ['m1']));
    expect([result.m2!.kind, result.m3!.kind]).toEqual(['applied', 'pending']);
  });

  it('m3 is stamped when m2 is tracked, since then NOT NULL is its doing', () => {
    const result = verdicts(migrations, tracked(snapshot({ orders: { columns: ['id', 'status'] } }), ['m1', 'm2']));
    expect(result.m3!.kind).toBe('applied');
  });
});

describe('class 3: names from a rename that did not run', () => {
  it('a table renamed away and back inside a pending migration: the creator is judged by the table it left', () => {
    // m2 rebuilds `items` as SQLite migrations do: rename to items_tmp, create items anew with a column more, drop items_tmp.
    const migrations = [
      migration('m1', [op.create('items', ['id', 'title'])]),
      migration('m2', [op.rename('items', 'items_tmp'), op.create('items', ['id', 'title', 'sku']), op.drop('items_tmp')]),
    ];
    const result = verdicts(migrations, snapshot({ items: { columns: ['id', 'title'] } }));
    expect(result.m1!.kind).toBe('applied');
    expect(result.m1!.stamp).toBe(true);
    expect(result.m2!.stamp).toBe(false);
  });

  it('a column that a pending migration renames: the creator is judged by the column name it gave', () => {
    const migrations = [migration('m1', [op.create('people', ['id', 'name'])]), migration('m2', [op.renameColumn('people', 'name', 'full_name')])];
    const result = verdicts(migrations, snapshot({ people: { columns: ['id', 'name'] } }));
    expect([result.m1!.kind, result.m2!.kind]).toEqual(['applied', 'pending']);
  });

  it('a chain whose first rename ran: both of the first two are stamped, the last is pending', () => {
    const migrations = [migration('m1', [op.create('t1', ['id'])]), migration('m2', [op.rename('t1', 't2')]), migration('m3', [op.rename('t2', 't3'), op.addColumn('t3', 'x')])];
    const result = verdicts(migrations, snapshot({ t2: { columns: ['id'] } }));
    expect([result.m1!.stamp, result.m2!.stamp, result.m3!.stamp]).toEqual([true, true, false]);
  });
});
