/**
 * What the readers say about the tracking table's ids: the highest id among its
 * rows on every engine, and on PostgreSQL the id its sequence hands out next
 * (pg_dump's `setval` after the data), so that a sequence left behind the rows
 * can be reported (issue 9, point 3). Real pg_dump 15 and mariadb-dump output.
 */
import { laravelTrackingTable } from '../../src/frameworks/laravel/tracking-table.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mysql } from '../../src/dump/mysql/index.js';
import { postgres } from '../../src/dump/postgres/index.js';
import type { Dialect, SchemaSnapshot } from '../../src/model/index.js';

async function* once(input: Buffer): AsyncIterable<Buffer> {
  yield input;
}

function read(dialect: Dialect, path: string, schema: string | null = null): Promise<SchemaSnapshot> {
  return dialect.read(once(readFileSync(path)), { file: path, schema, trackingTable: 'migrations', trackingRows: laravelTrackingTable, keepRowsOf: new Set(), maxRowsPerTable: 10 });
}

describe('the tracking table\'s ids', () => {
  it('a sequence left behind the rows (field case tracking-sequence-behind)', async () => {
    const tracking = (await read(postgres, 'test/fixtures/cases/tracking-sequence-behind/prod.sql')).tracking;
    expect(tracking?.highestId).toBe(3);
    expect(tracking?.nextId).toEqual({ name: 'public.migrations_id_seq', next: 2, line: 257 });
  });

  it('a sequence as Laravel leaves it: one past the highest id', async () => {
    const tracking = (await read(postgres, 'test/fixtures/postgres/app-schema-create.sql', 'app')).tracking;
    expect(tracking?.highestId).toBe(1);
    expect(tracking?.nextId).toMatchObject({ name: 'app.migrations_id_seq', next: 3 });
  });

  it('MySQL keeps no counter apart from the rows that could lag them: only the highest id', async () => {
    const tracking = (await read(mysql, 'samples/mysql/restored.sql')).tracking;
    expect(tracking?.highestId).toBeGreaterThan(0);
    expect(tracking?.nextId ?? null).toBeNull();
  });
});
