import { describe, expect, it } from 'vitest';
import { sqlite } from '../../../src/dump/sqlite/index.js';
import type { ColumnSnapshot, LogicalType } from '../../../src/model/index.js';

/*
 * Laravel 8–10 run `->change()` on SQLite through Doctrine DBAL, which rebuilds
 * the table and writes every column in its own spelling. These are the
 * spellings found in a real `.dump` after koel's migrations ran on Laravel 8.83
 * with Debian's php-doctrine-dbal 3.6.
 */

const col = (type: string): ColumnSnapshot => ({ name: 'c', type, rawType: type, nullable: true, default: null, identity: null, generated: null, comment: null, line: 1 });

describe("sqlite types: Doctrine DBAL's spellings in tables rebuilt by change()", () => {
  it.each<[string, LogicalType, string, boolean]>([
    ['unsignedInteger', { kind: 'integer', bytes: 4, unsigned: true }, 'INTEGER UNSIGNED', true],
    ['unsignedBigInteger', { kind: 'integer', bytes: 8, unsigned: true }, 'BIGINT UNSIGNED', true],
    ['unsignedSmallInteger', { kind: 'integer', bytes: 2, unsigned: true }, 'SMALLINT UNSIGNED', true],
    ['integer is still not text', { kind: 'integer', bytes: 4, unsigned: true }, 'CLOB', false],
    ['json', { kind: 'json', binary: false }, 'CLOB', true],
    ['text', { kind: 'text', size: 'normal' }, 'CLOB', true],
    ['string longer than 4000', { kind: 'string', length: 4064, fixed: false }, 'CLOB', true],
    ['string of 4000 stays VARCHAR, so CLOB is a change', { kind: 'string', length: 4000, fixed: false }, 'CLOB', false],
    ['string without a length is not CLOB', { kind: 'string', length: null, fixed: false }, 'CLOB', false],
    ['string', { kind: 'string', length: 36, fixed: false }, 'VARCHAR(36)', true],
    ['double', { kind: 'float', bits: 53 }, 'DOUBLE PRECISION', true],
    ['boolean', { kind: 'boolean' }, 'BOOLEAN', true],
  ])('%s: %j vs %s', (_name, expected, dumped, matches) => {
    expect(sqlite.typeMatches(expected, col(dumped))).toBe(matches);
  });
});
