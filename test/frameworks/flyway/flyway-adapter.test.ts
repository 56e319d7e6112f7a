/** The Flyway adapter: file names and order, what a file's statements become, and how history rows are read and written. */
import { describe, expect, it } from 'vitest';
import { flyway } from '../../../src/frameworks/flyway/index.js';
import { parseMigrationFile } from '../../../src/frameworks/flyway/migration-files.js';
import type { DataRow, TrackingRow } from '../../../src/model/index.js';

describe('Flyway file names', () => {
  it.each([
    ['V1__Create_users.sql', { kind: 'versioned', version: '1', description: 'Create users', script: 'V1__Create_users.sql' }],
    ['V2_1__add_index.SQL', { kind: 'versioned', version: '2.1', description: 'add index', script: 'V2_1__add_index.SQL' }],
    ['V1.2.3__a__b.sql', { kind: 'versioned', version: '1.2.3', description: 'a  b', script: 'V1.2.3__a__b.sql' }],
    ['R__refresh_view.sql', { kind: 'repeatable', description: 'refresh view', script: 'R__refresh_view.sql' }],
    ['U1__undo.sql', null],
    ['v1__lower_prefix.sql', null],
    ['V__no_version.sql', null],
    ['V1a__bad_version.sql', null],
    ['V1_init.sql', null],
    ['V1__x.txt', null],
  ])('%s', (file, expected) => {
    const parsed = parseMigrationFile(`db/migration/${file}`);
    expect(parsed === null ? null : { ...parsed, parts: undefined }).toEqual(expected === null ? null : { ...expected, parts: undefined });
  });

  it('orders versions numerically part by part, then repeatables by description', () => {
    const names = ['R__b', 'V10__x', 'V2__x', 'V1_1__x', 'R__a', 'V1__x', 'V1.10__x', 'V1.2__x'];
    expect([...names].sort(flyway.compareNames)).toEqual(['V1__x', 'V1_1__x', 'V1.2__x', 'V1.10__x', 'V2__x', 'V10__x', 'R__a', 'R__b']);
  });

  it('recognises its files by name', () => {
    expect(flyway.recognises('db/migration/V3__add.sql', '')).toBe(true);
    expect(flyway.recognises('db/migrations/20240101_add.sql', '')).toBe(false);
  });
});

describe('a Flyway migration, read', () => {
  it('gives each statement its own line; a placeholder makes its statement opaque', () => {
    const source = '-- header\nCREATE TABLE a (id int);\n\nINSERT INTO a VALUES (1); -- ${not_this}\nCREATE TABLE ${schema}.b (id int);\n';
    const migration = flyway.analyze('V1__a', 'V1__a.sql', source, { tablePrefix: '' });
    expect(migration.operations.map((op) => [op.kind, op.at.line])).toEqual([['rawSql', 2], ['rawSql', 4], ['opaque', 5]]);
    expect(migration.operations[2]).toMatchObject({ reason: expect.stringContaining('${schema}') });
  });

  it('a repeatable migration is reported, never stamped', () => {
    const migration = flyway.analyze('R__v', 'R__v.sql', 'CREATE VIEW v AS SELECT 1;', { tablePrefix: '' });
    expect(migration.error?.code).toBe('E-FLYWAY-REPEATABLE');
  });

  it('records version, description, script and checksum', () => {
    expect(flyway.recordOf!('V2_1__add_x', 'db/V2_1__add_x.sql', Buffer.from('SELECT 1;\n'), { tablePrefix: '' })).toMatchObject({ kind: 'versioned', version: '2.1', description: 'add x', script: 'V2_1__add_x.sql' });
  });
});

function row(values: Record<string, string | null>, line: number): DataRow {
  return { values: { installed_rank: String(line), description: 'd', type: 'SQL', checksum: '1', success: 't', ...values }, line };
}

const migrations = ['V1__a', 'V1_1__b', 'V2__c', 'V3__d', 'R__v'].map((name) => ({ name, record: flyway.recordOf!(name, `${name}.sql`, Buffer.from(''), { tablePrefix: '' }) }));

function read(rows: DataRow[]): { matched: readonly TrackingRow[]; failed: TrackingRow[] } {
  const tracking = rows.map((r) => flyway.tracking.readRow(r)).filter((r): r is TrackingRow => r !== null);
  return { matched: flyway.tracking.matchRows!(tracking, migrations).filter((r) => r.failed === undefined), failed: tracking.filter((r) => r.failed !== undefined) };
}

describe('flyway_schema_history rows, read', () => {
  it('matches versions numerically; the schema marker names nothing; an unknown version is an orphan', () => {
    const { matched } = read([
      row({ type: 'SCHEMA', version: null, script: '"public"', description: '<< Flyway Schema Creation >>' }, 0),
      row({ version: '1.0', script: 'V1_0__a.sql' }, 1),
      row({ version: '1.1', script: 'V1_1__b.sql' }, 2),
      row({ version: '9', script: 'V9__gone.sql' }, 3),
      row({ version: null, description: 'v', script: 'R__v.sql' }, 4),
    ]);
    expect(matched.map((r) => r.migration)).toEqual(['V1__a', 'V1_1__b', 'V9__gone', 'R__v']);
  });

  it('a baseline row tracks every version at or below it', () => {
    const { matched } = read([row({ type: 'BASELINE', version: '1.1', description: '<< Flyway Baseline >>', script: '<< Flyway Baseline >>', checksum: null }, 1), row({ version: '3', script: 'V3__d.sql' }, 2)]);
    expect(matched.map((r) => r.migration)).toEqual(['V1__a', 'V1_1__b', 'V3__d']);
  });

  it('a failed row tracks nothing and says what Flyway does; a DELETE row cancels its version', () => {
    const { matched, failed } = read([row({ version: '1', script: 'V1__a.sql' }, 1), row({ version: '2', script: 'V2__c.sql', success: 'f' }, 2), row({ version: '1', type: 'DELETE', script: 'V1__a.sql' }, 3)]);
    expect(matched).toEqual([]);
    expect(failed[0]!.failed).toBe('flyway_schema_history row 2 records a failed attempt at version 2 (V2__c.sql): flyway migrate refuses to run until flyway repair removes it');
  });
});

describe('the row migstamp writes', () => {
  it('is the row Flyway writes, after removing a failed attempt at the same version', () => {
    const record = flyway.recordOf!('V2_1__add_x', 'V2_1__add_x.sql', Buffer.from('SELECT 1;\n'), { tablePrefix: '' });
    const write = flyway.tracking.writeFor!('V2_1__add_x', 0, record);
    expect(write.cells.map((cell) => [cell.column, cell.value])).toEqual([
      ['installed_rank', { kind: 'following' }],
      ['version', { kind: 'text', value: '2.1' }],
      ['description', { kind: 'text', value: 'add x' }],
      ['type', { kind: 'text', value: 'SQL' }],
      ['script', { kind: 'text', value: 'V2_1__add_x.sql' }],
      ['checksum', { kind: 'integer', value: record['checksum'] }],
      ['installed_by', { kind: 'text', value: 'migstamp' }],
      ['execution_time', { kind: 'integer', value: 0 }],
      ['success', { kind: 'boolean', value: true }],
    ]);
    expect(write.settle).toEqual([expect.objectContaining({ kind: 'delete', where: [{ column: 'version', test: 'equals', value: { kind: 'text', value: '2.1' } }, { column: 'success', test: 'isFalse' }] })]);
  });
});
