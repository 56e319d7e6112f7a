/**
 * What `migrate` does next with each migration left out, foretold in the order
 * it runs them: a pending migration before it may make, remove or change what
 * this one meets, so the dump alone does not say it would fail.
 */
import { describe, expect, it } from 'vitest';
import { type InferenceOptions, infer, predictInRunOrder } from '../../src/infer/index.js';
import type { Migration, SchemaSnapshot } from '../../src/model/index.js';
import { migration, op, snapshot, testDialect } from '../support/builders.js';

const options: InferenceOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };

function nextOf(migrations: Migration[], dump: SchemaSnapshot): Record<string, string | null> {
  const result = predictInRunOrder(infer(migrations, dump, testDialect, options), migrations, dump, testDialect);
  return Object.fromEntries(result.verdicts.map((verdict) => [verdict.migration, verdict.next?.detail ?? null]));
}

describe('predictInRunOrder', () => {
  it.each<{ name: string; migrations: Migration[]; dump: SchemaSnapshot; next: Record<string, string | null> }>([
    {
      name: 'the drop of a create-then-drop pair, both pending, runs after the create',
      migrations: [migration('m1', [op.create('imports', ['id'])]), migration('m2', [op.drop('imports')])],
      dump: snapshot({}),
      next: { m1: 'would run cleanly against this schema', m2: 'would run cleanly after m1, which migrate runs before it on the same tables' },
    },
    {
      name: 'a rename of a column a pending migration adds first',
      migrations: [migration('m1', [op.create('users', ['id'])]), migration('m2', [op.addColumn('users', 'nick')]), migration('m3', [op.renameColumn('users', 'nick', 'handle')])],
      dump: snapshot({ users: { columns: ['id'] } }),
      next: { m1: null, m2: 'would run cleanly against this schema', m3: 'would run cleanly after m2, which migrate runs before it on the same tables' },
    },
    {
      name: 'a failure on a table no pending migration before it touches is still foretold',
      migrations: [migration('m1', [op.create('imports', ['id'])]), migration('m2', [op.drop('orders')])],
      dump: snapshot({}),
      next: { m1: 'would run cleanly against this schema', m2: 'would fail: table orders does not exist (m.php:1)' },
    },
    {
      name: 'a tracked migration before it is not run again, so the dump decides',
      migrations: [migration('m1', [op.create('imports', ['id'])]), migration('m2', [op.addColumn('imports', 'source')])],
      dump: snapshot({}, { tracked: [['m1', 1]] }),
      next: { m1: null, m2: 'would fail: table imports does not exist (m.php:1)' },
    },
  ])('$name', ({ migrations, dump, next }) => {
    expect(nextOf(migrations, dump)).toEqual(next);
  });
});
