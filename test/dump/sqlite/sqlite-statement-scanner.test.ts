import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SqliteStatementScanner } from '../../../src/dump/sqlite/sqlite-statement-scanner.js';
import { splitStatements } from '../../../src/dump/sqlite/sqlite-statements.js';

/** Statements and their lines, for `input` delivered in chunks of `size` bytes. */
function scan(input: string, size = input.length || 1): Array<[string, number]> {
  const out: Array<[string, number]> = [];
  const scanner = new SqliteStatementScanner('dump.sql', { statement: (sql, line) => out.push([sql.toString('utf8'), line]) });
  const bytes = Buffer.from(input);
  for (let i = 0; i < bytes.length; i += size) scanner.push(bytes.subarray(i, i + size));
  scanner.finish();
  return out;
}

describe('sqlite statement scanner', () => {
  it.each<[string, string, Array<[string, number]>]>([
    ['plain statements', 'PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\nCOMMIT;\n', [['PRAGMA foreign_keys=OFF', 1], ['BEGIN TRANSACTION', 2], ['COMMIT', 3]]],
    ['semicolons in strings and names', `INSERT INTO "a;b" VALUES('x;y',[c;d],\`e;f\`);`, [[`INSERT INTO "a;b" VALUES('x;y',[c;d],\`e;f\`)`, 1]]],
    ['doubled quotes', `SELECT 'it''s;', "a"";b";`, [[`SELECT 'it''s;', "a"";b"`, 1]]],
    ['raw line breaks inside a string count lines', "INSERT INTO t VALUES('a\n;\nb');\nSELECT 1;", [["INSERT INTO t VALUES('a\n;\nb')", 1], ['SELECT 1', 4]]],
    ['comments between and inside statements', '-- a;\n/* b; */ SELECT 1 -- c;\n, 2 /* ; */;\n', [['SELECT 1 -- c;\n, 2 /* ; */', 2]]],
    ['a trigger runs to ; END ;', 'CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE x SET a = CASE WHEN 1 THEN 2 END; INSERT INTO y VALUES(\'end;\'); END;\nSELECT 2;', [["CREATE TRIGGER t AFTER INSERT ON x BEGIN UPDATE x SET a = CASE WHEN 1 THEN 2 END; INSERT INTO y VALUES('end;'); END", 1], ['SELECT 2', 2]]],
    ['END and ; on their own lines, comments between', 'create temp trigger t after insert on x begin select 1; -- x\nEND\n;\n', [['create temp trigger t after insert on x begin select 1; -- x\nEND\n', 1]]],
    ['a table named trigger is not a trigger', 'CREATE TABLE "trigger"(a);\nSELECT 1;', [['CREATE TABLE "trigger"(a)', 1], ['SELECT 1', 2]]],
    ['subtraction and division are not comments', 'SELECT 4-2/1;', [['SELECT 4-2/1', 1]]],
    ['dot-commands and empty statements are skipped', '.bail on\n;;SELECT 1;\n', [['SELECT 1', 2]]],
    ['a byte-order mark is skipped', '\uFEFFSELECT 1;', [['SELECT 1', 1]]],
  ])('%s', (_name, input, expected) => {
    expect(scan(input)).toEqual(expected);
  });

  it('gives the same statements for every chunking', () => {
    const input = "-- x\nINSERT INTO \"t\" VALUES('a''b',[c]);\nCREATE TRIGGER r AFTER INSERT ON t BEGIN SELECT 'x;'; END;\n/* c */ SELECT 1-2;\n";
    const whole = scan(input);
    fc.assert(fc.property(fc.integer({ min: 1, max: input.length }), (size) => {
      expect(scan(input, size)).toEqual(whole);
    }));
  });

  it('copies what it keeps across chunks: a reused, scribbled-over buffer gives the same statements', () => {
    const dump = readFileSync(fileURLToPath(new URL('../../fixtures/sqlite/plain.sql', import.meta.url)));
    const expected = scan(dump.toString('utf8'));
    for (const size of [7, 61, 500]) {
      const out: Array<[string, number]> = [];
      const scanner = new SqliteStatementScanner('dump.sql', { statement: (sql, line) => out.push([sql.toString('utf8'), line]) });
      const shared = Buffer.alloc(size);
      for (let at = 0; at < dump.length; at += size) {
        const piece = dump.subarray(at, Math.min(at + size, dump.length));
        piece.copy(shared);
        scanner.push(shared.subarray(0, piece.length));
        shared.fill(0x78);
      }
      scanner.finish();
      expect(out, `chunks of ${size}`).toEqual(expected);
    }
  });

  it('agrees with the token-level splitter the lowering uses', () => {
    const input = "CREATE TABLE a(x);INSERT INTO a VALUES('1;2');CREATE TRIGGER r AFTER INSERT ON a BEGIN DELETE FROM a; END;SELECT 1;";
    expect(splitStatements(input)).toEqual(scan(input).map(([sql]) => sql));
    expect(splitStatements('SELECT 1; SELECT 2')).toEqual(['SELECT 1', 'SELECT 2']);
  });
});
