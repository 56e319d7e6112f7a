import { describe, expect, it } from 'vitest';
import { sqlite } from '../../../src/dump/sqlite/index.js';
import type { ColumnDefault, ColumnSnapshot, LogicalType } from '../../../src/model/index.js';

const col = (type: string, extra: Partial<ColumnSnapshot> & { checkLiterals?: string[][] } = {}): ColumnSnapshot =>
  ({ name: 'c', type, rawType: type, nullable: true, default: null, identity: null, generated: null, comment: null, line: 1, ...extra }) as ColumnSnapshot;

const int: LogicalType = { kind: 'integer', bytes: 8, unsigned: true };
const str: LogicalType = { kind: 'string', length: 255, fixed: false };
const text: LogicalType = { kind: 'text', size: 'normal' };

describe("sqlite types: Laravel's SQLiteGrammar spellings", () => {
  it.each<[string, LogicalType, string, boolean]>([
    ['id / bigIncrements', int, 'integer', true],
    ['integer is not text', int, 'text', false],
    ['string, length ignored', str, 'varchar', true],
    ['string written with a length', str, 'varchar(100)', true],
    ['string is not text (a change to text must show)', str, 'text', false],
    ['text', text, 'text', true],
    ['boolean', { kind: 'boolean' }, 'tinyint(1)', true],
    ['boolean is not varchar', { kind: 'boolean' }, 'varchar', false],
    ['json', { kind: 'json', binary: false }, 'text', true],
    ['jsonb', { kind: 'json', binary: true }, 'text', true],
    ['uuid', { kind: 'uuid' }, 'varchar', true],
    ['date', { kind: 'date' }, 'date', true],
    ['timestamp', { kind: 'timestamp', precision: 0, timezone: true }, 'datetime', true],
    ['time', { kind: 'time', precision: null, timezone: false }, 'time', true],
    ['decimal, precision ignored', { kind: 'decimal', precision: 8, scale: 2, unsigned: false }, 'numeric', true],
    ['float', { kind: 'float', bits: null }, 'float', true],
    ['double', { kind: 'float', bits: 53 }, 'double', true],
    ['binary', { kind: 'binary', length: null }, 'blob', true],
    ['year', { kind: 'year' }, 'integer', true],
    ['raw type by its text', { kind: 'raw', sql: 'Unsigned  Big INT' }, 'unsigned big int', true],
  ])('%s: %s vs %s', (_name, expected, dumped, matches) => {
    expect(sqlite.typeMatches(expected, col(dumped))).toBe(matches);
  });

  it('enum: a varchar whose CHECK allows exactly the values', () => {
    const status: LogicalType = { kind: 'enum', values: ['draft', 'done'] };
    expect(sqlite.typeMatches(status, col('varchar', { checkLiterals: [['done', 'draft']] }))).toBe(true);
    expect(sqlite.typeMatches(status, col('varchar', { checkLiterals: [['draft', 'done', 'archived']] }))).toBe(false);
    expect(sqlite.typeMatches(status, col('varchar'))).toBe(true);
    expect(sqlite.typeMatches(status, col('integer'))).toBe(false);
  });

  it.each<[LogicalType, string]>([
    [int, 'integer'],
    [str, 'varchar'],
    [{ kind: 'boolean' }, 'tinyint(1)'],
    [{ kind: 'json', binary: true }, 'text'],
    [{ kind: 'timestamp', precision: null, timezone: false }, 'datetime'],
    [{ kind: 'decimal', precision: 8, scale: 2, unsigned: false }, 'numeric'],
  ])('renders %j as %s', (type, spelled) => {
    expect(sqlite.renderType(type)).toBe(spelled);
  });

  it.each<[ColumnDefault, string | null, boolean]>([
    [{ kind: 'literal', value: 1 }, "'1'", true],
    [{ kind: 'literal', value: true }, "'1'", true],
    [{ kind: 'literal', value: false }, "'0'", true],
    [{ kind: 'literal', value: false }, "'1'", false],
    [{ kind: 'literal', value: 'draft' }, "'draft'", true],
    [{ kind: 'literal', value: "it's" }, "'it''s'", true],
    [{ kind: 'literal', value: 'draft' }, "'done'", false],
    [{ kind: 'literal', value: 100 }, '100', true],
    [{ kind: 'literal', value: '1.0.0' }, "'1.0.0'", true],
    [{ kind: 'literal', value: null }, null, true],
    [{ kind: 'literal', value: null }, 'NULL', true],
    [{ kind: 'literal', value: 0 }, null, false],
    [{ kind: 'expression', sql: 'CURRENT_TIMESTAMP' }, 'CURRENT_TIMESTAMP', true],
    [{ kind: 'expression', sql: 'current_timestamp' }, '(CURRENT_TIMESTAMP)', true],
    [{ kind: 'expression', sql: 'CURRENT_TIMESTAMP' }, null, false],
  ])('default %j vs %s', (expected, dumped, matches) => {
    expect(sqlite.defaultMatches(expected, col('varchar', { default: dumped }))).toBe(matches);
  });

  it('compares identifiers ignoring ASCII case only', () => {
    expect(sqlite.identifiersEqual('Users_Email_Unique', 'users_email_unique')).toBe(true);
    expect(sqlite.identifiersEqual('É', 'é')).toBe(false);
    expect(sqlite.identifiersEqual('a', 'b')).toBe(false);
  });
});
