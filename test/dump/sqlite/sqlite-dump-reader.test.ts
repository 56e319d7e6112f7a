import { laravelTrackingTable } from '../../../src/frameworks/laravel/tracking-table.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sqlite } from '../../../src/dump/sqlite/index.js';
import { postgres } from '../../../src/dump/postgres/index.js';
import { InputError } from '../../../src/model/errors.js';
import type { DumpReadOptions, SchemaSnapshot } from '../../../src/model/index.js';

const file = (path: string): Buffer => readFileSync(fileURLToPath(new URL(path, import.meta.url)));
const fixture = (name: string): Buffer => file(`../../fixtures/sqlite/${name}`);

async function* chunksOf(input: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < input.length; i += size) yield input.subarray(i, i + size);
}

const options = (overrides: Partial<DumpReadOptions> = {}): DumpReadOptions => ({
  file: 'dump.sql',
  schema: null,
  trackingTable: 'migrations',
  trackingRows: laravelTrackingTable,
  keepRowsOf: new Set(['users', 'agent_logs', 'feelings']),
  maxRowsPerTable: 3,
  ...overrides,
});

const readBuffer = (input: Buffer, overrides: Partial<DumpReadOptions> = {}, chunk = 1 << 20): Promise<SchemaSnapshot> =>
  sqlite.read(chunksOf(input, chunk), options(overrides));
const read = (name: string, overrides: Partial<DumpReadOptions> = {}, chunk?: number): Promise<SchemaSnapshot> => readBuffer(fixture(name), overrides, chunk);
const column = (s: SchemaSnapshot, table: string, name: string) => s.tables.get(table)?.columns.find((c) => c.name === name);

/** Everything a snapshot says, as plain data (maps as entries) for equality checks. */
const plain = (s: SchemaSnapshot): unknown => JSON.parse(JSON.stringify(s, (_k, v: unknown) => (v instanceof Map ? [...v.entries()] : v)));

describe('sqlite detect', () => {
  it('recognises .dump output and nothing else', () => {
    expect(sqlite.detect(fixture('plain.sql').toString('utf8', 0, 4096))).toBe(true);
    expect(sqlite.detect(file('../../../samples/sqlite/restored.sql').toString('utf8', 0, 4096))).toBe(true);
    for (const other of ['../../../samples/pgsql/full.sql', '../../../samples/mysql/full.sql']) {
      expect(sqlite.detect(file(other).toString('utf8', 0, 4096))).toBe(false);
    }
    expect(postgres.detect(fixture('plain.sql').toString('utf8', 0, 4096))).toBe(false);
  });

  it("recognises Laravel's schema:dump on SQLite (.schema, then the migrations rows) and reads it as schema without data", async () => {
    const text = 'CREATE TABLE IF NOT EXISTS "migrations" ("id" integer not null primary key autoincrement, "migration" varchar not null, "batch" integer not null);\nCREATE TABLE users(id integer);\nINSERT INTO migrations VALUES(1,\'2014_10_12_000000_create_users_table\',1);\n';
    expect(sqlite.detect(text)).toBe(true);
    const s = await readBuffer(Buffer.from(text));
    expect(s.tracking?.rows).toHaveLength(1);
    expect(s.hasData).toBe(false);
  });
});

describe('sqlite dump reader: schema facts of a real sqlite3 .dump', () => {
  it.each(['plain.sql', 'newlines.sql', 'preserve-rowids.sql'])('%s: tables, views, no engine tables, no warnings', async (name) => {
    const s = await read(name);
    expect([...s.tables.keys()]).toEqual(['migrations', 'users', 'posts', 'agent_logs', 'feelings', 'key_values']);
    expect([...s.views.keys()]).toEqual(['published_posts']);
    expect(s.schema).toBeNull();
    expect(s.dialect).toBe('sqlite');
    expect(s.warnings).toEqual([]);
  });

  it.each([
    ['users', 'id', 'integer', false, null],
    ['users', 'name', 'varchar', false, null],
    ['users', 'email_verified_at', 'datetime', true, null],
    ['users', 'is_admin', 'tinyint(1)', false, "'0'"],
    ['posts', 'status', 'varchar', false, "'draft'"],
    ['posts', 'created_at', 'datetime', true, 'CURRENT_TIMESTAMP'],
    ['feelings', 'id', 'integer', false, null],
    ['feelings', 'mood', 'text', false, "'ok'"],
    ['feelings', 'weight', '', true, null],
    ['key_values', 'key', 'varchar', false, null],
  ])('%s.%s is %s', async (table, name, type, nullable, defaultText) => {
    expect(column(await read('plain.sql'), table, name)).toMatchObject({ type, nullable, default: defaultText });
  });

  it('keeps raw types, generated columns, enum CHECK literals and column lines', async () => {
    const s = await read('plain.sql');
    expect(column(s, 'feelings', 'double_weight')).toMatchObject({ rawType: 'INT', type: 'int', generated: 'weight * 2' });
    expect(column(s, 'feelings', 'label')).toMatchObject({ type: '', generated: 'upper(mood)' });
    expect(column(s, 'posts', 'status')).toMatchObject({ checkLiterals: [['draft', 'done']] });
    const lines = fixture('plain.sql').toString('utf8').split('\n');
    expect(lines[column(s, 'feelings', 'weight')!.line - 1]).toBe('  weight,');
    expect(lines[s.tables.get('posts')!.line - 1]).toMatch(/^CREATE TABLE IF NOT EXISTS "posts"/);
  });

  it('reads inline and table keys, CREATE INDEX with expressions and WHERE', async () => {
    const s = await read('plain.sql');
    expect(s.tables.get('posts')!.indexes).toEqual([
      expect.objectContaining({ name: '"id" integer not null primary key autoincrement', kind: 'primary', columns: ['id'], constraint: true }),
      expect.objectContaining({ name: 'posts_user_id_status_index', kind: 'index', columns: ['user_id', 'status'], constraint: false, where: null }),
      expect.objectContaining({ name: 'posts_lower_title_unique', kind: 'unique', columns: ['lower("title")'], where: '"status" = \'done\'' }),
    ]);
    expect(s.tables.get('feelings')!.indexes).toEqual([
      expect.objectContaining({ kind: 'primary', columns: ['id'] }),
      expect.objectContaining({ name: 'UNIQUE (mood, weight) ON CONFLICT REPLACE', kind: 'unique', columns: ['mood', 'weight'] }),
    ]);
    expect(s.tables.get('key_values')!.indexes).toEqual([expect.objectContaining({ name: 'primary key ("key")', kind: 'primary', columns: ['key'] })]);
  });

  it('reads foreign keys and CHECKs, named by their text when SQLite gives them no name', async () => {
    const s = await read('plain.sql');
    expect(s.tables.get('posts')!.foreignKeys).toEqual([
      expect.objectContaining({ name: 'foreign key("user_id") references "users"("id") on delete cascade', columns: ['user_id'], refTable: 'users', refColumns: ['id'], onDelete: 'cascade', onUpdate: null }),
    ]);
    expect(s.tables.get('feelings')!.foreignKeys).toEqual([
      expect.objectContaining({ name: 'feelings_owner_fk', columns: ['owner_id'], refTable: 'users', refColumns: ['id'], onDelete: null, onUpdate: 'cascade' }),
    ]);
    expect(s.tables.get('agent_logs')!.checks).toEqual([
      expect.objectContaining({ name: 'agent_logs_source_type_check', expression: "source_type in ('claude', 'codex')", literals: ['claude', 'codex'] }),
    ]);
    expect(s.tables.get('posts')!.checks).toEqual([expect.objectContaining({ name: expect.stringMatching(/^"status" varchar check/), literals: ['draft', 'done'] })]);
  });
});

describe('sqlite dump reader: tracking rows and kept data', () => {
  it.each(['plain.sql', 'newlines.sql', 'preserve-rowids.sql', 'tracking-only.sql'])('%s: migrations rows and batches', async (name) => {
    const s = await read(name);
    expect(s.tracking).toMatchObject({ name: 'migrations', schema: null, columns: ['id', 'migration', 'batch'] });
    expect(s.tracking?.rows.map((r) => [r.migration, r.batch])).toEqual([
      ['2014_10_12_000000_create_users_table', 1],
      ['2019_08_19_000000_create_posts_table', 1],
      ['2020_01_01_000000_create_agent_logs_table', 2],
      ['2021_05_05_000000_create_feelings_table', 3],
    ]);
    expect(s.hasData).toBe(true);
  });

  it.each(['plain.sql', 'newlines.sql'])('%s: kept rows are decoded (quotes, line breaks, unicode, NULL), capped and marked truncated', async (name) => {
    const s = await read(name, { maxRowsPerTable: 10 });
    expect(s.rows.get('users')!.rows.map((r) => r.values['name'])).toEqual(['Ada', "O'Brien", 'Line\nBreak\rReturn', 'Ünïcødé ✓', 'backslash \\n stays']);
    expect(s.rows.get('users')!.rows[0]!.values).toEqual({ id: '1', name: 'Ada', email: 'ada@example.test', email_verified_at: null, is_admin: '1', created_at: null, updated_at: null });
    const capped = await read(name);
    expect(capped.rows.get('users')).toMatchObject({ truncated: true });
    expect(capped.rows.get('users')!.rows).toHaveLength(3);
    expect(capped.rows.has('posts')).toBe(false);
  });

  it('decodes blobs (UTF-8 text as text, other bytes as their literal) and skips generated columns', async () => {
    const s = await read('plain.sql');
    expect(s.rows.get('agent_logs')!.rows.map((r) => r.values['payload'])).toEqual(["X'00ff10'", null, 'text blob']);
    expect(s.rows.get('feelings')!.rows.map((r) => r.values)).toEqual([
      { id: '1', mood: 'happy', weight: '3', owner_id: null },
      { id: '2', mood: 'sad', weight: '-1500.0', owner_id: null },
    ]);
  });

  it('matches table names case-insensitively, as SQLite does', async () => {
    const s = await read('plain.sql', { trackingTable: 'MIGRATIONS', keepRowsOf: new Set(['Users']) });
    expect(s.tracking?.rows).toHaveLength(4);
    expect(s.rows.get('Users')?.rows).toHaveLength(3);
  });

  it('has no tracking table when the dump has none', async () => {
    const s = await read('plain.sql', { trackingTable: 'schema_migrations' });
    expect(s.tracking).toBeNull();
  });
});

describe('sqlite dump reader: the committed samples', () => {
  const sample = (name: string): Buffer => file(`../../../samples/sqlite/${name}`);
  const keep = { keepRowsOf: new Set(['sources']), maxRowsPerTable: 100 };

  it('restored.sql: 19 tracking rows up to batch 7, the obsidian source row, 31 tables', async () => {
    const s = await readBuffer(sample('restored.sql'), keep);
    expect(s.warnings).toEqual([]);
    expect(s.tracking?.rows).toHaveLength(19);
    expect(Math.max(...s.tracking!.rows.map((r) => r.batch))).toBe(7);
    expect(s.rows.get('sources')!.rows.map((r) => r.values['slug'])).toEqual(['obsidian', 'github']);
    expect(s.tables.size).toBe(31);
    expect(s.tables.has('import_staging')).toBe(false);
    expect(column(s, 'messages', 'content')).toBeDefined();
    expect(s.tables.get('work_items')!.foreignKeys).toEqual([]);
  });

  it('full.sql: 38 tracking rows up to batch 13', async () => {
    const s = await readBuffer(sample('full.sql'), keep);
    expect(s.tracking?.rows).toHaveLength(38);
    expect(Math.max(...s.tracking!.rows.map((r) => r.batch))).toBe(13);
  });
});

describe('sqlite dump reader: streaming and truncation', () => {
  it.each(['plain.sql', 'newlines.sql'])('%s: 1-byte chunks give the same snapshot as one chunk', async (name) => {
    expect(plain(await read(name, {}, 1))).toEqual(plain(await read(name)));
  });

  it('random chunkings give the same snapshot', async () => {
    const input = fixture('plain.sql');
    const whole = plain(await readBuffer(input));
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 200 }), async (size) => {
        expect(plain(await readBuffer(input, {}, size))).toEqual(whole);
      }),
      { numRuns: 40 },
    );
  });

  it('a dump cut anywhere is read or rejected with InputError, never anything else', async () => {
    const input = fixture('plain.sql');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: input.length - 1 }), async (cut) => {
        try {
          await readBuffer(input.subarray(0, cut));
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 300 },
    );
  });

  it.each([
    ["INSERT INTO migrations VALUES(1,'x", /inside a string literal that starts at line 4/],
    ['CREATE TABLE "t" ("a" integer', /inside a statement \(no closing semicolon\) that starts at line 4/],
    ['CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1;', /inside a CREATE TRIGGER statement \(no closing END;\)/],
    ['CREATE TABLE [t', /inside a quoted name/],
    ['/* unfinished', /inside a comment/],
    ['CREATE TABLE t(a);', /without the COMMIT of the transaction it began at line 2/],
  ])('names the construct and line of a truncated dump: %s', async (tail, message) => {
    const input = Buffer.from(`PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE migrations(id integer primary key, migration varchar, batch integer);\n${tail}`);
    await expect(readBuffer(input)).rejects.toThrow(message);
    await expect(readBuffer(input)).rejects.toBeInstanceOf(InputError);
  });

  it('refuses a dump that ends in ROLLBACK (sqlite3 met errors)', async () => {
    const input = Buffer.from('PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t(a);\nROLLBACK; -- due to errors\n');
    await expect(readBuffer(input)).rejects.toThrow(/ROLLBACK/);
  });

  it('warns W-DUMP-UNPARSED with the line of a statement it cannot read, and goes on', async () => {
    const input = Buffer.from('PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCREATE TABLE t(a integer\n  primary key nonsense here);\nCREATE TABLE u(b);\nCOMMIT;\n');
    const s = await readBuffer(input);
    expect(s.warnings).toEqual([expect.objectContaining({ code: 'W-DUMP-UNPARSED', at: { file: 'dump.sql', line: 4 } })]);
    expect([...s.tables.keys()]).toEqual(['u']);
  });

  it('reads a virtual table from the schema row .dump writes for it', async () => {
    const input = Buffer.from(
      "PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nPRAGMA writable_schema=ON;\nINSERT INTO sqlite_schema(type,name,tbl_name,rootpage,sql)VALUES('table','ft','ft',0,'CREATE VIRTUAL TABLE ft using fts5(a, b)');\nPRAGMA writable_schema=OFF;\nCOMMIT;\n",
    );
    const s = await readBuffer(input);
    expect(s.tables.get('ft')).toMatchObject({ name: 'ft', columns: [], line: 4 });
  });
});

describe('sqlite dump reader: triggers by name and table', () => {
  it('Laravel migrations with raw SQL, dumped by sqlite3 .dump', async () => {
    const s = await readBuffer(file('../../fixtures/objects/sqlite.sql'));
    expect(s.triggers).toEqual([{ name: 'posts_title_trim', table: 'posts', line: 9 }]);
    expect(s.routines).toEqual([]);
    expect(s.sequences).toEqual([]);
    // SQLite keeps no comments: Laravel's ->comment() leaves nothing in the database.
    expect(column(s, 'posts', 'summary')?.comment).toBeNull();
  });

  it('reads the table of every trigger form SQLite accepts', async () => {
    const dump = Buffer.from(
      [
        'PRAGMA foreign_keys=OFF;',
        'BEGIN TRANSACTION;',
        'CREATE TABLE t (a, b);',
        'CREATE TRIGGER IF NOT EXISTS main."t u" INSTEAD OF UPDATE OF a, b ON [t] FOR EACH ROW WHEN new.a > 1 BEGIN SELECT 1; END;',
        'CREATE TRIGGER t_d BEFORE DELETE ON "t" BEGIN SELECT RAISE(ABORT, \'no; never\'); END;',
        'COMMIT;',
        '',
      ].join('\n'),
    );
    const s = await readBuffer(dump);
    expect(s.triggers).toEqual([
      { name: 't u', table: 't', line: 4 },
      { name: 't_d', table: 't', line: 5 },
    ]);
  });
});
