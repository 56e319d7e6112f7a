import { describe, expect, it } from 'vitest';
import { sqlite } from '../../../src/dump/sqlite/index.js';
import type { Guard, Operation } from '../../../src/model/index.js';

const at = { file: 'm.php', line: 7 };
const lower = (sql: string, guards: Guard[] = []): Operation[] => sqlite.lowerSql(sql, at, guards);

describe('sqlite lowering of migration SQL', () => {
  it('CREATE TABLE as Laravel writes it: columns, keys, foreign keys, enum CHECK', () => {
    const [op] = lower('create table "posts" ("id" integer not null primary key autoincrement, "status" varchar check ("status" in (\'draft\', \'done\')) not null default \'draft\', "user_id" integer not null, "rating" numeric(8, 2), "flag" tinyint(1) not null default \'0\', foreign key("user_id") references "users"("id") on delete cascade)');
    expect(op).toMatchObject({ kind: 'createTable', table: 'posts', ifNotExists: false, temporary: false, at, guards: [] });
    if (op?.kind !== 'createTable') throw new Error('not a createTable');
    expect(op.columns.map((c) => [c.name, c.type, c.nullable, c.default, c.autoIncrement])).toEqual([
      ['id', { kind: 'integer', bytes: 8, unsigned: false }, false, undefined, true],
      ['status', { kind: 'string', length: null, fixed: false }, false, { kind: 'literal', value: 'draft' }, false],
      ['user_id', { kind: 'integer', bytes: 8, unsigned: false }, false, undefined, false],
      ['rating', { kind: 'decimal', precision: 8, scale: 2, unsigned: false }, true, undefined, false],
      ['flag', { kind: 'boolean' }, false, { kind: 'literal', value: '0' }, false],
    ]);
    expect(op.indexes).toEqual([{ name: '"id" integer not null primary key autoincrement', kind: 'primary', columns: ['id'], at }]);
    expect(op.foreignKeys).toEqual([expect.objectContaining({ columns: ['user_id'], refTable: 'users', refColumns: ['id'], onDelete: 'cascade' })]);
    expect(op.checks).toEqual([expect.objectContaining({ name: null, literals: ['draft', 'done'] })]);
  });

  it.each<[string, string, Partial<Operation>[]]>([
    ['CREATE INDEX', 'CREATE UNIQUE INDEX IF NOT EXISTS "a_b_unique" ON "a" ("b" COLLATE NOCASE DESC)', [{ kind: 'addIndex', table: 'a', index: { name: 'a_b_unique', kind: 'unique', columns: ['b'], at } } as Partial<Operation>]],
    ['CREATE VIEW', 'create view v as select 1', [{ kind: 'createView', name: 'v', orReplace: false }]],
    ['ADD COLUMN with a reference', 'ALTER TABLE "a" ADD COLUMN "c" integer REFERENCES "b"("id")', [{ kind: 'addColumn', table: 'a' }, { kind: 'addForeignKey', table: 'a' }]],
    ['RENAME COLUMN', 'ALTER TABLE messages RENAME COLUMN body TO content', [{ kind: 'renameColumn', table: 'messages', from: 'body', to: 'content' }]],
    ['RENAME without COLUMN', 'ALTER TABLE m RENAME b TO c', [{ kind: 'renameColumn', table: 'm', from: 'b', to: 'c' }]],
    ['RENAME TO', 'ALTER TABLE [old] RENAME TO `new`', [{ kind: 'renameTable', from: 'old', to: 'new' }]],
    ['DROP COLUMN', 'ALTER TABLE a DROP COLUMN b', [{ kind: 'dropColumn', table: 'a', column: 'b' }]],
    ['DROP TABLE, INDEX, VIEW', 'DROP TABLE IF EXISTS a; DROP INDEX main.i; DROP VIEW v', [{ kind: 'dropTable', table: 'a', ifExists: true }, { kind: 'dropIndex', table: '', name: 'i' }, { kind: 'dropView', name: 'v', ifExists: false }]],
    ['INSERT with literal rows', "INSERT INTO sources (slug, enabled, note) VALUES ('obsidian', 1, NULL), ('x''y', TRUE, -2.5)", [{ kind: 'insertRows', table: 'sources', rows: [{ slug: 'obsidian', enabled: 1, note: null }, { slug: "x'y", enabled: true, note: -2.5 }] }]],
    ['INSERT with an expression', "INSERT INTO s (a) VALUES (datetime('now'))", [{ kind: 'insertRows', table: 's', rows: null }]],
    ['INSERT without columns', "INSERT INTO s VALUES ('a')", [{ kind: 'insertRows', table: 's', rows: null }]],
    ['UPDATE and DELETE', "UPDATE work_items SET content_format = 'markdown'; DELETE FROM s", [{ kind: 'dataChange', table: 'work_items' }, { kind: 'dataChange', table: 's' }]],
    ['a trigger, as one statement', "CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; END", [{ kind: 'createTrigger', table: 'a', name: 't', orReplace: false, ifNotExists: false }]],
    ['a trigger with IF NOT EXISTS, a schema and UPDATE OF', 'CREATE TRIGGER IF NOT EXISTS main."t 1" BEFORE UPDATE OF a, b ON [a] FOR EACH ROW WHEN new.a > 0 BEGIN SELECT 1; END', [{ kind: 'createTrigger', table: 'a', name: 't 1', ifNotExists: true }]],
    ['a TEMP trigger leaves nothing', 'CREATE TEMP TRIGGER t AFTER INSERT ON a BEGIN SELECT 1; END', []],
    ['DROP TRIGGER names no table', 'DROP TRIGGER IF EXISTS t', [{ kind: 'dropTrigger', table: '', name: 't', ifExists: true }]],
    ['PRAGMA is opaque', 'PRAGMA foreign_keys = ON', [{ kind: 'opaque', reason: 'a PRAGMA statement, whose effect is not checked' }]],
    ['unreadable SQL is opaque, never a throw', 'CREATE TABLE (', [{ kind: 'opaque' }]],
    ['an empty string is nothing', '  ', []],
  ])('%s', (_name, sql, expected) => {
    const ops = lower(sql);
    expect(ops).toHaveLength(expected.length);
    expected.forEach((want, i) => expect(ops[i]).toMatchObject(want));
  });

  it('carries the guards to every operation', () => {
    const guards: Guard[] = [{ kind: 'engine', engines: ['sqlite'], negated: false }];
    expect(lower('DROP TABLE a; DROP TABLE b', guards).map((op) => op.guards)).toEqual([guards, guards]);
  });

  it('never throws, whatever the text', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(fc.property(fc.string(), (sql) => {
      expect(Array.isArray(lower(sql))).toBe(true);
    }), { numRuns: 500 });
    for (const sql of ["'", '"', '[', 'CREATE TABLE t(a CHECK(', 'INSERT INTO t(a) VALUES(char(99999999))', 'ALTER TABLE', 'CREATE']) {
      expect(Array.isArray(lower(sql))).toBe(true);
    }
  });
});
