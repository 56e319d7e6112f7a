import { describe, expect, it } from 'vitest';
import { postgres } from '../../../src/dump/postgres/index.js';
import { defaultConstraintName } from '../../../src/dump/postgres/pg-ast.js';
import type { ColumnDefault, ColumnSnapshot, LogicalType } from '../../../src/model/index.js';

const col = (type: string, defaultText: string | null = null): ColumnSnapshot => ({
  name: 'c', type, rawType: type, nullable: true, default: defaultText, identity: null, generated: null, comment: null, line: 1,
});

describe('postgres type matching (Laravel PostgresGrammar)', () => {
  it.each<[LogicalType, string, boolean]>([
    [{ kind: 'integer', bytes: 8, unsigned: false }, 'bigint', true],
    [{ kind: 'integer', bytes: 4, unsigned: true }, 'integer', true],
    [{ kind: 'integer', bytes: 3, unsigned: false }, 'integer', true],
    [{ kind: 'integer', bytes: 1, unsigned: false }, 'smallint', true],
    [{ kind: 'integer', bytes: 8, unsigned: false }, 'integer', false],
    [{ kind: 'decimal', precision: 8, scale: 2, unsigned: false }, 'numeric(8,2)', true],
    [{ kind: 'decimal', precision: 8, scale: 2, unsigned: false }, 'numeric(10,2)', false],
    [{ kind: 'float', bits: null }, 'double precision', true],
    [{ kind: 'float', bits: 24 }, 'real', true],
    [{ kind: 'boolean' }, 'boolean', true],
    [{ kind: 'string', length: 255, fixed: false }, 'character varying(255)', true],
    [{ kind: 'string', length: 255, fixed: false }, 'varchar(255)', true],
    [{ kind: 'string', length: 100, fixed: false }, 'character varying(255)', false],
    [{ kind: 'string', length: 2, fixed: true }, 'character(2)', true],
    [{ kind: 'text', size: 'long' }, 'text', true],
    [{ kind: 'binary', length: null }, 'bytea', true],
    [{ kind: 'json', binary: false }, 'json', true],
    [{ kind: 'json', binary: true }, 'jsonb', true],
    [{ kind: 'json', binary: true }, 'json', false],
    [{ kind: 'uuid' }, 'uuid', true],
    [{ kind: 'enum', values: ['a'] }, 'character varying(255)', true],
    [{ kind: 'set', values: ['a'] }, 'character varying(255)', false],
    [{ kind: 'date' }, 'date', true],
    [{ kind: 'time', precision: 0, timezone: false }, 'time(0) without time zone', true],
    [{ kind: 'timestamp', precision: 0, timezone: false }, 'timestamp(0) without time zone', true],
    [{ kind: 'timestamp', precision: 0, timezone: false }, 'timestamp without time zone', true],
    [{ kind: 'timestamp', precision: null, timezone: false }, 'timestamp(0) without time zone', true],
    [{ kind: 'timestamp', precision: 6, timezone: false }, 'timestamp(0) without time zone', false],
    [{ kind: 'timestamp', precision: null, timezone: true }, 'timestamp with time zone', true],
    [{ kind: 'timestamp', precision: null, timezone: true }, 'timestamptz', true],
    [{ kind: 'timestamp', precision: null, timezone: true }, 'timestamp without time zone', false],
    [{ kind: 'year' }, 'integer', true],
    [{ kind: 'ipAddress' }, 'inet', true],
    [{ kind: 'macAddress' }, 'macaddr', true],
    [{ kind: 'geometry', subtype: 'point' }, 'geography(point,4326)', true],
    [{ kind: 'raw', sql: 'citext' }, 'citext', true],
    [{ kind: 'raw', sql: 'int4' }, 'integer', true],
    [{ kind: 'raw', sql: 'text[]' }, 'text[]', true],
  ])('%j vs %s → %s', (expected, actual, result) => {
    expect(postgres.typeMatches(expected, col(actual))).toBe(result);
  });

  it.each<[LogicalType, string]>([
    [{ kind: 'string', length: 255, fixed: false }, 'character varying(255)'],
    [{ kind: 'timestamp', precision: 0, timezone: false }, 'timestamp(0) without time zone'],
    [{ kind: 'decimal', precision: 8, scale: 2, unsigned: false }, 'numeric(8,2)'],
    [{ kind: 'integer', bytes: 8, unsigned: false }, 'bigint'],
    [{ kind: 'json', binary: true }, 'jsonb'],
  ])('renderType(%j) is %s', (type, text) => {
    expect(postgres.renderType(type)).toBe(text);
  });
});

describe('postgres default matching', () => {
  it.each<[ColumnDefault, string | null, boolean]>([
    [{ kind: 'literal', value: 'draft' }, "'draft'::character varying", true],
    [{ kind: 'literal', value: 'draft' }, "'done'::character varying", false],
    [{ kind: 'literal', value: "it's" }, "'it''s'::text", true],
    [{ kind: 'literal', value: 0 }, '0', true],
    [{ kind: 'literal', value: '5' }, '5', true],
    [{ kind: 'literal', value: 1.5 }, "'1.5'::numeric", true],
    [{ kind: 'literal', value: false }, 'false', true],
    [{ kind: 'literal', value: '0' }, 'false', true],
    [{ kind: 'literal', value: 1 }, 'true', true],
    [{ kind: 'literal', value: null }, null, true],
    [{ kind: 'literal', value: null }, 'NULL::character varying', true],
    [{ kind: 'literal', value: 'x' }, null, false],
    [{ kind: 'expression', sql: 'CURRENT_TIMESTAMP' }, 'CURRENT_TIMESTAMP', true],
    [{ kind: 'expression', sql: 'now()' }, 'CURRENT_TIMESTAMP', true],
    [{ kind: 'expression', sql: 'CURRENT_TIMESTAMP' }, 'now()', true],
    [{ kind: 'expression', sql: 'gen_random_uuid()' }, 'public.gen_random_uuid()', false],
    [{ kind: 'expression', sql: "'{}'::jsonb" }, "'{}'::jsonb", true],
  ])('%j vs %s → %s', (expected, actual, result) => {
    expect(postgres.defaultMatches(expected, col('text', actual))).toBe(result);
  });

  it('compares identifiers after PostgreSQL truncates them to 63 bytes', () => {
    const long = 'very_long_table_name_for_testing_purposes_user_id_foreign_key_constraint';
    expect(postgres.identifiersEqual(long.slice(0, 63), long)).toBe(true);
    expect(postgres.identifiersEqual('users_email_unique', 'users_email_unique')).toBe(true);
    expect(postgres.identifiersEqual('users_email_unique', 'users_name_unique')).toBe(false);
  });
});

describe('PostgreSQL default constraint names (makeObjectName)', () => {
  // Expected names are what PostgreSQL 15 chose for the same declarations (pg_constraint.conname).
  const long = 'a_very_long_table_name_for_testing_postgres_naming_rules_xyz';
  it.each([
    ['posts', 'check', ['status'], 'posts_status_check'],
    ['posts', 'primary', [], 'posts_pkey'],
    ['posts', 'unique', ['a', 'b'], 'posts_a_b_key'],
    ['posts', 'foreign', ['user_id'], 'posts_user_id_fkey'],
    [long, 'check', ['a_rather_long_column_name_that_goes_on'], 'a_very_long_table_name_for_t_a_rather_long_column_name_th_check'],
    [long, 'primary', [], 'a_very_long_table_name_for_testing_postgres_naming_rules_x_pkey'],
    [long, 'unique', ['u'], 'a_very_long_table_name_for_testing_postgres_naming_rules__u_key'],
  ] as const)('%s (%s on %j) → %s', (table, kind, columns, name) => {
    expect(defaultConstraintName(table, kind, columns)).toBe(name);
  });
});
