import { describe, expect, it } from 'vitest';
import { type InferenceOptions, infer } from '../../src/infer/index.js';
import { postgres } from '../../src/dump/postgres/index.js';
import type { Dialect, LogicalType, Migration, SchemaSnapshot, Verdict, VerdictKind } from '../../src/model/index.js';
import { run } from '../../src/cli/run.js';
import { column, migration, op, snapshot, testDialect } from '../support/builders.js';
import { runOptions } from '../support/run-options.js';

/*
 * On PostgreSQL, Laravel's enum() is a varchar with a CHECK that PostgreSQL names
 * {table}_{column}_check: an effect of the migration that makes the column, and
 * proof, by its absence, for a later migration that drops it with raw SQL.
 */

const noOptions: InferenceOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const pg: Dialect = { ...testDialect, enumCheck: postgres.enumCheck };
const status: LogicalType = { kind: 'enum', values: ['add', 'remove'] };
const at = { file: 'm.php', line: 1 };

const create = (): Migration =>
  migration('m1', [{ kind: 'createTable', table: 'audits', columns: [column('id'), column('type', status)], indexes: [], foreignKeys: [], checks: [], ifNotExists: false, temporary: false, at, guards: [] }]);
const dropCheck = migration('m2', [op.dropCheck('audits', 'audits_type_check')]);
const columns = { columns: ['id', 'type'] };
const withCheck = { ...columns, checks: [{ name: 'audits_type_check', literals: ['add', 'remove'] }] };

function verdicts(migrations: Migration[], dump: SchemaSnapshot, dialect: Dialect = pg): Record<string, Verdict> {
  return Object.fromEntries(infer(migrations, dump, dialect, noOptions).verdicts.map((v) => [v.migration, v]));
}

describe('the CHECK PostgreSQL keeps for an enum() column', () => {
  it.each<[string, Migration[], SchemaSnapshot, Record<string, VerdictKind>, string[]]>([
    ['is evidence of the creating migration', [create()], snapshot({ audits: withCheck }), { m1: 'applied' }, ['E-CHECK-PRESENT']],
    ['missing, makes the creating migration partial', [create()], snapshot({ audits: columns }), { m1: 'partial' }, ['E-CHECK-MISSING']],
    ['with other values, is not the one the migration made', [create()], snapshot({ audits: { ...columns, checks: [{ name: 'audits_type_check', literals: ['add'] }] } }), { m1: 'partial' }, ['E-CHECK-DIFFERS']],
  ])('%s', (_name, migrations, dump, expected, codes) => {
    const result = verdicts(migrations, dump);
    expect(Object.fromEntries(Object.entries(result).map(([name, v]) => [name, v.kind]))).toEqual(expected);
    expect(result['m1']?.evidence.map((e) => e.code)).toEqual(expect.arrayContaining(codes));
  });

  it('dropped by a later migration: its absence proves the drop once the creator is proven', () => {
    const result = verdicts([create(), dropCheck], snapshot({ audits: columns }, { tracked: [['m1', 1]] }));
    expect(result['m2']).toMatchObject({ kind: 'applied', stamp: true });
    expect(result['m2']?.evidence.map((e) => e.code)).toContain('E-CHECK-GONE');
    // The creator's check is superseded, not missing.
    expect(result['m1']?.evidence.filter((e) => e.status === 'missing')).toEqual([]);
  });

  it('still in the dump: the dropping migration did not run', () => {
    const result = verdicts([create(), dropCheck], snapshot({ audits: withCheck }, { tracked: [['m1', 1]] }));
    expect(result['m2']?.kind).toBe('pending');
  });

  it('is not checked where the engine keeps no such CHECK (MySQL enum type; SQLite)', () => {
    const result = verdicts([create(), dropCheck], snapshot({ audits: columns }, { tracked: [['m1', 1]] }), testDialect);
    expect(result['m2']?.kind).toBe('unknown');
  });

  it('goes with its column when the column is dropped, and follows it when renamed', () => {
    const dropped = verdicts([create(), migration('m2', [op.dropColumn('audits', 'type')])], snapshot({ audits: { columns: ['id'] } }, { tracked: [['m1', 1]] }));
    expect(dropped['m2']?.kind).toBe('applied');
    expect(dropped['m2']?.evidence.map((e) => e.code)).not.toContain('E-CHECK-GONE');
    const renamed = verdicts([create(), migration('m2', [op.renameColumn('audits', 'type', 'kind')])], snapshot({ audits: { columns: ['id', 'kind'], checks: withCheck.checks } }));
    expect(renamed['m1']?.kind).toBe('applied');
    expect(renamed['m1']?.evidence.map((e) => e.code)).toContain('E-CHECK-PRESENT');
    expect(renamed['m2']?.kind).toBe('applied');
  });

  it('is added with an enum column added later, named after the table and column', () => {
    const add = migration('m2', [op.addColumn('audits', 'source', { type: { kind: 'enum', values: ['web', 'api'] } })]);
    const result = verdicts([create(), add], snapshot({ audits: withCheck }, { tracked: [['m1', 1]] }));
    expect(result['m2']?.kind).toBe('pending');
    expect(result['m2']?.evidence.map((e) => e.subject)).toEqual(expect.arrayContaining(['check audits_source_check']));
  });
});

describe('field case pg-enum-check-dropped', () => {
  it('the dropping migration is stamped: the check its creator made is gone; only the last migration is pending', async () => {
    // A real pg_dump 15 of a database Laravel 8.83's Migrator built (from /work/shared/cases).
    const dir = 'test/fixtures/cases/pg-enum-check-dropped';
    const result = await run(runOptions({ command: 'status', dump: `${dir}/restored.sql`, migrations: [`${dir}/migrations`], json: true }));
    const report = JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string; stamp: boolean; evidence: { code: string; status: string }[] }[] };
    const v = Object.fromEntries(report.verdicts.map((verdict) => [verdict.migration.slice('2024_01_01_000000_'.length), verdict]));
    expect(Object.fromEntries(Object.entries(v).map(([name, verdict]) => [name, [verdict.verdict, verdict.stamp]]))).toEqual({
      create_experience_audits_table: ['tracked', false],
      alter_experience_audits_type_to_string: ['applied', true],
      widen_reason_on_experience_audits: ['applied', true],
      add_source_to_experience_audits: ['pending', false],
    });
    expect(v['alter_experience_audits_type_to_string']?.evidence.filter((e) => e.status === 'present').map((e) => e.code)).toEqual(['E-CHECK-GONE']);
  });
});
