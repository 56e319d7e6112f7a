import { describe, expect, it } from 'vitest';
import { sqlite } from '../../src/dump/sqlite/index.js';
import { infer } from '../../src/infer/index.js';
import type { Dialect, Migration, Operation, SchemaSnapshot, Verdict } from '../../src/model/index.js';
import { analyse } from '../frameworks/laravel/helpers.js';
import { column, dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * Issue 8, classes 4 to 6: a half-run migration whose missing half the dump
 * shows; a migration that would change nothing has no evidence of having run;
 * an object re-made with other attributes is told apart by those attributes.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const at = { file: 'm.php', line: 1 };

function verdicts(migrations: Migration[], dump: SchemaSnapshot, dialect: Dialect = testDialect): Record<string, Verdict> {
  return Object.fromEntries(infer(migrations, dump, dialect, noOptions).verdicts.map((verdict) => [verdict.migration, verdict]));
}

function tracked(dump: SchemaSnapshot, names: string[]): SchemaSnapshot {
  return { ...dump, tracking: { ...dump.tracking!, rows: names.map((name) => ({ migration: name, batch: 1, line: 1 })) } };
}

const onSqlite = (dump: SchemaSnapshot): SchemaSnapshot => ({ ...dump, dialect: 'sqlite' });

describe('class 4: half-run migrations whose missing half is visible', () => {
  it('a table made but its seed row absent from a dump with data: partial', () => {
    const migrations = [migration('m1', [op.create('settings', ['id', 'key']), op.insert('settings', [{ key: 'theme' }])])];
    const result = verdicts(migrations, snapshot({ settings: { columns: ['id', 'key'] } }, { rows: { settings: [] } }));
    expect(result.m1!.kind).toBe('partial');
    expect(result.m1!.stamp).toBe(false);
  });

  it('a column added but the change() after it never happened: partial', () => {
    const migrations = [
      migration('m1', [op.create('users', ['id', 'email'])]),
      migration('m2', [op.addColumn('users', 'nickname'), op.changeColumn('users', 'email', { nullable: true })]),
    ];
    const result = verdicts(migrations, tracked(snapshot({ users: { columns: ['id', 'email', 'nickname'] } }), ['m1']));
    expect(result.m2!.kind).toBe('partial');
    expect(result.m2!.evidence.some((evidence) => evidence.code === 'E-COLUMN-UNCHANGED')).toBe(true);
  });
});

describe('class 4 on engines without a transaction per migration: a data step after the schema change', () => {
  // MariaDB and SQLite under Laravel 8-10 keep a failed migration's earlier statements: the column
  // can be there while the backfill after it failed (cachet, crater, snipe-it in the validation).
  const migrations = [migration('m1', [op.create('incidents', ['id'])]), migration('m2', [op.addColumn('incidents', 'occurred_at'), op.update('incidents')])];
  const dump = tracked(snapshot({ incidents: { columns: ['id', 'occurred_at'] } }), ['m1']);

  it('is unknown, not stamped, where a failed migration keeps its schema changes', () => {
    const result = verdicts(migrations, dump);
    expect(result.m2!.kind).toBe('unknown');
    expect(result.m2!.stamp).toBe(false);
    expect(result.m2!.reason).toContain('may have failed');
  });

  it('is applied where the runner wraps each migration in a transaction (PostgreSQL)', () => {
    const result = Object.fromEntries(infer(migrations, dump, testDialect, { ...noOptions, atomicMigrations: true }).verdicts.map((verdict) => [verdict.migration, verdict]));
    expect(result.m2!.kind).toBe('applied');
  });

  it('a data step before the schema change is proven by the change', () => {
    const before = [migration('m1', [op.create('incidents', ['id'])]), migration('m2', [op.update('incidents'), op.addColumn('incidents', 'occurred_at')])];
    expect(verdicts(before, dump).m2!.kind).toBe('applied');
  });
});

describe('position is not evidence: an object dropped along with its table', () => {
  // m2 changes a column; m3 drops the whole table. m3 needs m1 (the table), not m2.
  const migrations = [
    migration('m1', [op.create('webhooks', ['id', 'type'])]),
    migration('m2', [op.changeColumn('webhooks', 'type', { type: { kind: 'text', size: 'normal' } })]),
    migration('m3', [op.drop('webhooks')]),
  ];

  it('a change whose table a later tracked migration dropped is unknown, not implied', () => {
    const result = verdicts(migrations, tracked(snapshot({}), ['m1', 'm3']));
    expect(result.m2!.kind).toBe('unknown');
    expect(result.m2!.stamp).toBe(false);
  });
});

describe('class 5: a no-op is not evidence', () => {
  it('a string length change on SQLite, which keeps no lengths: unknown', () => {
    const migrations = [
      migration('m1', [{ kind: 'createTable', table: 'posts', columns: [column('id', { kind: 'integer', bytes: 8, unsigned: true }, { autoIncrement: true }), column('title', { kind: 'string', length: 100, fixed: false })], indexes: [], foreignKeys: [], checks: [], ifNotExists: false, temporary: false, at, guards: [] }]),
      migration('m2', [op.changeColumn('posts', 'title', { type: { kind: 'string', length: 255, fixed: false }, nullable: false, default: undefined, autoIncrement: false })]),
    ];
    const dump = onSqlite(tracked(snapshot({ posts: { columns: [dumpColumn('id', 'integer'), dumpColumn('title', 'varchar')] } }), ['m1']));
    const result = verdicts(migrations, dump, sqlite);
    expect(result.m2!.kind).toBe('unknown');
    expect(result.m2!.stamp).toBe(false);
  });

  it('bigIncrements()->change() on an id that is already INTEGER PRIMARY KEY on SQLite: unknown', () => {
    const id = column('id', { kind: 'integer', bytes: 4, unsigned: true }, { autoIncrement: true });
    const migrations = [
      migration('m1', [{ kind: 'createTable', table: 'tags', columns: [id], indexes: [{ name: 'primary', kind: 'primary', columns: ['id'], at }], foreignKeys: [], checks: [], ifNotExists: false, temporary: false, at, guards: [] }]),
      migration('m2', [op.changeColumn('tags', 'id', { type: { kind: 'integer', bytes: 8, unsigned: true }, nullable: false, default: undefined, autoIncrement: true })]),
    ];
    const dump = onSqlite(tracked(snapshot({ tags: { columns: [dumpColumn('id', 'integer')], indexes: [{ name: 'primary', kind: 'primary', columns: ['id'], constraint: true }] } }), ['m1']));
    const result = verdicts(migrations, dump, sqlite);
    expect(result.m2!.stamp).toBe(false);
    expect(result.m2!.kind).toBe('unknown');
  });

  it('a hasColumn-guarded column on the tracking table itself proves nothing', () => {
    const guarded: Operation = { ...op.addColumn('migrations', 'checksum'), guards: [{ kind: 'columnExists', table: 'migrations', column: 'checksum', negated: true }] };
    const dump = snapshot({ migrations: { columns: ['id', 'migration', 'batch', 'checksum'] } });
    const result = verdicts([migration('m1', [guarded])], dump);
    expect(result.m1!.stamp).toBe(false);
    expect(result.m1!.kind).toBe('unknown');
    expect(result.m1!.evidence.some((evidence) => evidence.detail.includes('tracking table'))).toBe(true);
  });

  it('a body behind a runtime condition that returns early: its absence proves nothing', () => {
    const m1 = migration('m1', [op.create('plans', ['id'])]);
    const m2 = { ...analyse("if (config('app.edition') !== 'cloud') { return; }\nSchema::table('plans', function (Blueprint $table) { $table->string('region'); });"), name: 'm2' };
    const result = verdicts([m1, m2], tracked(snapshot({ plans: { columns: ['id'] } }), ['m1']));
    expect(result.m2!.kind).toBe('unknown');
    expect(result.m2!.stamp).toBe(false);
  });
});

describe('class 6: an object re-made with other attributes', () => {
  const index = (name: string, kind: 'unique' | 'index'): Operation => op.addIndex('users', name, ['email'], kind);
  const dropIndex: Operation = { kind: 'dropIndex', table: 'users', name: 'users_email_index', indexKind: null, at, guards: [] };
  const migrations = [migration('m1', [op.create('users', ['id', 'email']), index('users_email_index', 'index')]), migration('m2', [dropIndex, index('users_email_index', 'unique')])];

  it('an index re-made unique under its old name: a plain index in the dump shows it did not run', () => {
    const result = verdicts(migrations, tracked(snapshot({ users: { columns: ['id', 'email'], indexes: [{ name: 'users_email_index', kind: 'index', columns: ['email'] }] } }), ['m1']));
    expect(result.m2!.kind).toBe('pending');
    expect(result.m2!.stamp).toBe(false);
  });

  it('and a unique one that it did', () => {
    const result = verdicts(migrations, tracked(snapshot({ users: { columns: ['id', 'email'], indexes: [{ name: 'users_email_index', kind: 'unique', columns: ['email'] }] } }), ['m1']));
    expect(result.m2!.kind).toBe('applied');
  });

  it("a check re-made with other values: the old values show it did not run", () => {
    const checks = [migration('m1', [op.create('jobs', ['id', 'state']), op.addCheck('jobs', 'jobs_state_check', ['a', 'b'])]), migration('m2', [op.dropCheck('jobs', 'jobs_state_check'), op.addCheck('jobs', 'jobs_state_check', ['a', 'b', 'c'])])];
    const result = verdicts(checks, tracked(snapshot({ jobs: { columns: ['id', 'state'], checks: [{ name: 'jobs_state_check', literals: ['a', 'b'] }] } }), ['m1']));
    expect(result.m2!.stamp).toBe(false);
  });

  it('a default changed on purpose: the old default shows it did not run', () => {
    const defaults = [migration('m1', [op.create('jobs', ['id']), op.addColumn('jobs', 'queue', { default: { kind: 'literal', value: 'a' } })]), migration('m2', [op.changeColumn('jobs', 'queue', { default: { kind: 'literal', value: 'b' } })])];
    const result = verdicts(defaults, tracked(snapshot({ jobs: { columns: ['id', dumpColumn('queue', undefined, { default: 'a' })] } }), ['m1']));
    expect(result.m2!.kind).toBe('pending');
  });
});
