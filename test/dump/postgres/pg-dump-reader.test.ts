import { laravelTrackingTable } from '../../../src/frameworks/laravel/tracking-table.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { postgres } from '../../../src/dump/postgres/index.js';
import { InputError } from '../../../src/model/errors.js';
import type { DumpReadOptions, SchemaSnapshot } from '../../../src/model/index.js';

const fixture = (name: string): Buffer =>
  readFileSync(fileURLToPath(new URL(`../../fixtures/postgres/${name}`, import.meta.url)));

async function* chunksOf(input: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < input.length; i += size) yield input.subarray(i, i + size);
}

const options = (overrides: Partial<DumpReadOptions> = {}): DumpReadOptions => ({
  file: 'dump.sql',
  schema: null,
  trackingTable: 'migrations',
  trackingRows: laravelTrackingTable,
  keepRowsOf: new Set(['users', 'agent_logs']),
  maxRowsPerTable: 3,
  ...overrides,
});

const read = (name: string, overrides: Partial<DumpReadOptions> = {}, chunk = 1 << 20): Promise<SchemaSnapshot> =>
  postgres.read(chunksOf(fixture(name), chunk), options(overrides));

const column = (s: SchemaSnapshot, table: string, name: string) => s.tables.get(table)?.columns.find((c) => c.name === name);

describe('postgres dump reader: schema facts of a real pg_dump 15', () => {
  const dumps = ['plain.sql', 'schema-only.sql', 'inserts.sql', 'column-inserts.sql', 'rows-per-insert.sql', 'laravel-schema-dump.sql'];

  it.each(dumps)('%s: tables of the public schema only, views and enum types', async (name) => {
    const s = await read(name);
    expect([...s.tables.keys()].sort()).toEqual(['agent_logs', 'feelings', 'measurements', 'measurements_2024', 'migrations', 'posts', 'users']);
    expect(s.views.get('published_posts')).toMatchObject({ materialized: false });
    expect(s.views.get('post_counts')).toMatchObject({ materialized: true });
    expect(s.enumTypes.get('mood')?.values).toEqual(['sad', 'ok', 'happy']);
    expect(s.tables.get('measurements')?.partitioned).toBe(true);
    expect(s.warnings).toEqual([]);
  });

  it.each([
    ['users', 'email', 'character varying(255)', false, null],
    ['users', 'id', 'bigint', false, "nextval('public.users_id_seq'::regclass)"],
    ['users', 'created_at', 'timestamp(0) without time zone', true, null],
    ['posts', 'status', 'character varying(255)', false, "'draft'::character varying"],
    ['posts', 'published', 'boolean', false, 'false'],
    ['posts', 'rating', 'numeric(8,2)', true, null],
    ['posts', 'created_at', 'timestamp(0) without time zone', true, 'CURRENT_TIMESTAMP'],
    ['agent_logs', 'happened_at', 'timestamp(0) with time zone', true, null],
    ['feelings', 'mood', 'mood', false, "'ok'::public.mood"],
    ['feelings', 'weight', 'positive_int', true, null],
  ])('%s.%s is %s', async (table, name, type, nullable, defaultText) => {
    const c = column(await read('plain.sql'), table, name);
    expect(c).toMatchObject({ type, nullable, default: defaultText });
  });

  it('keeps the raw type, identity and generated columns, and column lines', async () => {
    const s = await read('plain.sql');
    expect(column(s, 'feelings', 'mood')?.rawType).toBe('public.mood');
    expect(column(s, 'feelings', 'id')?.identity).toBe('by-default');
    expect(column(s, 'feelings', 'double_weight')?.generated).toBe('((weight)::integer * 2)');
    const lines = fixture('plain.sql').toString('utf8').split('\n');
    const email = column(s, 'users', 'email')!;
    expect(lines[email.line - 1]).toContain('email character varying(255) NOT NULL');
  });

  it('reads primary keys, unique constraints, expression and partial indexes', async () => {
    const posts = (await read('plain.sql')).tables.get('posts')!;
    expect(posts.indexes).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'posts_pkey', kind: 'primary', columns: ['id'], constraint: true }),
      expect.objectContaining({ name: 'posts_user_id_status_index', kind: 'index', columns: ['user_id', 'status'], constraint: false, method: 'btree', where: null }),
      expect.objectContaining({ name: 'posts_lower_title_unique', kind: 'unique', columns: ['lower((title)::text)'], where: "((status)::text = 'done'::text)" }),
    ]));
    const users = (await read('plain.sql')).tables.get('users')!;
    expect(users.indexes.find((i) => i.name === 'users_email_unique')).toMatchObject({ kind: 'unique', columns: ['email'], constraint: true });
  });

  it('reads foreign keys and CHECK constraints with their literals', async () => {
    const s = await read('plain.sql');
    expect(s.tables.get('posts')!.foreignKeys).toEqual([
      expect.objectContaining({ name: 'posts_user_id_foreign', columns: ['user_id'], refTable: 'users', refColumns: ['id'], onDelete: 'cascade', onUpdate: null }),
    ]);
    expect(s.tables.get('posts')!.checks).toEqual([
      expect.objectContaining({
        name: 'posts_status_check',
        expression: "((status)::text = ANY ((ARRAY['draft'::character varying, 'done'::character varying])::text[]))",
        literals: ['draft', 'done'],
      }),
    ]);
    expect(s.tables.get('agent_logs')!.checks[0]).toMatchObject({ name: 'agent_logs_source_type_check', literals: ['claude', 'codex'] });
  });

  it('describes another schema when asked', async () => {
    const s = await read('plain.sql', { schema: 'other' });
    expect([...s.tables.keys()]).toEqual(['users']);
    expect(column(s, 'users', 'nickname')?.type).toBe('text');
    expect(s.tracking).toBeNull();
  });
});

describe('postgres dump reader: tracking rows and kept data', () => {
  it.each(['plain.sql', 'inserts.sql', 'column-inserts.sql', 'rows-per-insert.sql', 'laravel-schema-dump.sql'])('%s: migrations rows and the highest batch', async (name) => {
    const s = await read(name);
    expect(s.tracking?.columns).toEqual(['id', 'migration', 'batch']);
    expect(s.tracking?.rows.map((r) => [r.migration, r.batch])).toEqual([
      ['2014_10_12_000000_create_users_table', 1],
      ['2019_08_19_000000_create_posts_table', 1],
      ['2020_01_01_000000_create_agent_logs_table', 2],
      ['2021_05_05_000000_create_feelings_table', 3],
    ]);
    expect(Math.max(...s.tracking!.rows.map((r) => r.batch))).toBe(3);
    expect(s.hasData).toBe(true);
  });

  it.each(['plain.sql', 'inserts.sql', 'column-inserts.sql', 'rows-per-insert.sql'])('%s: kept rows are decoded, capped and marked truncated', async (name) => {
    const s = await read(name);
    const users = s.rows.get('users')!;
    expect(users.truncated).toBe(false);
    expect(users.rows.map((r) => r.values)).toEqual([
      expect.objectContaining({ id: '1', name: 'Ada', email: 'ada@example.com', email_verified_at: null }),
      expect.objectContaining({ id: '2', name: 'Tab\there', email: 'new\nline@example.com', password: 'back\\slash' }),
    ]);
    const logs = s.rows.get('agent_logs')!;
    expect(logs.rows.map((r) => r.values['source_type'])).toEqual(['claude', 'codex', 'claude']);
    expect(logs.truncated).toBe(true);
    expect(s.rows.has('posts')).toBe(false);
  });

  it('gives each kept row its dump line', async () => {
    const s = await read('plain.sql');
    const lines = fixture('plain.sql').toString('utf8').split('\n');
    for (const row of s.rows.get('users')!.rows) expect(lines[row.line - 1]!.startsWith(`${row.values['id']}\t`)).toBe(true);
  });

  it('a schema-only dump has no data', async () => {
    const s = await read('schema-only.sql');
    expect(s.hasData).toBe(false);
    expect(s.tracking?.rows).toEqual([]);
  });
});

describe('postgres dump reader: robustness', () => {
  it('reads the same at any chunk size', async () => {
    const whole = await read('plain.sql');
    for (const size of [1, 7, 4096]) expect(await read('plain.sql', {}, size)).toEqual(whole);
  });

  it('turns an unparseable statement into a W-DUMP-UNPARSED warning', async () => {
    const input = Buffer.from('CREATE TABLE public.a (id integer);\nCREATE TABLE public.b (id integer,,);\n');
    const s = await postgres.read(chunksOf(input, 100), options());
    expect([...s.tables.keys()]).toEqual(['a']);
    expect(s.warnings).toEqual([expect.objectContaining({ code: 'W-DUMP-UNPARSED', at: { file: 'dump.sql', line: 2 } })]);
  });

  it('honours SET search_path for unqualified names', async () => {
    const input = Buffer.from('SET search_path = other, public;\nCREATE TABLE a (id integer);\nSET search_path = public;\nCREATE TABLE b (id integer);\n');
    const s = await postgres.read(chunksOf(input, 100), options());
    expect([...s.tables.keys()]).toEqual(['b']);
  });

  it('random cuts of a dump either read or throw InputError', async () => {
    const input = fixture('plain.sql');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: input.length }), async (end) => {
        try {
          await postgres.read(chunksOf(input.subarray(0, end), 512), options());
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 200 },
    );
  });

  it.each([
    ['-- PostgreSQL database dump\n\n', true],
    ['\\restrict abc\n', true],
    ["SET statement_timeout = 0;\nSELECT pg_catalog.set_config('search_path', '', false);\n", true],
    ['-- MySQL dump 10.13\n/*!40101 SET NAMES utf8 */;\n', false],
    ['PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n', false],
  ])('detect(%j) is %s', (head, expected) => {
    expect(postgres.detect(head)).toBe(expected);
  });
});

describe('postgres dump reader: triggers, routines, sequences and column comments (names only, bodies unread)', () => {
  const objects = (): Buffer => readFileSync(fileURLToPath(new URL('../../fixtures/objects/postgres.sql', import.meta.url)));

  it.each([1 << 20, 7])('Laravel migrations with raw SQL, dumped by pg_dump 15 (chunks of %i bytes)', async (chunk) => {
    const s = await postgres.read(chunksOf(objects(), chunk), options());
    expect(s.triggers).toEqual([{ name: 'posts_default_summary', table: 'posts', line: 233 }]);
    expect(s.routines).toEqual([
      { name: 'archive_drafts', kind: 'procedure', line: 25 },
      { name: 'posts_default_summary', kind: 'function', line: 34 },
      { name: 'posts_touch', kind: 'function', line: 48 },
    ]);
    expect(s.sequences.map((q) => q.name)).toEqual(['invoice_numbers', 'migrations_id_seq', 'posts_id_seq']);
    expect(s.sequences[0]).toEqual({ name: 'invoice_numbers', line: 62 });
    expect(column(s, 'posts', 'title')?.comment).toEqual({ text: 'Shown in lists', line: 124 });
    expect(column(s, 'posts', 'body')?.comment).toEqual({ text: "Markdown source, it's rendered on save", line: 131 });
    expect(column(s, 'posts', 'status')?.comment).toBeNull();
    expect(s.warnings).toEqual([]);
  });

  it('keeps only the described schema: objects of another schema are not in it', async () => {
    const s = await read('plain.sql');
    expect(s.triggers).toEqual([expect.objectContaining({ name: 'posts_touch', table: 'posts' })]);
    expect(s.routines.map((r) => r.name)).toEqual(['price_label', 'touch_updated_at']);
    expect(column(s, 'users', 'email')?.comment?.text).toBe('Login e-mail');
    const other = await read('plain.sql', { schema: 'other' });
    expect(other.triggers).toEqual([]);
    expect(other.routines).toEqual([]);
    expect(column(other, 'users', 'email')?.comment ?? null).toBeNull();
  });

  it.each([
    ["COMMENT ON COLUMN public.t.c IS 'it''s; \\ here'", "it's; \\ here"],
    ['COMMENT ON COLUMN "T"."odd"".col" IS \'x\'', null],
    ["COMMENT ON COLUMN t.c IS E'tab\\there'", 'tab\there'],
    ["COMMENT ON COLUMN public.t.c IS 'first'; COMMENT ON COLUMN public.t.c IS NULL", null],
    ["COMMENT ON COLUMN public.t.c IS ''", null],
  ])('%s', async (sql, expected) => {
    const dump = `SET search_path = public;\nCREATE TABLE public.t (c text);\nCREATE TABLE public."T" ("odd"".col" text);\n${sql};\n`;
    const s = await postgres.read(chunksOf(Buffer.from(dump), 1 << 20), options());
    expect(column(s, 't', 'c')?.comment?.text ?? null).toBe(expected);
  });

  it('reads a comment on a quoted column name', async () => {
    const dump = 'CREATE TABLE public."T" ("odd"".col" text);\nCOMMENT ON COLUMN public."T"."odd"".col" IS \'quoted\';\n';
    const s = await postgres.read(chunksOf(Buffer.from(dump), 1 << 20), options());
    expect(column(s, 'T', 'odd".col')?.comment).toEqual({ text: 'quoted', line: 2 });
  });

  it.each([
    ['CREATE OR REPLACE FUNCTION "My Schema"."Odd ""name"""(a int) RETURNS int AS $$ select 1 $$ LANGUAGE sql', { routines: [] }],
    ['CREATE OR REPLACE FUNCTION public."Odd ""name"""(a int) RETURNS int AS $$ select 1 $$ LANGUAGE sql', { routines: [{ name: 'Odd "name"', kind: 'function', line: 2 }] }],
    ['CREATE CONSTRAINT TRIGGER Check_It AFTER UPDATE OF a, b ON public.t DEFERRABLE FOR EACH ROW EXECUTE FUNCTION f()', { triggers: [{ name: 'check_it', table: 't', line: 2 }] }],
    ['CREATE SEQUENCE IF NOT EXISTS public.numbers START 5', { sequences: [{ name: 'numbers', line: 2 }] }],
    ['CREATE TEMPORARY SEQUENCE scratch', { sequences: [{ name: 'scratch', line: 2 }] }],
  ])('%s', async (sql, expected) => {
    const s = await postgres.read(chunksOf(Buffer.from(`SET search_path = public;\n${sql};\n`), 1 << 20), options());
    expect({ triggers: s.triggers, routines: s.routines, sequences: s.sequences }).toMatchObject({ triggers: [], routines: [], sequences: [], ...expected });
  });
});
