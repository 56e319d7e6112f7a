import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { ForeignKeySnapshot, Migration, Operation, SchemaSnapshot, VerdictKind } from '../../src/model/index.js';
import { dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * A migration that drops an object and makes one with the same name again (or
 * renames another column onto that name, or re-creates what an earlier migration
 * dropped) leaves a dump in which the name is present whether it ran or not.
 * Only a difference between the two versions, or a proven earlier removal, is evidence.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const at = { file: 'm.php', line: 1 };
const short = { kind: 'string', length: 26, fixed: false } as const;

function kinds(migrations: Migration[], dump: SchemaSnapshot): Record<string, VerdictKind> {
  const result = infer(migrations, dump, testDialect, noOptions);
  return Object.fromEntries(result.verdicts.map((verdict) => [verdict.migration, verdict.kind]));
}

function addForeignKey(table: string, name: string, column: string, refTable: string, onDelete: string | null): Operation {
  return { kind: 'addForeignKey', table, foreignKey: { name, columns: [column], refTable, refColumns: ['id'], onDelete, onUpdate: null, at }, at, guards: [] };
}

function dropForeignKey(table: string, name: string): Operation {
  return { kind: 'dropForeignKey', table, name, at, guards: [] };
}

function withForeignKey(dump: SchemaSnapshot, table: string, name: string, column: string, refTable: string, onDelete: string | null): SchemaSnapshot {
  const tables = new Map(dump.tables);
  const existing = tables.get(table)!;
  const foreignKey: ForeignKeySnapshot = { name, columns: [column], refTable, refColumns: ['id'], onDelete, onUpdate: null, line: 20 };
  tables.set(table, { ...existing, foreignKeys: [...existing.foreignKeys, foreignKey] });
  return { ...dump, tables };
}

// m2 replaces the id column by renaming a shorter string column onto its name.
const promoteId = [
  migration('m1', [op.create('artists', ['id']), op.addColumn('artists', 'public_id', { type: short })]),
  migration('m2', [op.dropColumn('artists', 'id'), op.renameColumn('artists', 'public_id', 'id')]),
];

// m2 drops a foreign key and adds it again under the same name, now cascading.
const cascade = [
  migration('m0', [op.create('users', ['id'])]),
  migration('m1', [op.create('playlists', ['id', 'user_id']), addForeignKey('playlists', 'playlists_user_id_foreign', 'user_id', 'users', null)]),
  migration('m2', [dropForeignKey('playlists', 'playlists_user_id_foreign'), addForeignKey('playlists', 'playlists_user_id_foreign', 'user_id', 'users', 'cascade')]),
];

// m2 rebuilds artists the way SQLite migrations must: a copy under a new name, the old table dropped, the copy renamed onto its name.
function rebuildArtists(idType: { kind: 'string'; length: number; fixed: boolean } | null): Migration[] {
  const copy = op.create('artists_new', ['id', 'name']);
  const retyped: Operation = idType === null || copy.kind !== 'createTable' ? copy : { ...copy, columns: copy.columns.map((c) => (c.name === 'id' ? { ...c, type: idType } : c)) };
  return [migration('m1', [op.create('artists', ['id', 'name'])]), migration('m2', [retyped, op.drop('artists'), op.rename('artists_new', 'artists')])];
}

const cases: { name: string; migrations: Migration[]; dump: SchemaSnapshot; expected: Record<string, VerdictKind> }[] = [
  {
    name: 'a column renamed onto a dropped name, not run: the old column under that name is not evidence',
    migrations: promoteId,
    dump: snapshot({ artists: { columns: ['id', dumpColumn('public_id', 'character varying(26)')] } }),
    expected: { m1: 'applied', m2: 'pending' },
  },
  {
    name: 'a column renamed onto a dropped name, run: the renamed column has the new type and the old name is gone',
    migrations: promoteId,
    dump: snapshot({ artists: { columns: [dumpColumn('id', 'character varying(26)')] } }),
    expected: { m1: 'applied', m2: 'applied' },
  },
  {
    name: 'a rename whose old name is still in the dump is not applied, even when the new name is there too',
    migrations: [migration('m1', [op.create('a', ['id', 'body', 'content'])]), migration('m2', [op.dropColumn('a', 'content'), op.renameColumn('a', 'body', 'content')])],
    dump: snapshot({ a: { columns: ['id', 'body', 'content'] } }),
    expected: { m1: 'applied', m2: 'pending' },
  },
  {
    name: 'a foreign key re-created with another ON DELETE, not run: the old key is not evidence',
    migrations: cascade,
    dump: withForeignKey(snapshot({ users: { columns: ['id'] }, playlists: { columns: ['id', 'user_id'] } }), 'playlists', 'playlists_user_id_foreign', 'user_id', 'users', null),
    expected: { m0: 'applied', m1: 'applied', m2: 'pending' },
  },
  {
    name: 'a foreign key re-created with another ON DELETE, run: the dumped action shows it',
    migrations: cascade,
    dump: withForeignKey(snapshot({ users: { columns: ['id'] }, playlists: { columns: ['id', 'user_id'] } }), 'playlists', 'playlists_user_id_foreign', 'user_id', 'users', 'cascade'),
    expected: { m0: 'applied', m1: 'applied', m2: 'applied' },
  },
  {
    name: 'a table rebuilt through a copy renamed onto its name, not run: the old columns under those names are not evidence',
    migrations: rebuildArtists(null),
    dump: snapshot({ artists: { columns: ['id', 'name'] } }),
    expected: { m1: 'applied', m2: 'unknown' },
  },
  {
    name: 'a table rebuilt with a new id type, not run: the old id shows it did not run',
    migrations: rebuildArtists(short),
    dump: snapshot({ artists: { columns: ['id', 'name'] } }),
    expected: { m1: 'applied', m2: 'pending' },
  },
  {
    name: 'a table rebuilt with a new id type, run: the new id shows it',
    migrations: rebuildArtists(short),
    dump: snapshot({ artists: { columns: [dumpColumn('id', 'character varying(26)'), 'name'] } }),
    expected: { m1: 'implied', m2: 'applied' },
  },
  {
    name: 'a table dropped and created again the same way cannot be told apart: unknown, never applied',
    migrations: [migration('m1', [op.create('sessions', ['id'])]), migration('m2', [op.drop('sessions'), op.create('sessions', ['id'])])],
    dump: snapshot({ sessions: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'unknown' },
  },
  {
    name: 're-created after a drop that nothing proves: unknown',
    migrations: [migration('m1', [op.create('staging', ['id'])]), migration('m2', [op.drop('staging')]), migration('m3', [op.create('staging', ['id'])])],
    dump: snapshot({ staging: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'unknown', m3: 'unknown' },
  },
  {
    name: 'a drop whose object is still there while its re-creator has not run did not run either',
    migrations: [migration('m1', [op.create('staging', ['id'])]), migration('m2', [op.drop('staging')]), migration('m3', [op.create('staging', ['id', 'batch'])])],
    dump: snapshot({ staging: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'pending', m3: 'pending' },
  },
  {
    name: 're-created after a drop by a migration proven applied: the object is evidence again',
    migrations: [
      migration('m1', [op.create('staging', ['id'])]),
      migration('m2', [op.drop('staging'), op.create('kept', ['id'])]),
      migration('m3', [op.create('staging', ['id'])]),
    ],
    dump: snapshot({ staging: { columns: ['id'] }, kept: { columns: ['id'] } }),
    expected: { m1: 'implied', m2: 'applied', m3: 'applied' },
  },
  {
    name: 'a re-created table with a column the old one lacked is judged on that column',
    migrations: [migration('m1', [op.create('sessions', ['id'])]), migration('m2', [op.drop('sessions'), op.create('sessions', ['id', 'payload'])])],
    dump: snapshot({ sessions: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'pending' },
  },
];

describe('objects a migration re-establishes under a name that already existed', () => {
  it.each(cases)('$name', ({ migrations, dump, expected }) => {
    const got = kinds(migrations, dump);
    for (const [name, kind] of Object.entries(expected)) expect(got[name], name).toBe(kind);
  });
});

describe('the evidence a DBA reads for them', () => {
  const codes = (migrations: Migration[], dump: SchemaSnapshot, name: string): string[] =>
    infer(migrations, dump, testDialect, noOptions)
      .verdicts.find((verdict) => verdict.migration === name)!
      .evidence.map((evidence) => `${evidence.code} ${evidence.status}`);

  it.each<{ name: string; migrations: Migration[]; dump: SchemaSnapshot; expected: string }>([
    {
      name: 'looks the same either way: a note, not evidence',
      migrations: [migration('m1', [op.create('sessions', ['id'])]), migration('m2', [op.drop('sessions'), op.create('sessions', ['id'])])],
      dump: snapshot({ sessions: { columns: ['id'] } }),
      expected: 'E-SAME-AS-BEFORE note',
    },
    {
      name: 'shows the earlier version: missing',
      migrations: promoteId,
      dump: snapshot({ artists: { columns: ['id', dumpColumn('public_id', 'character varying(26)')] } }),
      expected: 'E-SAME-AS-BEFORE missing',
    },
    {
      name: 'a change to what the column already was: a note, not evidence',
      migrations: [migration('m1', [op.create('w', ['id']), op.addColumn('w', 'title', { nullable: true })]), migration('m2', [op.changeColumn('w', 'title', { nullable: true })])],
      dump: snapshot({ w: { columns: ['id', dumpColumn('title', undefined, { nullable: true })] } }),
      expected: 'E-SAME-AS-BEFORE note',
    },
  ])('$name', ({ migrations, dump, expected }) => {
    expect(codes(migrations, dump, 'm2')).toContain(expected);
  });
});
