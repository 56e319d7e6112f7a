/**
 * Files that hold several databases (issue 9): pg_dumpall (`\connect`) and
 * mysqldump --databases (`USE`). A database is read on its own, never merged
 * with another, and never picked silently. Every input is real tool output.
 */
import { laravelTrackingTable } from '../../src/frameworks/laravel/tracking-table.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mysql } from '../../src/dump/mysql/index.js';
import { connectTarget } from '../../src/dump/postgres/pg-connect.js';
import { postgres } from '../../src/dump/postgres/index.js';
import { sqlite } from '../../src/dump/sqlite/index.js';
import { InputError } from '../../src/model/errors.js';
import type { Dialect, DumpReadOptions, SchemaSnapshot } from '../../src/model/index.js';

const CASES = 'test/fixtures/cases';
const PG_DUMPALL = [`${CASES}/pg-dumpall-two-databases/cluster-app-and-reporting.sql`, `${CASES}/pg-dumpall-two-databases/cluster-two-apps.sql`];
const MYSQLDUMP = [`${CASES}/mysqldump-two-databases/other-app-first.sql`, `${CASES}/mysqldump-two-databases/reporting-first.sql`];

async function* chunksOf(input: Buffer, size = 1 << 16): AsyncIterable<Buffer> {
  for (let i = 0; i < input.length; i += size) yield input.subarray(i, i + size);
}

function read(dialect: Dialect, path: string, overrides: Partial<DumpReadOptions> = {}): Promise<SchemaSnapshot> {
  return dialect.read(chunksOf(readFileSync(path)), { file: path, schema: null, trackingTable: 'migrations', trackingRows: laravelTrackingTable, keepRowsOf: new Set(), maxRowsPerTable: 10, ...overrides });
}

const tables = (s: SchemaSnapshot) => [...s.tables.keys()].sort();
const tracked = (s: SchemaSnapshot) => s.tracking?.rows.map((row) => row.migration);

describe('pg_dumpall: one database per \\connect', () => {
  it.each(PG_DUMPALL)('%s without --database: refused, naming the databases and which hold a tracking table', async (path) => {
    const error = await read(postgres, path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    const other = path.includes('two-apps') ? 'c05_other \\(with a tracking table migrations\\)' : 'c05_reporting';
    expect((error as Error).message).toMatch(new RegExp(`holds 2 databases, c05_app \\(with a tracking table migrations\\) and ${other}; choose one with --database NAME$`));
  });

  it.each(PG_DUMPALL)('%s with --database c05_app: only its statements and rows count', async (path) => {
    const s = await read(postgres, path, { database: 'c05_app' });
    expect(tables(s)).toEqual(['migrations', 'tags', 'users']);
    expect(tracked(s)).toEqual(['2024_01_01_000000_create_users_table']);
    expect(s.warnings).toEqual([]);
  });

  it('the other databases can be chosen too, each alone', async () => {
    const reporting = await read(postgres, PG_DUMPALL[0]!, { database: 'c05_reporting' });
    expect(tables(reporting)).toEqual(['comments', 'report_users']);
    expect(reporting.tracking).toBeNull();
    const other = await read(postgres, PG_DUMPALL[1]!, { database: 'c05_other' });
    expect(tables(other)).toEqual(['comments', 'migrations', 'users']);
    expect(tracked(other)).toEqual(['2024_01_01_000000_create_users_table', '2024_02_01_000000_create_comments_table']);
  });

  it('a database the file does not hold: refused, listing those it does', async () => {
    await expect(read(postgres, PG_DUMPALL[0]!, { database: 'c05' })).rejects.toThrow(/has no database c05; it holds template1, c05_app and c05_reporting$/);
  });

  it('pg_dump --create: the \\connect of a name that needs quoting is that database', async () => {
    const path = 'test/fixtures/postgres/app-schema-create.sql';
    expect(tables(await read(postgres, path, { database: 'Billing app', schema: 'app' }))).toEqual(['migrations', 'tags', 'users']);
    await expect(read(postgres, path, { database: 'billing' })).rejects.toThrow(/has no database billing; it holds Billing app$/);
  });

  it('a plain pg_dump names no database: --database is refused rather than taken on trust', async () => {
    await expect(read(postgres, 'test/fixtures/postgres/plain.sql', { database: 'app' })).rejects.toThrow(/names no database .*leave out --database$/);
  });
});

describe('mysqldump --databases: one database per USE', () => {
  it.each(MYSQLDUMP)('%s without --database: refused, the first database is not taken silently', async (path) => {
    const first = path.includes('other-app') ? 'c06_other \\(with a tracking table migrations\\)' : 'c06_reporting';
    await expect(read(mysql, path)).rejects.toThrow(new RegExp(`holds 2 databases, ${first} and c06_app \\(with a tracking table migrations\\); choose one with --database NAME$`));
  });

  it.each(MYSQLDUMP)('%s with --database c06_app: only its statements and rows count', async (path) => {
    const s = await read(mysql, path, { database: 'c06_app' });
    expect(tables(s)).toEqual(['migrations', 'tags', 'users']);
    expect(tracked(s)).toEqual(['2024_01_01_000000_create_users_table']);
  });

  it('a database without tables beside the application is not a choice to make, but is said', async () => {
    const s = await read(mysql, 'test/fixtures/mysql/app-and-empty-databases.sql');
    expect(tables(s)).toEqual(['migrations', 'tags', 'users']);
    expect(s.warnings).toEqual([
      expect.objectContaining({ code: 'W-DUMP-DATABASE', message: 'read database migstamp_fx_app, the only one of the 2 in the file (migstamp_fx_app, migstamp_fx_empty) that defines tables' }),
    ]);
  });

  it('a one-database dump is the database its header names', async () => {
    expect((await read(mysql, 'samples/mysql/restored.sql', { database: 'migstamp_sample' })).tables.size).toBe(31);
    await expect(read(mysql, 'samples/mysql/restored.sql', { database: 'app' })).rejects.toThrow(/holds database migstamp_sample only \(its header says so\), not app$/);
  });

  it('--schema is PostgreSQL\'s; on a MySQL dump it is refused, pointing at --database', async () => {
    await expect(read(mysql, MYSQLDUMP[0]!, { schema: 'c06_app' })).rejects.toThrow(/--schema is for PostgreSQL, choose a database with --database$/);
  });
});

describe('sqlite3 .dump: one database, unnamed', () => {
  it('--database and --schema are refused', async () => {
    await expect(read(sqlite, 'samples/sqlite/restored.sql', { database: 'main' })).rejects.toThrow(/holds one database and names none; leave out --database$/);
    await expect(read(sqlite, 'samples/sqlite/restored.sql', { schema: 'main' })).rejects.toThrow(/--schema is for PostgreSQL$/);
  });
});

describe('psql \\connect lines as pg_dump and pg_dumpall write them', () => {
  it.each([
    ['\\connect c05_app', 'c05_app'],
    ['\\connect "Billing"', 'Billing'],
    ['\\connect "with ""quote"""', 'with "quote"'],
    ['\\connect -reuse-previous=on "dbname=\'Billing app\'"', 'Billing app'],
    // What pg_dump 15 --create wrote for a database named `migstamp it's \x`.
    [String.raw`\connect -reuse-previous=on "dbname='migstamp it\'s \\x'"`, String.raw`migstamp it's \x`],
    ['\\c app other_user', 'app'],
    ['\\connect postgresql://localhost/app%20db', 'app db'],
    ['\\connect - postgres', null],
    ['\\restrict abc', null],
    ['\\connectx app', null],
  ])('%s → %s', (line, database) => {
    expect(connectTarget(line)).toBe(database);
  });
});
