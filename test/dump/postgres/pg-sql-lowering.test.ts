import { beforeAll, describe, expect, it } from 'vitest';
import { postgres } from '../../../src/dump/postgres/index.js';
import type { Guard } from '../../../src/model/index.js';

// The PostgreSQL parser is WASM: it must be loaded before lowerSql runs.
beforeAll(() => postgres.load());

const at = { file: 'database/migrations/2024_01_01_000000_x.php', line: 12 };
const guards: Guard[] = [{ kind: 'tableExists', table: 'agent_logs', negated: false }];
const lower = (sql: string) => postgres.lowerSql(sql, at, guards);

describe('postgres SQL lowering', () => {
  it('replaces a CHECK constraint (Laravel enum change)', () => {
    const ops = lower(
      "ALTER TABLE agent_logs DROP CONSTRAINT agent_logs_source_type_check; ALTER TABLE agent_logs ADD CONSTRAINT agent_logs_source_type_check CHECK (source_type IN ('claude','codex'))",
    );
    expect(ops).toEqual([
      { kind: 'dropCheck', table: 'agent_logs', name: 'agent_logs_source_type_check', ifExists: false, at, guards },
      {
        kind: 'addCheck',
        table: 'agent_logs',
        check: { name: 'agent_logs_source_type_check', column: null, expression: "source_type IN ('claude','codex')", literals: ['claude', 'codex'], at },
        at,
        guards,
      },
    ]);
  });

  it('creates a table with types, defaults, keys and checks', () => {
    const [op] = lower(
      `create table "posts" ("id" bigserial primary key not null, "title" varchar(255) not null, "status" varchar(255) check ("status" in ('draft', 'done')) not null default 'draft', "rating" numeric(8, 2) null, "published" boolean not null default '0', "created_at" timestamp(0) without time zone null default CURRENT_TIMESTAMP, "tags" text[] null, "user_id" bigint references users (id) on delete cascade)`,
    );
    expect(op).toMatchObject({ kind: 'createTable', table: 'posts', ifNotExists: false, temporary: false });
    if (op?.kind !== 'createTable') throw new Error('not a createTable');
    const byName = Object.fromEntries(op.columns.map((c) => [c.name, c]));
    expect(byName['id']).toMatchObject({ type: { kind: 'integer', bytes: 8 }, autoIncrement: true, nullable: false });
    expect(byName['title']).toMatchObject({ type: { kind: 'string', length: 255, fixed: false }, nullable: false, default: undefined });
    expect(byName['status']).toMatchObject({ default: { kind: 'literal', value: 'draft' } });
    expect(byName['rating']).toMatchObject({ type: { kind: 'decimal', precision: 8, scale: 2 }, nullable: true });
    expect(byName['published']).toMatchObject({ type: { kind: 'boolean' }, default: { kind: 'literal', value: '0' } });
    expect(byName['created_at']).toMatchObject({ type: { kind: 'timestamp', precision: 0, timezone: false }, default: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' } });
    expect(byName['tags']).toMatchObject({ type: { kind: 'raw', sql: 'text[]' } });
    expect(op.indexes).toEqual([expect.objectContaining({ name: 'posts_pkey', kind: 'primary', columns: ['id'] })]);
    // PostgreSQL names a column's unnamed CHECK {table}_{column}_check.
    expect(op.checks).toEqual([expect.objectContaining({ name: 'posts_status_check', column: 'status', literals: ['draft', 'done'] })]);
    expect(op.foreignKeys).toEqual([expect.objectContaining({ name: 'posts_user_id_fkey', refTable: 'users', refColumns: ['id'], onDelete: 'cascade' })]);
  });

  it.each([
    ['ALTER TABLE users ADD COLUMN nickname varchar(50)', [{ kind: 'addColumn', table: 'users', column: expect.objectContaining({ name: 'nickname' }) }]],
    ['ALTER TABLE users DROP COLUMN nickname', [{ kind: 'dropColumn', table: 'users', column: 'nickname' }]],
    ['ALTER TABLE users RENAME COLUMN name TO full_name', [{ kind: 'renameColumn', table: 'users', from: 'name', to: 'full_name' }]],
    ['ALTER TABLE users RENAME TO people', [{ kind: 'renameTable', from: 'users', to: 'people' }]],
    ['ALTER INDEX users_a_index RENAME TO users_b_index', [{ kind: 'renameIndex', table: '', from: 'users_a_index', to: 'users_b_index' }]],
    ['ALTER TABLE users ADD CONSTRAINT users_email_unique UNIQUE (email)', [{ kind: 'addIndex', table: 'users', index: expect.objectContaining({ name: 'users_email_unique', kind: 'unique', columns: ['email'] }) }]],
    ['ALTER TABLE posts ADD CONSTRAINT posts_user_id_foreign FOREIGN KEY (user_id) REFERENCES users (id)', [{ kind: 'addForeignKey', table: 'posts', foreignKey: expect.objectContaining({ name: 'posts_user_id_foreign', refTable: 'users' }) }]],
    ['ALTER TABLE posts DROP CONSTRAINT posts_user_id_foreign', [{ kind: 'dropForeignKey', table: 'posts', name: 'posts_user_id_foreign' }]],
    ['ALTER TABLE posts DROP CONSTRAINT posts_pkey', [{ kind: 'dropIndex', table: 'posts', name: 'posts_pkey', indexKind: 'primary' }]],
    ['ALTER TABLE posts DROP CONSTRAINT whatever', [{ kind: 'opaque', reason: expect.stringContaining('DROP CONSTRAINT whatever') }]],
    ['CREATE UNIQUE INDEX posts_slug_unique ON posts (lower(slug))', [{ kind: 'addIndex', table: 'posts', index: expect.objectContaining({ kind: 'unique', columns: ['lower(slug)'] }) }]],
    ['DROP INDEX IF EXISTS posts_slug_unique', [{ kind: 'dropIndex', table: '', name: 'posts_slug_unique', indexKind: null }]],
    ['DROP TABLE IF EXISTS a, b', [{ kind: 'dropTable', table: 'a', ifExists: true }, { kind: 'dropTable', table: 'b', ifExists: true }]],
    ['CREATE OR REPLACE VIEW v AS SELECT 1', [{ kind: 'createView', name: 'v', orReplace: true }]],
    ['CREATE MATERIALIZED VIEW mv AS SELECT 1', [{ kind: 'createView', name: 'mv', orReplace: false }]],
    ['DROP MATERIALIZED VIEW IF EXISTS mv', [{ kind: 'dropView', name: 'mv', ifExists: true }]],
    ["CREATE TYPE mood AS ENUM ('sad', 'happy')", [{ kind: 'createEnumType', name: 'mood', values: ['sad', 'happy'] }]],
    ['DROP TYPE mood', [{ kind: 'dropEnumType', name: 'mood', ifExists: false }]],
    ["INSERT INTO settings (key, value, enabled) VALUES ('a', 1, true), ('b', NULL, false)", [{ kind: 'insertRows', table: 'settings', rows: [{ key: 'a', value: 1, enabled: true }, { key: 'b', value: null, enabled: false }] }]],
    ['INSERT INTO settings (key) SELECT name FROM x', [{ kind: 'insertRows', table: 'settings', rows: null }]],
    ["UPDATE users SET name = 'x'", [{ kind: 'dataChange', table: 'users', description: 'UPDATE on users' }]],
    ['DELETE FROM users', [{ kind: 'dataChange', table: 'users', description: 'DELETE on users' }]],
    ['ALTER TABLE users ALTER COLUMN name TYPE text, ALTER COLUMN name SET NOT NULL', [{ kind: 'changeColumn', table: 'users', column: expect.objectContaining({ name: 'name', type: { kind: 'text', size: 'normal' }, nullable: false, default: undefined }) }]],
    ['ALTER TABLE users ALTER COLUMN name DROP NOT NULL', [{ kind: 'changeColumn', table: 'users', column: expect.objectContaining({ name: 'name', type: null, nullable: true, default: undefined }) }]],
    ['ALTER TABLE users ALTER COLUMN name DROP DEFAULT', [{ kind: 'changeColumn', table: 'users', column: expect.objectContaining({ name: 'name', type: null, nullable: null, default: null }) }]],
    ['CREATE EXTENSION IF NOT EXISTS pgcrypto', [{ kind: 'opaque', reason: expect.stringContaining('CREATE EXTENSION') }]],
    ['CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql', [{ kind: 'createRoutine', name: 'f', routine: 'function', orReplace: false, ifNotExists: false }]],
    ['CREATE OR REPLACE FUNCTION public."Label"(a int) RETURNS text AS $x$ select $$;$$ $x$ LANGUAGE sql', [{ kind: 'createRoutine', name: 'Label', routine: 'function', orReplace: true, ifNotExists: false }]],
    ["CREATE PROCEDURE archive_drafts(days integer) LANGUAGE sql AS $$ DELETE FROM posts WHERE status = 'draft' $$", [{ kind: 'createRoutine', name: 'archive_drafts', routine: 'procedure', orReplace: false, ifNotExists: false }]],
    ['CREATE TRIGGER posts_touch BEFORE UPDATE ON public.posts FOR EACH ROW EXECUTE FUNCTION posts_touch()', [{ kind: 'createTrigger', table: 'posts', name: 'posts_touch', orReplace: false, ifNotExists: false }]],
    ['CREATE CONSTRAINT TRIGGER t AFTER INSERT ON posts DEFERRABLE FOR EACH ROW EXECUTE FUNCTION f()', [{ kind: 'createTrigger', table: 'posts', name: 't', orReplace: false, ifNotExists: false }]],
    ['CREATE SEQUENCE IF NOT EXISTS public.invoice_numbers START 1000', [{ kind: 'createSequence', name: 'invoice_numbers', ifNotExists: true }]],
    ['CREATE TEMPORARY SEQUENCE scratch', []],
    ["COMMENT ON COLUMN public.posts.body IS 'Markdown, it''s rendered'", [{ kind: 'setColumnComment', table: 'posts', column: 'body', comment: "Markdown, it's rendered" }]],
    ['COMMENT ON COLUMN posts.body IS NULL', [{ kind: 'setColumnComment', table: 'posts', column: 'body', comment: null }]],
    ['DROP FUNCTION IF EXISTS f(int), public.g', [{ kind: 'dropRoutine', name: 'f', routine: 'function', ifExists: true }, { kind: 'dropRoutine', name: 'g', routine: 'function', ifExists: true }]],
    ['DROP PROCEDURE archive_drafts', [{ kind: 'dropRoutine', name: 'archive_drafts', routine: 'procedure', ifExists: false }]],
    ['DROP ROUTINE r', [{ kind: 'dropRoutine', name: 'r', routine: null, ifExists: false }]],
    ['DROP TRIGGER IF EXISTS posts_touch ON public.posts', [{ kind: 'dropTrigger', table: 'posts', name: 'posts_touch', ifExists: true }]],
    ['DROP SEQUENCE s, public.t', [{ kind: 'dropSequence', name: 's', ifExists: false }, { kind: 'dropSequence', name: 't', ifExists: false }]],
    ['ALTER FUNCTION f(int) RENAME TO g', [{ kind: 'renameRoutine', from: 'f', to: 'g' }]],
    ['ALTER PROCEDURE p RENAME TO q', [{ kind: 'renameRoutine', from: 'p', to: 'q' }]],
    ['ALTER TRIGGER t ON posts RENAME TO u', [{ kind: 'renameTrigger', table: 'posts', from: 't', to: 'u' }]],
    ['ALTER SEQUENCE s RENAME TO numbers', [{ kind: 'renameSequence', from: 's', to: 'numbers' }]],
    ["COMMENT ON TABLE users IS 'x'", [{ kind: 'opaque', reason: expect.stringContaining('COMMENT') }]],
    ['DO $$ BEGIN END $$', [{ kind: 'opaque', reason: expect.stringContaining('DO block') }]],
    // The reason names the statement in words; the parser's wording is kept apart for --json.
    ['this is not sql', [{ kind: 'opaque', reason: "SQL that PostgreSQL's parser rejects: `this is not sql`", parserMessage: expect.stringContaining('syntax error') }]],
  ])('%s', (sql, expected) => {
    expect(lower(sql)).toEqual(expected.map((e) => ({ ...e, at, guards })));
  });
});
