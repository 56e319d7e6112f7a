import { describe, expect, it } from 'vitest';
import { type InferenceOptions, infer, needsAttention } from '../../src/infer/index.js';
import type { Migration, SchemaSnapshot, VerdictKind } from '../../src/model/index.js';
import { dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

const noOptions: InferenceOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
/** A runner that wraps each migration in a transaction (Laravel on PostgreSQL). */
const atomic: InferenceOptions = { ...noOptions, atomicMigrations: true };

function verdicts(migrations: Migration[], dump: SchemaSnapshot, options = noOptions) {
  const result = infer(migrations, dump, testDialect, options);
  return Object.fromEntries(result.verdicts.map((v) => [v.migration, v]));
}

interface Case {
  name: string;
  migrations: Migration[];
  dump: SchemaSnapshot;
  expected: Record<string, VerdictKind>;
  stamped: string[];
}

const cases: Case[] = [
  {
    name: 'a created table in the dump is applied',
    migrations: [migration('m1', [op.create('users', ['id', 'email'])])],
    dump: snapshot({ users: { columns: ['id', 'email'] } }),
    expected: { m1: 'applied' },
    stamped: ['m1'],
  },
  {
    name: 'a created table missing from the dump is pending',
    migrations: [migration('m1', [op.create('users', ['id'])])],
    dump: snapshot({}),
    expected: { m1: 'pending' },
    stamped: [],
  },
  {
    name: 'one of two tables present is partial and not stamped',
    migrations: [migration('m1', [op.create('a', ['id']), op.create('b', ['id'])])],
    dump: snapshot({ a: { columns: ['id'] } }),
    expected: { m1: 'partial' },
    stamped: [],
  },
  {
    name: 'a table present without the migration column is partial',
    migrations: [migration('m1', [op.create('a', ['id', 'name'])])],
    dump: snapshot({ a: { columns: ['id'] } }),
    expected: { m1: 'partial' },
    stamped: [],
  },
  {
    name: 'an added column needs the column, not only the table',
    migrations: [migration('m1', [op.create('agents', ['id'])]), migration('m2', [op.addColumn('agents', 'avatar')])],
    dump: snapshot({ agents: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'pending' },
    stamped: ['m1'],
  },
  {
    name: 'tracked rows stay tracked; tracking rows without files are orphans',
    migrations: [migration('m1', [op.create('a', ['id'])])],
    dump: snapshot({ a: { columns: ['id'] } }, { tracked: [['m1', 3], ['gone', 2]] }),
    expected: { m1: 'tracked', gone: 'orphan' },
    stamped: [],
  },
  {
    name: 'a rename chain: the first migration is implied by the applied rename',
    migrations: [migration('m1', [op.create('tmp_x', ['id'])]), migration('m2', [op.rename('tmp_x', 'x')])],
    dump: snapshot({ x: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'applied' },
    stamped: ['m1', 'm2'],
  },
  {
    name: 'a column added then renamed: the adder is implied',
    migrations: [
      migration('m1', [op.create('messages', ['id'])]),
      migration('m2', [op.addColumn('messages', 'body')]),
      migration('m3', [op.renameColumn('messages', 'body', 'content')]),
    ],
    dump: snapshot({ messages: { columns: ['id', 'content'] } }),
    expected: { m1: 'applied', m2: 'implied', m3: 'applied' },
    stamped: ['m1', 'm2', 'm3'],
  },
  {
    name: 'the rename not applied leaves the adder applied and the rename pending',
    migrations: [
      migration('m1', [op.create('messages', ['id'])]),
      migration('m2', [op.addColumn('messages', 'body')]),
      migration('m3', [op.renameColumn('messages', 'body', 'content')]),
    ],
    dump: snapshot({ messages: { columns: ['id', 'body'] } }),
    expected: { m1: 'applied', m2: 'applied', m3: 'pending' },
    stamped: ['m1', 'm2'],
  },
  {
    name: 'created then dropped: no trace, both stay pending',
    migrations: [migration('m1', [op.create('staging', ['id'])]), migration('m2', [op.drop('staging')])],
    dump: snapshot({}),
    expected: { m1: 'pending', m2: 'pending' },
    stamped: [],
  },
  {
    name: 'a dropped table counts as gone when its creator is proven applied',
    migrations: [migration('m1', [op.create('staging', ['id']), op.create('kept', ['id'])]), migration('m2', [op.drop('staging')])],
    dump: snapshot({ kept: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'applied' },
    stamped: ['m1', 'm2'],
  },
  {
    name: 'a drop whose table is still there is pending',
    migrations: [migration('m1', [op.create('staging', ['id'])]), migration('m2', [op.drop('staging')])],
    dump: snapshot({ staging: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'pending' },
    stamped: ['m1'],
  },
  {
    name: 'dropping something no migration created proves nothing',
    migrations: [migration('m1', [op.drop('legacy')])],
    dump: snapshot({}),
    expected: { m1: 'unknown' },
    stamped: [],
  },
  {
    name: 'literal rows found in the dump are evidence; missing rows mean pending',
    migrations: [
      migration('m1', [op.create('sources', ['id', 'slug'])]),
      migration('m2', [op.insert('sources', [{ slug: 'obsidian', enabled: true }])]),
    ],
    dump: snapshot({ sources: { columns: ['id', 'slug'] } }, { rows: { sources: [{ id: '1', slug: 'obsidian', enabled: 't' }] } }),
    expected: { m1: 'applied', m2: 'applied' },
    stamped: ['m1', 'm2'],
  },
  {
    name: 'rows absent from a dump that has the table data: pending',
    migrations: [migration('m1', [op.create('sources', ['id', 'slug'])]), migration('m2', [op.insert('sources', [{ slug: 'obsidian' }])])],
    dump: snapshot({ sources: { columns: ['id', 'slug'] } }, { rows: { sources: [] } }),
    expected: { m1: 'applied', m2: 'pending' },
    stamped: ['m1'],
  },
  {
    name: 'rows in a schema-only dump cannot be judged: unknown',
    migrations: [migration('m1', [op.create('sources', ['id', 'slug'])]), migration('m2', [op.insert('sources', [{ slug: 'obsidian' }])])],
    dump: snapshot({ sources: { columns: ['id', 'slug'] } }, { hasData: false }),
    expected: { m1: 'applied', m2: 'unknown' },
    stamped: ['m1'],
  },
  {
    name: 'a data change with no literal rows is unknown',
    migrations: [migration('m1', [op.create('a', ['id'])]), migration('m2', [op.update('a')])],
    dump: snapshot({ a: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'unknown' },
    stamped: ['m1'],
  },
  {
    name: 'a later data change weakens earlier literal rows: missing rows prove nothing',
    migrations: [
      migration('m1', [op.create('a', ['id', 'k'])]),
      migration('m2', [op.insert('a', [{ k: 'x' }])]),
      migration('m3', [op.update('a')]),
    ],
    dump: snapshot({ a: { columns: ['id', 'k'] } }, { rows: { a: [] } }),
    expected: { m1: 'applied', m2: 'unknown', m3: 'unknown' },
    stamped: ['m1'],
  },
  {
    name: 'opaque code alone is unknown',
    migrations: [migration('m1', [op.opaque()])],
    dump: snapshot({}),
    expected: { m1: 'unknown' },
    stamped: [],
  },
  {
    name: 'a guarded create of a table an earlier migration made is skipped: pending (no-op)',
    migrations: [
      migration('m1', [op.create('sessions', ['id'])]),
      migration('m2', [op.create('sessions', ['id'], [{ kind: 'tableExists', table: 'sessions', negated: true }])]),
    ],
    dump: snapshot({ sessions: { columns: ['id'] } }),
    expected: { m1: 'applied', m2: 'pending' },
    stamped: ['m1'],
  },
  {
    name: 'a guarded create whose table is present is applied',
    migrations: [migration('m1', [op.create('sessions', ['id'], [{ kind: 'tableExists', table: 'sessions', negated: true }])])],
    dump: snapshot({ sessions: { columns: ['id'] } }),
    expected: { m1: 'applied' },
    stamped: ['m1'],
  },
  {
    name: 'a create under an unknown condition, absent: unknown; its absence proves nothing',
    migrations: [migration('m1', [op.create('debug', ['id'], [{ kind: 'unknown', text: "app()->environment('local')" }])])],
    dump: snapshot({}),
    expected: { m1: 'unknown' },
    stamped: [],
  },
  {
    name: 'a migration for another connection is never stamped',
    migrations: [migration('m1', [op.create('events', ['id'])], { connection: 'analytics' })],
    dump: snapshot({ events: { columns: ['id'] } }),
    expected: { m1: 'unknown' },
    stamped: [],
  },
  {
    name: 'a file that does not parse is unknown, and the others are still judged',
    migrations: [
      migration('m1', [], { error: { code: 'E-PHP-SYNTAX', message: 'syntax error', at: { file: 'm1.php', line: 3 } } }),
      migration('m2', [op.create('a', ['id'])]),
    ],
    dump: snapshot({ a: { columns: ['id'] } }),
    expected: { m1: 'unknown', m2: 'applied' },
    stamped: ['m2'],
  },
  {
    name: 'a change() is applied only when the column has the new definition',
    migrations: [
      migration('m1', [op.create('w', ['id', 'title'])]),
      migration('m2', [op.changeColumn('w', 'title', { nullable: true, type: { kind: 'string', length: 500, fixed: false } })]),
    ],
    dump: snapshot({ w: { columns: ['id', dumpColumn('title', 'character varying(255)')] } }),
    expected: { m1: 'applied', m2: 'pending' },
    stamped: ['m1'],
  },
  {
    name: 'a change() whose definition is in the dump is applied',
    migrations: [
      migration('m1', [op.create('w', ['id', 'title'])]),
      migration('m2', [op.changeColumn('w', 'title', { nullable: true, type: { kind: 'string', length: 500, fixed: false } })]),
    ],
    dump: snapshot({ w: { columns: ['id', dumpColumn('title', 'character varying(500)', { nullable: true })] } }),
    expected: { m1: 'applied', m2: 'applied' },
    stamped: ['m1', 'm2'],
  },
  {
    name: 'a check constraint re-created with one more value: judged by its values',
    migrations: [
      migration('m1', [op.create('agent_logs', ['id', 'source_type']), op.addCheck('agent_logs', 'agent_logs_source_type_check', ['claude'])]),
      migration('m2', [op.dropCheck('agent_logs', 'agent_logs_source_type_check'), op.addCheck('agent_logs', 'agent_logs_source_type_check', ['claude', 'codex'])]),
    ],
    dump: snapshot({ agent_logs: { columns: ['id', 'source_type'], checks: [{ name: 'agent_logs_source_type_check', literals: ['claude'] }] } }),
    expected: { m1: 'applied', m2: 'pending' },
    stamped: ['m1'],
  },
  {
    name: 'the re-created check with the new values is applied',
    migrations: [
      migration('m1', [op.create('agent_logs', ['id', 'source_type']), op.addCheck('agent_logs', 'agent_logs_source_type_check', ['claude'])]),
      migration('m2', [op.dropCheck('agent_logs', 'agent_logs_source_type_check'), op.addCheck('agent_logs', 'agent_logs_source_type_check', ['claude', 'codex'])]),
    ],
    dump: snapshot({ agent_logs: { columns: ['id', 'source_type'], checks: [{ name: 'agent_logs_source_type_check', literals: ['codex', 'claude'] }] } }),
    expected: { m1: 'applied', m2: 'applied' },
    stamped: ['m1', 'm2'],
  },
  {
    name: 'an index is found by name',
    migrations: [migration('m1', [op.create('a', ['id', 'k'])]), migration('m2', [op.addIndex('a', 'a_k_index', ['k'])])],
    dump: snapshot({ a: { columns: ['id', 'k'], indexes: [{ name: 'a_k_index', columns: ['k'] }] } }),
    expected: { m1: 'applied', m2: 'applied' },
    stamped: ['m1', 'm2'],
  },
  {
    name: 'name order is not evidence: a back-dated file is judged on its own',
    migrations: [migration('2024_10_04_create_telemetry_tables', [op.create('telemetry_events', ['id'])]), migration('2025_01_01_000000_x', [op.create('x', ['id'])])],
    dump: snapshot({ x: { columns: ['id'] } }),
    expected: { '2024_10_04_create_telemetry_tables': 'pending', '2025_01_01_000000_x': 'applied' },
    stamped: ['2025_01_01_000000_x'],
  },
];

describe('infer', () => {
  it.each(cases)('$name', ({ migrations, dump, expected, stamped }) => {
    const result = verdicts(migrations, dump);
    expect(Object.fromEntries(Object.entries(result).map(([name, v]) => [name, v.kind]))).toEqual(expected);
    expect(Object.values(result).filter((v) => v.stamp).map((v) => v.migration)).toEqual(stamped);
  });

  it('never stamps a verdict that carries missing evidence', () => {
    for (const { migrations, dump } of cases) {
      for (const verdict of infer(migrations, dump, testDialect, noOptions).verdicts) {
        if (verdict.stamp) expect(verdict.evidence.filter((e) => e.status === 'missing')).toEqual([]);
      }
    }
  });

  it('stamps an undecidable migration only when the user names it', () => {
    const migrations = [migration('seed', [op.update('a')]), migration('other', [op.update('b')])];
    const result = verdicts(migrations, snapshot({}), { ...noOptions, assumeApplied: new Set(['seed']) });
    expect(result.seed!.stamp).toBe(true);
    expect(result.seed!.evidence[0]!.code).toBe('E-ASSUMED');
    expect(result.other!.stamp).toBe(false);
  });

  it('--up-to stamps unknown migrations up to the name, never pending ones', () => {
    const migrations = [migration('a', [op.update('t')]), migration('b', [op.create('t2', ['id'])]), migration('c', [op.update('t')])];
    const result = verdicts(migrations, snapshot({}), { ...noOptions, upTo: 'b' });
    expect([result.a!.stamp, result.b!.stamp, result.c!.stamp]).toEqual([true, false, false]);
  });

  it('predicts what migrate would do with migrations left out', () => {
    const migrations = [migration('m1', [op.create('a', ['id']), op.create('b', ['id'])]), migration('m2', [op.create('c', ['id'])])];
    const result = verdicts(migrations, snapshot({ a: { columns: ['id'] } }));
    expect(result.m1!.next).toMatchObject({ kind: 'fails' });
    expect(result.m1!.next!.detail).toContain('table a already exists');
    expect(result.m2!.next).toMatchObject({ kind: 'runs' });
  });

  it('reports the highest batch and preconditions for the stamped objects', () => {
    const migrations = [migration('m1', [op.create('a', ['id'])]), migration('m2', [op.addColumn('a', 'k')])];
    const result = infer(migrations, snapshot({ a: { columns: ['id', 'k'] } }, { tracked: [['m1', 7]] }), testDialect, noOptions);
    expect(result.highestBatch).toBe(7);
    expect(result.verdicts[1]!.preconditions).toEqual([{ kind: 'column', table: 'a', column: 'k' }]);
  });
});

describe('column changes state only what they say', () => {
  it('a SET NOT NULL alone is judged on nullability, not on a type it never stated', () => {
    const migrations = [migration('m1', [op.create('w', ['id', 'title'])]), migration('m2', [op.changeColumn('w', 'title', { nullable: true })])];
    const nullable = verdicts(migrations, snapshot({ w: { columns: ['id', dumpColumn('title', 'text', { nullable: true })] } }));
    expect(nullable.m2!.kind).toBe('applied');
    const notNull = verdicts(migrations, snapshot({ w: { columns: ['id', dumpColumn('title', 'text', { nullable: false })] } }));
    expect(notNull.m2!.kind).toBe('pending');
  });

  it('a dropped default is applied only when the column has no default', () => {
    const migrations = [
      migration('m1', [op.create('w', ['id']), op.addColumn('w', 'state', { default: { kind: 'literal', value: 'draft' } })]),
      migration('m2', [op.changeColumn('w', 'state', { default: null })]),
    ];
    expect(verdicts(migrations, snapshot({ w: { columns: ['id', dumpColumn('state')] } })).m2!.kind).toBe('applied');
    expect(verdicts(migrations, snapshot({ w: { columns: ['id', dumpColumn('state', undefined, { default: "'draft'::character varying" })] } })).m2!.kind).toBe('pending');
  });

  it('a change that states what the column already was proves nothing: unknown, never applied', () => {
    const noDefault = [migration('m1', [op.create('w', ['id', 'state'])]), migration('m2', [op.changeColumn('w', 'state', { default: null })])];
    const result = verdicts(noDefault, snapshot({ w: { columns: ['id', dumpColumn('state')] } }));
    expect(result.m2!.kind).toBe('unknown');
    expect(result.m2!.stamp).toBe(false);
    const nullable = [migration('m1', [op.create('w', ['id']), op.addColumn('w', 'title', { nullable: true })]), migration('m2', [op.changeColumn('w', 'title', { nullable: true })])];
    expect(verdicts(nullable, snapshot({ w: { columns: ['id', dumpColumn('title', undefined, { nullable: true })] } })).m2!.kind).toBe('unknown');
  });
});

describe('tracked migrations', () => {
  it('stay tracked, but a restore that lost their objects is reported and needs attention', () => {
    const migrations = [migration('m1', [op.create('a', ['id'])]), migration('m2', [op.create('b', ['id'])])];
    const result = infer(migrations, snapshot({ a: { columns: ['id'] } }, { tracked: [['m1', 1], ['m2', 1]] }), testDialect, noOptions);
    expect(result.verdicts.map((v) => v.kind)).toEqual(['tracked', 'tracked']);
    expect(result.verdicts[0]!.reason).toBe('batch 1');
    expect(result.verdicts[1]!.reason).toBe('batch 1, but missing from the dump: table b, column b.id');
    expect(needsAttention(result)).toBe(true);
  });

  it.each([
    { batches: true, reasons: ['batch 0', 'batch 0, but missing from the dump: table b, column b.id'], detail: 'already recorded with batch 0' },
    { batches: false, reasons: ['a tracking row', 'a tracking row, but missing from the dump: table b, column b.id'], detail: 'already recorded' },
  ])('name their batch only where the rows carry batches (batches: $batches)', ({ batches, reasons, detail }) => {
    const migrations = [migration('m1', [op.create('a', ['id'])]), migration('m2', [op.create('b', ['id'])])];
    // Batch-less frameworks read every row as batch 0, which must not show as a batch.
    const result = infer(migrations, snapshot({ a: { columns: ['id'] } }, { tracked: [['m1', 0], ['m2', 0], ['gone', 0]] }), testDialect, { ...noOptions, batches });
    expect(result.verdicts.slice(0, 2).map((v) => v.reason)).toEqual(reasons);
    expect(result.verdicts[0]!.evidence.find((e) => e.code === 'E-TRACKED')!.detail).toBe(detail);
    expect(result.verdicts[2]!.evidence[0]!.detail).toBe(batches ? 'tracking row with batch 0 has no migration file' : 'tracking row has no migration file');
  });

  it('a fully tracked, intact schema needs nothing', () => {
    const migrations = [migration('m1', [op.create('a', ['id'])])];
    expect(needsAttention(infer(migrations, snapshot({ a: { columns: ['id'] } }, { tracked: [['m1', 1]] }), testDialect, noOptions))).toBe(false);
  });
});

describe('names follow the engine', () => {
  const caseInsensitive = { ...testDialect, identifiersEqual: (dumped: string, expected: string) => dumped.toLowerCase() === expected.toLowerCase() };

  it('a dialect that ignores case finds Users.Email as users.email', () => {
    const migrations = [migration('m1', [op.create('Users', ['Email'])])];
    const result = infer(migrations, snapshot({ users: { columns: ['email'] } }), caseInsensitive, noOptions);
    expect(result.verdicts[0]!.kind).toBe('applied');
  });

  it('an exact-case dialect does not', () => {
    const migrations = [migration('m1', [op.create('Users', ['Email'])])];
    expect(infer(migrations, snapshot({ users: { columns: ['email'] } }), testDialect, noOptions).verdicts[0]!.kind).toBe('pending');
  });
});

describe('statements that name no table', () => {
  it('a DROP INDEX without a table (PostgreSQL) finds the index by name', () => {
    const dropIndex = { kind: 'dropIndex' as const, table: '', name: 'a_k_index', indexKind: null, at: { file: 'm.php', line: 1 }, guards: [] };
    const migrations = [
      migration('m1', [op.create('a', ['id', 'k']), op.addIndex('a', 'a_k_index', ['k'])]),
      migration('m2', [dropIndex]),
    ];
    // PostgreSQL under Laravel: each migration runs in a transaction, so m1, applied, made its index.
    const gone = verdicts(migrations, snapshot({ a: { columns: ['id', 'k'] } }), atomic);
    expect([gone.m1!.kind, gone.m2!.kind]).toEqual(['applied', 'applied']);
    // Without that transaction m1 may have stopped before its index: its absence proves nothing.
    const unproven = verdicts(migrations, snapshot({ a: { columns: ['id', 'k'] } }));
    expect(unproven.m2!.stamp).toBe(false);
    expect(unproven.m2!.evidence.some((e) => e.code === 'E-ABSENCE-UNPROVEN')).toBe(true);
    const still = verdicts(migrations, snapshot({ a: { columns: ['id', 'k'], indexes: [{ name: 'a_k_index', columns: ['k'] }] } }));
    expect([still.m1!.kind, still.m2!.kind]).toEqual(['applied', 'pending']);
  });
});

describe('engines that cannot add a foreign key to an existing table', () => {
  const fk = { kind: 'addForeignKey' as const, table: 'b', foreignKey: { name: 'b_a_id_foreign', columns: ['a_id'], refTable: 'a', refColumns: ['id'], onDelete: null, onUpdate: null, at: { file: 'm.php', line: 1 } }, at: { file: 'm.php', line: 1 }, guards: [] };
  const migrations = [migration('m1', [op.create('a', ['id']), op.create('b', ['id', 'a_id'])]), migration('m2', [fk])];
  const dump = snapshot({ a: { columns: ['id'] }, b: { columns: ['id', 'a_id'] } });

  it('a missing foreign key added later is missing where the engine can add it', () => {
    expect(verdicts(migrations, dump).m2!.kind).toBe('pending');
  });

  it('and proves nothing where it cannot (SQLite): unknown, left for migrate', () => {
    const result = infer(migrations, dump, { ...testDialect, addsForeignKeysToExistingTables: false }, noOptions);
    expect(result.verdicts[1]!.kind).toBe('unknown');
    expect(result.verdicts[1]!.stamp).toBe(false);
    expect(result.verdicts[1]!.evidence.some((e) => e.code === 'E-CONDITIONAL')).toBe(true);
  });

  it.each<[string, Migration[], string]>([
    ['alone', migrations, 'pending'],
    ['beside a column that is there (its migration stopped after the column)', [migration('m1', [op.create('a', ['id']), op.create('b', ['id'])]), migration('m2', [op.addColumn('b', 'a_id'), fk])], 'partial'],
  ])('but one the framework adds by rebuilding the table (Sequelize) is missing there too: %s', (_title, list, kind) => {
    const rebuilt = list.map((m) => ({ ...m, operations: m.operations.map((o) => (o.kind === 'addForeignKey' ? { ...o, addedOnEveryEngine: true } : o)) }));
    const result = infer(rebuilt, dump, { ...testDialect, addsForeignKeysToExistingTables: false }, noOptions);
    expect(result.verdicts[1]!.kind).toBe(kind);
    expect(result.verdicts[1]!.stamp).toBe(false);
  });
});

describe('statements the reader could not parse', () => {
  const migrations = [
    migration('m1', [op.create('agents', ['id']), op.addCheck('agents', 'x', ['a'])]),
    migration('m2', [op.dropCheck('agents', 'x')]),
  ];

  it('a dropped constraint that merely looks absent is not evidence when the table has an unread statement', () => {
    const result = verdicts(migrations, snapshot({ agents: { columns: ['id'] } }, { unread: ['alter', 'table', 'agents', 'x'] }));
    expect(result.m2!.stamp).toBe(false);
    expect(result.m2!.evidence.some((e) => e.code === 'E-ABSENCE-UNPROVEN')).toBe(true);
  });

  it('without unread statements the same absence proves the drop', () => {
    expect(verdicts(migrations, snapshot({ agents: { columns: ['id'] } }), atomic).m2!.kind).toBe('applied');
  });

  it('a missing object on such a table makes the migration unknown, never applied', () => {
    const result = verdicts([migration('m1', [op.create('agents', ['id', 'name'])])], snapshot({ agents: { columns: ['id'] } }, { unread: ['agents'] }));
    expect(result.m1!.kind).toBe('unknown');
    expect(result.m1!.stamp).toBe(false);
    expect(result.m1!.evidence.some((e) => e.code === 'E-DUMP-UNREAD')).toBe(true);
  });
});
