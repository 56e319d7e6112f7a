import { laravelTrackingTable } from '../../../src/frameworks/laravel/tracking-table.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mysql } from '../../../src/dump/mysql/index.js';
import { InputError } from '../../../src/model/errors.js';
import type { DumpReadOptions, SchemaSnapshot } from '../../../src/model/index.js';

const file = (path: string): Buffer => readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)));
const fixture = (name: string): Buffer => file(`test/fixtures/mysql/${name}`);

async function* chunksOf(input: Buffer, size: number): AsyncIterable<Buffer> {
  for (let i = 0; i < input.length; i += size) yield input.subarray(i, i + size);
}

const options = (overrides: Partial<DumpReadOptions> = {}): DumpReadOptions => ({
  file: 'dump.sql',
  schema: null,
  trackingTable: 'migrations',
  trackingRows: laravelTrackingTable,
  keepRowsOf: new Set(['users', 'sources']),
  maxRowsPerTable: 10,
  ...overrides,
});

const read = (input: Buffer, overrides: Partial<DumpReadOptions> = {}, chunk = 1 << 20): Promise<SchemaSnapshot> => mysql.read(chunksOf(input, chunk), options(overrides));
const column = (s: SchemaSnapshot, table: string, name: string) => s.tables.get(table)?.columns.find((c) => c.name === name);
const TRACKED = ['2014_10_12_000000_create_users_table', '2019_01_01_000000_create_articles_table', "2020_01_01_000000_weird 'quote' and \\ backslash", '2021_01_01_000000_multi\nline'];

describe('mysql dump reader: the fixture database dumped by mysqldump (MariaDB 10.11) in every style', () => {
  const dumps = [
    ['plain.sql', true],
    ['no-data.sql', false],
    ['routines.sql', true],
    ['skip-extended-insert.sql', true],
    ['compact.sql', true],
    ['databases.sql', true],
    ['laravel-schema-dump.sql', false],
  ] as const;

  it.each(dumps)('%s: tables, the view (not its stand-in), tracking rows', async (name, withData) => {
    const s = await read(fixture(name));
    expect([...s.tables.keys()].sort()).toEqual(['articles', 'events', 'migrations', 'users']);
    expect([...s.views.keys()]).toEqual(['active_users']);
    expect(s.hasData).toBe(withData);
    expect(s.warnings).toEqual([]);
    expect(s.tracking?.schema).toBeNull();
    expect(s.tracking?.rows.map((r) => r.migration)).toEqual(name === 'no-data.sql' ? [] : TRACKED);
    if (withData) expect(s.rows.get('users')?.rows.map((r) => r.values['email'])).toEqual(['ada@example.com', 'bob@example.com']);
  });

  it('reads columns, keys, constraints, partitions and generated columns as mysqldump prints them', async () => {
    const s = await read(fixture('plain.sql'));
    // AUTO_INCREMENT is recorded as an identity filled by default, as PostgreSQL would say.
    expect(column(s, 'users', 'id')).toMatchObject({ type: 'bigint unsigned', rawType: 'bigint(20) unsigned', nullable: false, identity: 'by-default' });
    expect(column(s, 'users', 'role')?.identity).toBeNull();
    expect(column(s, 'users', 'role')).toMatchObject({ type: "enum('admin','member','it''s')", default: "'member'" });
    expect(column(s, 'users', 'settings')?.type).toBe('longtext');
    expect(column(s, 'users', 'active')).toMatchObject({ type: 'tinyint(1)', default: '1' });
    expect(column(s, 'users', 'graduated')?.type).toBe('year');
    expect(column(s, 'users', 'updated_at')?.default).toBe('current_timestamp()');
    expect(column(s, 'users', 'note')?.default).toBe("'semi;colon */ and \\\\ backslash'");
    const users = s.tables.get('users')!;
    expect(users.indexes.map((i) => [i.name, i.kind, i.method, i.columns.join(',')])).toEqual([
      ['PRIMARY', 'primary', 'btree', 'id'],
      ['users_email_unique', 'unique', 'btree', 'email'],
      ['users_name_email_index', 'index', 'btree', 'name,email'],
      ['users_home_spatialindex', 'index', 'spatial', 'home'],
    ]);
    expect(users.checks.map((c) => c.name)).toEqual(['settings']);
    const articles = s.tables.get('articles')!;
    expect(column(s, 'articles', 'price_with_tax')?.generated).toBe('`price` * 1.2');
    expect(articles.indexes.find((i) => i.name === 'articles_title_body_fulltext')?.method).toBe('fulltext');
    expect(articles.foreignKeys).toMatchObject([{ name: 'articles_user_id_foreign', columns: ['user_id'], refTable: 'users', refColumns: ['id'], onDelete: 'cascade', onUpdate: null }]);
    expect(articles.checks.map((c) => [c.name, c.literals])).toEqual([
      ['articles_status_check', ['draft', 'published', "it's"]],
      ['CONSTRAINT_1', ['0']],
    ]);
    expect(s.tables.get('events')?.partitioned).toBe(true);
    expect(articles.line).toBe(39);
    expect(column(s, 'articles', 'status')?.line).toBe(47);
  });

  it('keeps rows of asked-for tables only, up to the cap, and says when it stopped', async () => {
    const s = await read(fixture('plain.sql'), { keepRowsOf: new Set(['users', 'articles']), maxRowsPerTable: 1 });
    expect(s.rows.get('users')).toMatchObject({ truncated: true });
    expect(s.rows.get('users')?.rows).toHaveLength(1);
    expect(s.rows.get('articles')?.rows[0]?.values['body']).toBe("Body with 'quotes' and \\backslashes\\ and -- dashes # hash /* star");
    expect(s.rows.has('events')).toBe(false);
  });

  it('the sample restored from an older backup: 31 tables, 19 tracked rows (batch 7 last), the seeded sources row', async () => {
    const s = await read(file('samples/mysql/restored.sql'));
    expect(s.tables.size).toBe(31);
    expect(s.tracking?.rows).toHaveLength(19);
    expect(Math.max(...s.tracking!.rows.map((r) => r.batch))).toBe(7);
    expect(s.rows.get('sources')?.rows.map((r) => r.values['slug'])).toContain('obsidian');
    expect(s.tables.get('agent_logs')?.checks.map((c) => c.name)).toEqual(['context', 'agent_logs_source_type_check']);
    expect(column(s, 'agent_logs', 'logged_at')).toMatchObject({ type: 'timestamp', default: 'current_timestamp()' });
    expect(s.warnings).toEqual([]);
  });

  it('the complete sample: 38 tracked rows, batches 1-13', async () => {
    const s = await read(file('samples/mysql/full.sql'));
    expect(s.tracking?.rows).toHaveLength(38);
    expect(Math.max(...s.tracking!.rows.map((r) => r.batch))).toBe(13);
  });

  it('a --databases dump of one database is that database; another name is refused, naming it', async () => {
    expect((await read(fixture('databases.sql'))).tables.size).toBeGreaterThan(0);
    expect((await read(fixture('databases.sql'), { database: 'migstamp_fixture' })).tables.size).toBeGreaterThan(0);
    await expect(read(fixture('databases.sql'), { database: 'another' })).rejects.toThrow(/has no database another; it holds migstamp_fixture$/);
  });

  it('random cuts either read or fail with an InputError, never anything else', async () => {
    const input = fixture('routines.sql');
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: input.length - 1 }), async (at) => {
        try {
          await read(input.subarray(0, at));
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('a dump cut between two statements is still reported as truncated', async () => {
    const input = fixture('plain.sql');
    const at = input.indexOf('UNLOCK TABLES;') + 'UNLOCK TABLES;'.length;
    await expect(read(input.subarray(0, at))).rejects.toThrow(/looks truncated/);
  });

  it('detects mysqldump and mariadb-dump headers, never PostgreSQL or SQLite dumps', () => {
    for (const name of ['plain.sql', 'compact.sql', 'laravel-schema-dump.sql']) expect(mysql.detect(fixture(name).toString('utf8', 0, 4096))).toBe(true);
    expect(mysql.detect('-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n')).toBe(true);
    expect(mysql.detect('/*!40101 SET @saved_cs_client     = @@character_set_client */;\n')).toBe(true);
    for (const path of ['samples/pgsql/restored.sql', 'samples/sqlite/restored.sql']) expect(mysql.detect(file(path).toString('utf8', 0, 4096))).toBe(false);
  });
});

describe('mysql dump reader: triggers, routines, sequences and column comments (names only, bodies unread)', () => {
  it.each([1 << 20, 7])('Laravel migrations with raw SQL, dumped by mariadb-dump --routines --triggers (chunks of %i bytes)', async (chunk) => {
    const s = await read(file('test/fixtures/objects/mysql.sql'), {}, chunk);
    expect(s.triggers).toEqual([{ name: 'posts_default_summary', table: 'posts', line: 90 }]);
    expect(s.routines).toEqual([
      { name: 'post_label', kind: 'function', line: 111 },
      { name: 'count_posts', kind: 'procedure', line: 130 },
    ]);
    expect(s.sequences).toEqual([{ name: 'invoice_numbers', line: 24 }]);
    expect(column(s, 'posts', 'title')?.comment).toEqual({ text: 'Shown in lists', line: 63 });
    expect(column(s, 'posts', 'body')?.comment).toEqual({ text: "Markdown source, it's rendered on save", line: 65 });
    expect(column(s, 'posts', 'status')?.comment).toBeNull();
  });

  it('reads the quoted names mysqldump writes for the fixture database, and comments with escapes', async () => {
    const s = await read(fixture('routines.sql'));
    expect(s.triggers).toEqual([expect.objectContaining({ name: 'articles_before_insert', table: 'articles' })]);
    expect(s.routines.map((r) => [r.name, r.kind])).toEqual([['greeting', 'function'], ['count_articles', 'procedure']]);
    expect(column(s, 'users', 'note')?.comment?.text).toBe('a comment with \\backslashes\\ and \'quotes\' and "doubles"');
  });

  it('a view whose head mentions a trigger, function or sequence is still a view', async () => {
    const dump = Buffer.from(
      ['/*!50001 CREATE ALGORITHM=UNDEFINED */', '/*!50013 DEFINER=`root`@`localhost` SQL SECURITY DEFINER */', '/*!50001 VIEW `v` AS select 1 AS `sequence`,2 AS `trigger` */;', ''].join('\n'),
    );
    const s = await read(dump);
    expect(s.views.get('v')).toMatchObject({ name: 'v' });
    expect(s.sequences).toEqual([]);
  });

  it('names the objects of the database it describes only', async () => {
    const dump = Buffer.from(
      [
        'USE `a`;',
        'CREATE TABLE `t` (`id` int NOT NULL);',
        'DELIMITER ;;',
        'CREATE DEFINER=CURRENT_USER() TRIGGER `a`.`t_ai` AFTER INSERT ON `t` FOR EACH ROW SET @x = 1 ;;',
        "CREATE DEFINER='x'@'%' PROCEDURE `p`() BEGIN SELECT 1; END ;;",
        'DELIMITER ;',
        'USE `b`;',
        'CREATE TRIGGER `b_t` AFTER INSERT ON `t` FOR EACH ROW SET @x = 1;',
        'CREATE SEQUENCE `s` start with 1;',
        '',
      ].join('\n'),
    );
    const s = await read(dump, { database: 'a' });
    expect(s.triggers).toEqual([{ name: 't_ai', table: 't', line: 4 }]);
    expect(s.routines).toEqual([{ name: 'p', kind: 'procedure', line: 5 }]);
    expect(s.sequences).toEqual([]);
  });
});
