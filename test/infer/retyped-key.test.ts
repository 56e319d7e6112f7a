import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { Dialect, LogicalType, Migration, Operation, SchemaSnapshot, VerdictKind } from '../../src/model/index.js';
import { column, dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * On SQLite, Laravel 8–10 run ->change() through Doctrine DBAL, which rebuilds the
 * table; when an auto-increment id is given another type (koel's use_uuids_for_playlists:
 * increments('id') then string('id', 36)->change()), the rebuilt table has no primary
 * key. The creator's primary key is then missing although the creator ran: on such an
 * engine that absence proves nothing, while its presence still counts.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const at = { file: 'm.php', line: 1 };
const uuid: LogicalType = { kind: 'string', length: 36, fixed: false };
const rebuildingEngine: Dialect = { ...testDialect, retypingAutoIncrementKeepsPrimaryKey: false };

function createWithIncrements(table: string): Operation {
  return {
    kind: 'createTable',
    table,
    columns: [column('id', { kind: 'integer', bytes: 4, unsigned: true }, { autoIncrement: true }), column('name')],
    indexes: [{ name: `${table}_pkey`, kind: 'primary', columns: ['id'], at }],
    foreignKeys: [],
    checks: [],
    ifNotExists: false,
    temporary: false,
    at,
    guards: [],
  };
}

function retypeId(type: LogicalType): Migration {
  return migration('m2', [op.changeColumn('playlists', 'id', { type })]);
}

const withKey = [{ name: 'playlists_pkey', kind: 'primary' as const, columns: ['id'], constraint: true }];
const rebuilt = snapshot({ playlists: { columns: [dumpColumn('id', 'character varying(36)'), 'name'] } });

const cases: { name: string; dialect: Dialect; migrations: Migration[]; dump: SchemaSnapshot; expected: Record<string, VerdictKind> }[] = [
  {
    name: 'retyped to a string on a rebuilding engine, key lost: both ran',
    dialect: rebuildingEngine,
    migrations: [migration('m1', [createWithIncrements('playlists')]), retypeId(uuid)],
    dump: rebuilt,
    expected: { m1: 'applied', m2: 'applied' },
  },
  {
    name: 'retyped to a string on a rebuilding engine, key kept: both ran',
    dialect: rebuildingEngine,
    migrations: [migration('m1', [createWithIncrements('playlists')]), retypeId(uuid)],
    dump: snapshot({ playlists: { columns: [dumpColumn('id', 'character varying(36)'), 'name'], indexes: withKey } }),
    expected: { m1: 'applied', m2: 'applied' },
  },
  {
    name: 'nothing in the dump on a rebuilding engine: both pending',
    dialect: rebuildingEngine,
    migrations: [migration('m1', [createWithIncrements('playlists')]), retypeId(uuid)],
    dump: snapshot({}),
    expected: { m1: 'pending', m2: 'pending' },
  },
  {
    name: 'on an engine that keeps the key, a missing key is still missing',
    dialect: testDialect,
    migrations: [migration('m1', [createWithIncrements('playlists')]), retypeId(uuid)],
    dump: rebuilt,
    expected: { m1: 'partial', m2: 'applied' },
  },
  {
    name: 'retyped to another integer, the key is not lost: a missing key is still missing',
    dialect: rebuildingEngine,
    migrations: [migration('m1', [createWithIncrements('playlists')]), retypeId({ kind: 'integer', bytes: 8, unsigned: true })],
    dump: snapshot({ playlists: { columns: [dumpColumn('id', 'bigint'), 'name'] } }),
    // The test dialect spells every integer `bigint`, so m2's change is not visible: only m1 is the point here.
    expected: { m1: 'partial' },
  },
];

describe('a primary key lost when its auto-increment column is retyped', () => {
  it.each(cases)('$name', ({ dialect, migrations, dump, expected }) => {
    const result = infer(migrations, dump, dialect, noOptions);
    const got = Object.fromEntries(result.verdicts.map((verdict) => [verdict.migration, verdict.kind]));
    for (const [name, kind] of Object.entries(expected)) expect(got[name], name).toBe(kind);
  });

  it('says why the missing key proves nothing', () => {
    const result = infer([migration('m1', [createWithIncrements('playlists')]), retypeId(uuid)], rebuilt, rebuildingEngine, noOptions);
    const note = result.verdicts[0]!.evidence.find((evidence) => evidence.code === 'E-CONDITIONAL');
    expect(note?.detail).toContain('can drop the primary key');
  });
});
