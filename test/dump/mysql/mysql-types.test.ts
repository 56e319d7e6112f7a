import { describe, expect, it } from 'vitest';
import { mysql } from '../../../src/dump/mysql/index.js';
import type { ColumnDefault, ColumnSnapshot, LogicalType } from '../../../src/model/index.js';

const col = (type: string, dflt: string | null = null): ColumnSnapshot => ({ name: 'c', type, rawType: type, nullable: true, default: dflt, identity: null, generated: null, comment: null, line: 1 });
const int = (bytes: 1 | 2 | 3 | 4 | 8, unsigned: boolean): LogicalType => ({ kind: 'integer', bytes, unsigned });
const ts: LogicalType = { kind: 'timestamp', precision: null, timezone: false };

describe("Laravel's MySQL grammar against dumped types (display widths never matter)", () => {
  it.each<[string, LogicalType, string, boolean]>([
    ['id()', int(8, true), 'bigint unsigned', true],
    ['id() on MariaDB/5.7', int(8, true), 'bigint(20) unsigned', true],
    ['id() is unsigned', int(8, true), 'bigint', false],
    ['increments()', int(4, true), 'int(10) unsigned', true],
    ['integer()', int(4, false), 'int', true],
    ['boolean()', { kind: 'boolean' }, 'tinyint(1)', true],
    ['boolean() is not tinyint(4)', { kind: 'boolean' }, 'tinyint(4)', false],
    ['string()', { kind: 'string', length: 255, fixed: false }, 'varchar(255)', true],
    ['string(100) is not varchar(255)', { kind: 'string', length: 100, fixed: false }, 'varchar(255)', false],
    ['char()', { kind: 'string', length: 36, fixed: true }, 'char(36)', true],
    ['json() on MySQL', { kind: 'json', binary: false }, 'json', true],
    ['json() on MariaDB', { kind: 'json', binary: false }, 'longtext', true],
    ['enum() values in order', { kind: 'enum', values: ['a', "it's"] }, "enum('a','it''s')", true],
    ['enum() other values', { kind: 'enum', values: ['a', 'b'] }, "enum('a','c')", false],
    ['set()', { kind: 'set', values: ['x', 'y'] }, "set('x','y')", true],
    ['decimal(8,2)', { kind: 'decimal', precision: 8, scale: 2, unsigned: false }, 'decimal(8,2)', true],
    ['decimal(10,2) is not (8,2)', { kind: 'decimal', precision: 8, scale: 2, unsigned: false }, 'decimal(10,2)', false],
    ['double()', { kind: 'float', bits: 53 }, 'double', true],
    ['float(24)', { kind: 'float', bits: 24 }, 'float', true],
    ['float($total,$places) either spelling', { kind: 'float', bits: null }, 'double(8,2)', true],
    ['tinyText()', { kind: 'text', size: 'tiny' }, 'tinytext', true],
    ['longText()', { kind: 'text', size: 'long' }, 'longtext', true],
    ['mediumText() is not text', { kind: 'text', size: 'medium' }, 'text', false],
    ['binary()', { kind: 'binary', length: null }, 'blob', true],
    ['uuid()', { kind: 'uuid' }, 'char(36)', true],
    ['uuid() on MariaDB 10.7+', { kind: 'uuid' }, 'uuid', true],
    ['ulid()', { kind: 'string', length: 26, fixed: true }, 'char(26)', true],
    ['timestamp()', ts, 'timestamp', true],
    ['dateTime() (one timestamp kind in the model)', ts, 'datetime', true],
    ['timestamp(6)', { kind: 'timestamp', precision: 6, timezone: false }, 'datetime(6)', true],
    ['timestamp() is not timestamp(6)', ts, 'timestamp(6)', false],
    ['date()', { kind: 'date' }, 'date', true],
    ['time()', { kind: 'time', precision: null, timezone: false }, 'time', true],
    ['year()', { kind: 'year' }, 'year(4)', true],
    ['ipAddress()', { kind: 'ipAddress' }, 'varchar(45)', true],
    ['macAddress()', { kind: 'macAddress' }, 'varchar(17)', true],
    ['geometry()', { kind: 'geometry', subtype: null }, 'geometry', true],
    ['point()', { kind: 'geometry', subtype: 'point' }, 'point', true],
    ['raw type', { kind: 'raw', sql: 'MEDIUMINT(8) UNSIGNED' }, 'mediumint unsigned', true],
  ])('%s: %j vs %s → %s', (_name, expected, dumped, matches) => {
    expect(mysql.typeMatches(expected, col(dumped))).toBe(matches);
  });

  it.each<[LogicalType, string]>([
    [int(8, true), 'bigint unsigned'],
    [{ kind: 'boolean' }, 'tinyint(1)'],
    [{ kind: 'string', length: 255, fixed: false }, 'varchar(255)'],
    [{ kind: 'enum', values: ['a', "b'c"] }, "enum('a','b''c')"],
    [{ kind: 'binary', length: null }, 'blob'],
    [{ kind: 'uuid' }, 'char(36)'],
    [ts, 'timestamp'],
  ])('renders %j as %s', (type, sql) => {
    expect(mysql.renderType(type)).toBe(sql);
  });

  it.each<[ColumnDefault, string | null, boolean]>([
    [{ kind: 'literal', value: 'draft' }, "'draft'", true],
    [{ kind: 'literal', value: 0 }, '0.00', true],
    [{ kind: 'literal', value: 0 }, "'0'", true],
    [{ kind: 'literal', value: true }, '1', true],
    [{ kind: 'literal', value: false }, "'0'", true],
    [{ kind: 'literal', value: null }, null, true],
    [{ kind: 'literal', value: 'a' }, null, false],
    [{ kind: 'literal', value: 'back\\slash' }, "'back\\\\slash'", true],
    [{ kind: 'expression', sql: 'CURRENT_TIMESTAMP' }, 'current_timestamp()', true],
    [{ kind: 'expression', sql: 'now()' }, 'CURRENT_TIMESTAMP', true],
  ])('default %j vs dumped %s → %s', (expected, dumped, matches) => {
    expect(mysql.defaultMatches(expected, col('varchar(10)', dumped))).toBe(matches);
  });

  it('compares identifiers case-insensitively', () => {
    expect(mysql.identifiersEqual('Users_Email_Unique', 'users_email_unique')).toBe(true);
    expect(mysql.identifiersEqual('PRIMARY', 'primary')).toBe(true);
    expect(mysql.identifiersEqual('a', 'b')).toBe(false);
  });
});
