import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MysqlStatementScanner } from '../../../src/dump/mysql/mysql-statement-scanner.js';
import { InputError } from '../../../src/model/errors.js';

const FIXTURES = fileURLToPath(new URL('../../fixtures/mysql/', import.meta.url));
const fixtures = readdirSync(FIXTURES).filter((f) => f.endsWith('.sql'));

interface Event {
  text: string;
  line: number;
}

/** Statements (all kept) of `input` delivered in chunks of `size` bytes. */
function scan(input: Buffer | string, size = 1 << 20, configure?: (s: MysqlStatementScanner) => void): Event[] {
  const bytes = typeof input === 'string' ? Buffer.from(input) : input;
  const events: Event[] = [];
  const scanner = new MysqlStatementScanner('dump.sql', { begin: () => true, statement: (text, line) => events.push({ text, line }) });
  configure?.(scanner);
  for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
  scanner.finish();
  return events;
}

describe('mysql statement scanner', () => {
  it.each([
    ['semicolon ends a statement', 'SELECT 1;\nSELECT 2;\n', [['SELECT 1', 1], ['SELECT 2', 2]]],
    ['no semicolon inside quotes, backticks or comments', "SELECT ';', `a;b`, \"x;\" /* ; */ -- ;\n;", [["SELECT ';', `a;b`, \"x;\" /* ; */ -- ;\n", 1]]],
    ['backslash-escaped quote', "SELECT 'it\\'s;';", [["SELECT 'it\\'s;'", 1]]],
    ['doubled quote', "SELECT 'it''s;';", [["SELECT 'it''s;'", 1]]],
    ['--x is not a comment', 'SELECT 1 --1;\n', [['SELECT 1 --1', 1]]],
    ['# comment', '# one; two\nSELECT 1;', [['SELECT 1', 2]]],
    ['comments before a statement belong to none', '-- a;\n/* b; */\nSELECT 1;', [['SELECT 1', 3]]],
    ['executable comment is statement text', '/*!40101 SET NAMES utf8mb4 */;', [['/*!40101 SET NAMES utf8mb4 */', 1]]],
    ['MariaDB executable comment', '/*M!100616 SET @X=1 */;', [['/*M!100616 SET @X=1 */', 1]]],
    ['sandbox line is a comment, first or appended', '/*M!999999\\- enable the sandbox mode */ \nSELECT 1;\n/*M!999999\\- enable the sandbox mode */ \nSELECT 2;', [['SELECT 1', 2], ['SELECT 2', 4]]],
    ['DELIMITER changes the terminator', 'DELIMITER ;;\nCREATE TRIGGER t BEGIN SET a = 1; END ;;\nDELIMITER ;\nSELECT 1;', [['CREATE TRIGGER t BEGIN SET a = 1; END ', 2], ['SELECT 1', 4]]],
    ['line numbers count newlines in strings', "SELECT 'a\nb';\nSELECT 2;", [["SELECT 'a\nb'", 1], ['SELECT 2', 3]]],
  ] as const)('%s', (_name, input, expected) => {
    expect(scan(input).map((e) => [e.text, e.line])).toEqual(expected);
  });

  it('under NO_BACKSLASH_ESCAPES a backslash ends nothing', () => {
    const input = "SELECT 'a\\';\nSELECT 2;";
    expect(scan(input, 1 << 20, (s) => (s.backslashEscapes = false)).map((e) => e.text)).toEqual(["SELECT 'a\\'", 'SELECT 2']);
  });

  it.each([
    ["SELECT 'abc", 'a quoted string that starts at line 1'],
    ['SELECT 1\n', 'a statement (no closing ;) that starts at line 1'],
    ['SELECT 1;\n/* never closed', 'a comment that starts at line 2'],
    ['\nSELECT `x', 'a backtick-quoted identifier that starts at line 2'],
    ['DELIMITER ;;\nSELECT 1;', 'a statement (no closing ;;) that starts at line 2'],
  ])('truncated input %j is an InputError naming %s', (input, message) => {
    expect(() => scan(input)).toThrow(InputError);
    expect(() => scan(input)).toThrow(message);
  });

  it.each(fixtures)('%s: 1-byte chunks and random chunks give what one chunk gives', (name) => {
    const input = readFileSync(`${FIXTURES}${name}`);
    const whole = scan(input);
    expect(scan(input, 1)).toEqual(whole);
    fc.assert(fc.property(fc.integer({ min: 2, max: 700 }), (size) => {
      expect(scan(input, size)).toEqual(whole);
    }), { numRuns: 20 });
  });

  it('skipped statements are not buffered but still end at the right place', () => {
    const big = `INSERT INTO t VALUES ${Array.from({ length: 2000 }, (_, i) => `(${i},'x;\\'y')`).join(',')};\nSELECT 1;`;
    const seen: string[] = [];
    const scanner = new MysqlStatementScanner('d', { begin: (head) => head.startsWith('SELECT'), statement: (text) => seen.push(text) });
    for (let i = 0; i < big.length; i += 100) scanner.push(Buffer.from(big.slice(i, i + 100)));
    scanner.finish();
    expect(seen).toEqual(['SELECT 1']);
  });
});
