import { describe, expect, it } from 'vitest';
import { type InferenceOptions, infer } from '../../src/infer/index.js';
import type { Dialect, Migration, SchemaSnapshot, Verdict, VerdictKind } from '../../src/model/index.js';
import { dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * Triggers, functions and procedures, sequences and column comments: the dump
 * shows whether they exist, so they are evidence both ways, and a removal is
 * proven by their absence when their creator is. Comments only where the
 * engine keeps them.
 */

const noOptions: InferenceOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const noComments: Dialect = { ...testDialect, name: 'sqlite', showsColumnComments: false };

function verdicts(migrations: Migration[], dump: SchemaSnapshot, dialect: Dialect = testDialect): Record<string, Verdict> {
  const result = infer(migrations, dump, dialect, noOptions);
  return Object.fromEntries(result.verdicts.map((v) => [v.migration, v]));
}

const posts = { columns: ['id', 'title'] };
const commented = (text: string) => dumpColumn('title', undefined, { comment: { text, line: 12 } });

interface Case {
  name: string;
  migrations: Migration[];
  dump: SchemaSnapshot;
  dialect?: Dialect;
  expected: Record<string, VerdictKind>;
  /** Evidence codes a migration's verdict must carry. */
  codes?: Record<string, string[]>;
}

const cases: Case[] = [
  {
    name: 'a trigger in the dump is evidence of the migration that made it',
    migrations: [migration('m1', [op.create('posts', ['id', 'title'])], {}), migration('m2', [op.createTrigger('posts', 'posts_touch')])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]], triggers: ['posts.posts_touch'] }),
    expected: { m1: 'tracked', m2: 'applied' },
    codes: { m2: ['E-TRIGGER-PRESENT'] },
  },
  {
    name: 'a trigger missing from the dump leaves its migration pending',
    migrations: [migration('m1', [op.create('posts', ['id', 'title'])]), migration('m2', [op.createTrigger('posts', 'posts_touch')])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]] }),
    expected: { m2: 'pending' },
    codes: { m2: ['E-TRIGGER-MISSING'] },
  },
  {
    name: 'a trigger on another table is not the one the migration made',
    migrations: [migration('m1', [op.createTrigger('posts', 'touch')])],
    dump: snapshot({ posts }, { triggers: ['users.touch'] }),
    expected: { m1: 'pending' },
  },
  {
    name: 'a function present, its trigger missing: partial',
    migrations: [migration('m1', [op.createRoutine('posts_touch'), op.createTrigger('posts', 'posts_touch')])],
    dump: snapshot({ posts }, { routines: [{ name: 'posts_touch', kind: 'function' }] }),
    expected: { m1: 'partial' },
    codes: { m1: ['E-ROUTINE-PRESENT', 'E-TRIGGER-MISSING'] },
  },
  {
    name: 'a procedure is not a function of the same name',
    migrations: [migration('m1', [op.createRoutine('archive', 'procedure')])],
    dump: snapshot({}, { routines: [{ name: 'archive', kind: 'function' }] }),
    expected: { m1: 'pending' },
    codes: { m1: ['E-ROUTINE-MISSING'] },
  },
  {
    name: 'a sequence in the dump is evidence; one missing is not',
    migrations: [migration('m1', [op.createSequence('invoice_numbers')]), migration('m2', [op.createSequence('audit_numbers')])],
    dump: snapshot({}, { sequences: ['invoice_numbers'] }),
    expected: { m1: 'applied', m2: 'pending' },
    codes: { m1: ['E-SEQUENCE-PRESENT'], m2: ['E-SEQUENCE-MISSING'] },
  },
  {
    name: 'a column added with a comment: the comment is evidence too',
    migrations: [migration('m1', [op.create('posts', ['id'])]), migration('m2', [op.addColumn('posts', 'title', { comment: 'Shown in lists' })])],
    dump: snapshot({ posts: { columns: ['id', commented('Shown in lists')] } }, { tracked: [['m1', 1]] }),
    expected: { m2: 'applied' },
    codes: { m2: ['E-COLUMN-PRESENT', 'E-COMMENT-PRESENT'] },
  },
  {
    name: 'the column without its comment: partial',
    migrations: [migration('m1', [op.create('posts', ['id'])]), migration('m2', [op.addColumn('posts', 'title', { comment: 'Shown in lists' })])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]] }),
    expected: { m2: 'partial' },
    codes: { m2: ['E-COMMENT-MISSING'] },
  },
  {
    name: 'a comment with other text is not this migration\'s',
    migrations: [migration('m1', [op.create('posts', ['id', 'title'])]), migration('m2', [op.comment('posts', 'title', 'Shown in lists')])],
    dump: snapshot({ posts: { columns: ['id', commented('Shown in feeds')] } }, { tracked: [['m1', 1]] }),
    expected: { m2: 'pending' },
    codes: { m2: ['E-COMMENT-DIFFERS'] },
  },
  {
    name: 'COMMENT ON COLUMN alone is proven by the comment',
    migrations: [migration('m1', [op.create('posts', ['id', 'title'])]), migration('m2', [op.comment('posts', 'title', 'Shown in lists')])],
    dump: snapshot({ posts: { columns: ['id', commented('Shown in lists')] } }, { tracked: [['m1', 1]] }),
    expected: { m2: 'applied' },
    codes: { m2: ['E-COMMENT-PRESENT'] },
  },
  {
    name: 'where the engine keeps no comments, a comment is never evidence',
    migrations: [migration('m1', [op.create('posts', ['id'])]), migration('m2', [op.addColumn('posts', 'title', { comment: 'Shown in lists' })]), migration('m3', [op.comment('posts', 'id', 'Key')])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]] }),
    dialect: noComments,
    expected: { m2: 'applied', m3: 'unknown' },
    codes: { m2: ['E-COLUMN-PRESENT', 'E-COMMENT-UNSHOWN'], m3: ['E-COMMENT-UNSHOWN'] },
  },
  {
    name: 'removing a comment its proven creator made is proven by its absence',
    migrations: [migration('m1', [op.create('posts', ['id']), op.addColumn('posts', 'title', { comment: 'x' })]), migration('m2', [op.comment('posts', 'title', null)])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]] }),
    expected: { m2: 'applied' },
    codes: { m2: ['E-COMMENT-GONE'] },
  },
  {
    name: 'a change() may have dropped the comment (Laravel 11+): its absence no longer counts against the creator',
    migrations: [migration('m1', [op.create('posts', ['id']), op.addColumn('posts', 'title', { comment: 'x' })]), migration('m2', [op.changeColumn('posts', 'title', { nullable: true })])],
    dump: snapshot({ posts: { columns: ['id', dumpColumn('title', undefined, { nullable: true })] } }),
    expected: { m1: 'applied', m2: 'applied' },
    codes: { m1: ['E-CONDITIONAL'] },
  },
  {
    name: 'dropping a trigger its proven creator made is proven by its absence',
    migrations: [migration('m1', [op.create('posts', ['id', 'title']), op.createTrigger('posts', 'posts_touch')]), migration('m2', [op.dropTrigger('posts', 'posts_touch')])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]] }),
    expected: { m1: 'tracked', m2: 'applied' },
    codes: { m2: ['E-TRIGGER-GONE'] },
  },
  {
    name: 'DROP TRIGGER without a table (MySQL, SQLite) finds the trigger by name',
    migrations: [migration('m1', [op.create('posts', ['id', 'title']), op.createTrigger('posts', 'posts_touch')]), migration('m2', [op.dropTrigger('', 'posts_touch')])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]] }),
    expected: { m2: 'applied' },
    codes: { m2: ['E-TRIGGER-GONE'] },
  },
  {
    name: 'a dropped trigger still in the dump: the drop did not run',
    migrations: [migration('m1', [op.create('posts', ['id', 'title']), op.createTrigger('posts', 'posts_touch')]), migration('m2', [op.dropTrigger('', 'posts_touch')])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]], triggers: ['posts.posts_touch'] }),
    expected: { m2: 'pending' },
    codes: { m2: ['E-TRIGGER-PRESENT'] },
  },
  {
    name: 'a trigger no migration made, dropped by name and still there: pending',
    migrations: [migration('m1', [op.dropTrigger('', 'legacy_touch')])],
    dump: snapshot({ posts }, { triggers: ['posts.legacy_touch'] }),
    expected: { m1: 'pending' },
  },
  {
    name: 'dropping a function and a sequence their proven creators made',
    migrations: [migration('m1', [op.createRoutine('f', 'procedure'), op.createSequence('s'), op.create('posts', ['id', 'title'])]), migration('m2', [op.dropRoutine('f', null), op.dropSequence('s')])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]] }),
    expected: { m2: 'applied' },
    codes: { m2: ['E-ROUTINE-GONE', 'E-SEQUENCE-GONE'] },
  },
  {
    name: 'CREATE OR REPLACE of a function an earlier migration made: its name proves nothing',
    migrations: [migration('m1', [op.createRoutine('posts_touch')]), migration('m2', [op.createRoutine('posts_touch', 'function', true)])],
    dump: snapshot({}, { tracked: [['m1', 1]], routines: [{ name: 'posts_touch', kind: 'function' }] }),
    expected: { m1: 'tracked', m2: 'unknown' },
    codes: { m2: ['E-SAME-AS-BEFORE'] },
  },
  {
    name: 'CREATE OR REPLACE of a function no migration made before is evidence like CREATE',
    migrations: [migration('m1', [op.createRoutine('posts_touch', 'function', true)])],
    dump: snapshot({}, { routines: [{ name: 'posts_touch', kind: 'function' }] }),
    expected: { m1: 'applied' },
  },
  {
    name: 'renaming a sequence needs the new name present and the old one gone',
    migrations: [migration('m1', [op.createSequence('numbers')]), migration('m2', [op.renameSequence('numbers', 'invoice_numbers')])],
    dump: snapshot({}, { tracked: [['m1', 1]], sequences: ['invoice_numbers'] }),
    expected: { m2: 'applied' },
    codes: { m2: ['E-SEQUENCE-PRESENT', 'E-SEQUENCE-GONE'] },
  },
  {
    name: 'a renamed trigger under its old name: the rename is pending, its creator applied',
    migrations: [migration('m1', [op.create('posts', ['id', 'title'])]), migration('m2', [op.createTrigger('posts', 'touch')]), migration('m3', [op.renameTrigger('posts', 'touch', 'posts_touch')])],
    dump: snapshot({ posts }, { tracked: [['m1', 1]], triggers: ['posts.touch'] }),
    expected: { m2: 'applied', m3: 'pending' },
  },
  {
    name: 'a renamed table takes its triggers along',
    migrations: [migration('m1', [op.create('posts', ['id', 'title']), op.createTrigger('posts', 'touch')]), migration('m2', [op.rename('posts', 'articles')])],
    dump: snapshot({ articles: posts }, { triggers: ['articles.touch'] }),
    expected: { m1: 'applied', m2: 'applied' },
  },
  {
    name: 'a dropped table takes its triggers and comments along: nothing more is expected gone',
    migrations: [
      migration('m1', [op.create('posts', ['id']), op.addColumn('posts', 'title', { comment: 'x' }), op.createTrigger('posts', 'touch'), op.create('kept', ['id'])]),
      migration('m2', [op.drop('posts')]),
    ],
    dump: snapshot({ kept: { columns: ['id'] } }, { tracked: [['m1', 1]] }),
    expected: { m2: 'applied' },
  },
  {
    name: 'a renamed column keeps its comment',
    migrations: [migration('m1', [op.create('posts', ['id']), op.addColumn('posts', 'name', { comment: 'Shown in lists' })]), migration('m2', [op.renameColumn('posts', 'name', 'title')])],
    dump: snapshot({ posts: { columns: ['id', commented('Shown in lists')] } }),
    expected: { m1: 'applied', m2: 'applied' },
  },
];

describe('triggers, routines, sequences and column comments as evidence', () => {
  it.each(cases)('$name', ({ migrations, dump, dialect, expected, codes }) => {
    const result = verdicts(migrations, dump, dialect);
    expect(Object.fromEntries(Object.keys(expected).map((name) => [name, result[name]?.kind]))).toEqual(expected);
    for (const [name, wanted] of Object.entries(codes ?? {})) {
      expect(result[name]?.evidence.map((e) => e.code)).toEqual(expect.arrayContaining(wanted));
    }
  });

  it('predicts that migrate fails on a trigger that already exists', () => {
    const result = verdicts([migration('m1', [op.createTrigger('posts', 'touch'), op.createSequence('s')])], snapshot({ posts }, { triggers: ['posts.touch'] }));
    expect(result['m1']?.kind).toBe('partial');
    expect(result['m1']?.next).toMatchObject({ kind: 'fails', detail: expect.stringContaining('trigger touch already exists') });
  });
});
