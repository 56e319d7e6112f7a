/**
 * A tracking table in another schema than the application's tables
 * (DumpReadOptions.trackingSchema), read from real pg_dump 15 output of
 * databases built by the frameworks' own runners (see
 * test/fixtures/postgres/tracking-schema/make-fixtures.sh): dbmate's
 * schema_migrations in `public` beside tables in `app`, and Drizzle's
 * drizzle.__drizzle_migrations beside tables in `public`. Plain, --inserts and
 * custom-format archives go through the same reader.
 */
import { describe, expect, it } from 'vitest';
import { openDump } from '../../../src/cli/dump-input.js';
import { postgres } from '../../../src/dump/postgres/index.js';
import { dbmateTrackingTable } from '../../../src/frameworks/dbmate/tracking-table.js';
import type { DumpReadOptions, SchemaSnapshot } from '../../../src/model/index.js';

const FIXTURES = 'test/fixtures/postgres/tracking-schema';

/** Drizzle's rows as a reader needs them: the hash names the migration (drizzle-orm pg-core/dialect.js, migrate). */
const drizzleRows: DumpReadOptions['trackingRows'] = {
  requiredColumns: ['hash', 'created_at'],
  idColumn: 'id',
  readRow: (row) => (row.values['hash'] ? { migration: row.values['hash'], batch: 0, line: row.line } : null),
};

const layouts = {
  dbmate: { prefix: 'dbmate-split', table: 'schema_migrations', rows: dbmateTrackingTable, schema: 'app', trackingSchema: 'public' },
  drizzle: { prefix: 'drizzle-split', table: '__drizzle_migrations', rows: drizzleRows, schema: 'public', trackingSchema: 'drizzle' },
} as const;

async function read(layout: keyof typeof layouts, file: string, trackingSchema: string | null): Promise<SchemaSnapshot> {
  const given = layouts[layout];
  const dump = await openDump(`${FIXTURES}/${file}`, { hash: false, dataTables: async () => new Set([given.table]) });
  return postgres.read(dump.chunks, {
    file,
    schema: given.schema,
    trackingSchema,
    trackingTable: given.table,
    trackingRows: given.rows,
    keepRowsOf: new Set(),
    maxRowsPerTable: 10,
  });
}

const versions = (s: SchemaSnapshot) => s.tracking?.rows.map((row) => row.migration);

describe('tracking table in its own schema: dbmate (tables in app, schema_migrations in public)', () => {
  it.each(['dbmate-split.sql', 'dbmate-split-inserts.sql', 'dbmate-split.pgc'])('%s: app tables from app, rows from public.schema_migrations', async (file) => {
    const s = await read('dbmate', file, 'public');
    expect([...s.tables.keys()].sort()).toEqual(['posts', 'users']);
    expect(s.schema).toBe('app');
    expect(s.tracking).toMatchObject({ name: 'schema_migrations', schema: 'public', columns: ['version'] });
    expect(versions(s)).toEqual(['20240101000000', '20240101000100']);
  });

  it.each(['dbmate-split.sql', 'dbmate-split.pgc'])('%s: without a tracking schema, the app schema has none, and public is named as holding one', async (file) => {
    const s = await read('dbmate', file, null);
    expect(s.tracking).toBeNull();
    expect(s.otherSchemas).toEqual([{ name: 'public', tables: 1, tracking: true }]);
  });
});

describe('tracking table in its own schema: Drizzle (tables in public, __drizzle_migrations in drizzle)', () => {
  it.each(['drizzle-split.sql', 'drizzle-split.pgc'])('%s: rows, columns and the id sequence from the drizzle schema', async (file) => {
    const s = await read('drizzle', file, 'drizzle');
    expect([...s.tables.keys()].sort()).toEqual(['posts', 'users']);
    expect(s.tracking).toMatchObject({ name: '__drizzle_migrations', schema: 'drizzle', columns: ['id', 'hash', 'created_at'], highestId: 2 });
    expect(s.tracking?.rows).toHaveLength(2);
    // The fixture sets the sequence back to 1 (is_called): it would hand out 2, an id already taken.
    expect(s.tracking?.nextId).toMatchObject({ name: 'drizzle.__drizzle_migrations_id_seq', next: 2 });
  });

  it('a table of the same name in the application schema is not taken for it', async () => {
    const s = await read('drizzle', 'drizzle-split.sql', 'public');
    expect(s.tracking).toBeNull();
    expect(s.otherSchemas).toEqual([{ name: 'drizzle', tables: 1, tracking: true }]);
  });

  it('a tracking schema the dump does not have: no tracking table, no refusal', async () => {
    const s = await read('drizzle', 'drizzle-split.sql', 'nowhere');
    expect(s.tracking).toBeNull();
    expect([...s.tables.keys()].sort()).toEqual(['posts', 'users']);
  });
});
