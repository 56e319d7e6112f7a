/**
 * The SQL-file splitter for files whose engine is unknown (splitSqlStatementsAnyEngine): statements and their lines, table-driven for each kind
 * of quoting, and a property: statements built from pieces that hide `;` (strings,
 * quoted identifiers, dollar quotes, comments), joined by `;` and blank lines,
 * come back exactly, each at its line.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSqlStatementsAnyEngine as splitSqlStatements } from '../../src/frameworks/sql-file.js';

describe('splitSqlStatements', () => {
  it.each([
    ['plain statements', 'CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n', [['CREATE TABLE a (id int)', 1], ['CREATE TABLE b (id int)', 2]]],
    ['a comment line before a statement', '-- migrate:up\n\n-- why\nINSERT INTO t VALUES (1);', [['INSERT INTO t VALUES (1)', 4]]],
    ['a semicolon in a string, doubled quotes', "INSERT INTO t VALUES ('a;''b');\nSELECT 1;", [["INSERT INTO t VALUES ('a;''b')", 1], ['SELECT 1', 2]]],
    ['an E string with a backslash escape', "INSERT INTO t VALUES (E'a\\';b');\nSELECT 1;", [["INSERT INTO t VALUES (E'a\\';b')", 1], ['SELECT 1', 2]]],
    ['a double-quoted identifier', 'CREATE TABLE a ("c;d" int);\nSELECT 1;', [['CREATE TABLE a ("c;d" int)', 1], ['SELECT 1', 2]]],
    ['a semicolon in backticks (not quoting on PostgreSQL): the rest is one piece', 'CREATE TABLE `a;b` (c int);\nSELECT 1;', [['CREATE TABLE `a;b` (c int);\nSELECT 1', 1]]],
    ['a dollar-quoted body', "CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql;\nSELECT 1;", [['CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END $body$ LANGUAGE plpgsql', 1], ['SELECT 1', 2]]],
    ['a trigger body without dollar quotes', 'CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = CASE WHEN n > 0 THEN 1 ELSE 0 END;\n  DELETE FROM c;\nEND;\nSELECT 1;', [['CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = CASE WHEN n > 0 THEN 1 ELSE 0 END;\n  DELETE FROM c;\nEND', 1], ['SELECT 1', 5]]],
    ['a MySQL procedure with END IF', 'CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; END;\nSELECT 2;', [['CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; END', 1], ['SELECT 2', 2]]],
    ['BEGIN as a transaction start is a statement', 'BEGIN;\nSELECT 1;\nCOMMIT;', [['BEGIN', 1], ['SELECT 1', 2], ['COMMIT', 3]]],
    ['a # comment (MySQL only): the rest is one piece', 'SELECT 0;\n# note; with a semicolon\nSELECT 1;', [['SELECT 0', 1], ['# note; with a semicolon\nSELECT 1', 2]]],
    ['a block comment between statements', "SELECT 1;\n/* a;\n b */\nSELECT 2;", [['SELECT 1', 1], ['SELECT 2', 4]]],
    ['a lone semicolon and a last statement without one', ';\n;\nSELECT 1', [['SELECT 1', 3]]],
    ['a backslash in a plain string: the rest is one piece', "SELECT 1;\nINSERT INTO t VALUES ('a\\');\nSELECT 2;\n", [['SELECT 1', 1], ["INSERT INTO t VALUES ('a\\');\nSELECT 2", 2]]],
    ['a nested block comment: the rest is one piece', 'SELECT 1;\nSELECT /* a /* b */ ; */ 2;\n', [['SELECT 1', 1], ['SELECT /* a /* b */ ; */ 2', 2]]],
    ['an unterminated string ends the last piece', "SELECT 1;\nSELECT 'abc;", [['SELECT 1', 1], ["SELECT 'abc;", 2]]],
  ])('%s', (_label, sql, expected) => {
    expect(splitSqlStatements(sql).map((s) => [s.sql, s.line])).toEqual(expected);
  });

  it('counts lines from the given first line', () => {
    expect(splitSqlStatements('\n\nSELECT 1;', 10)).toEqual([{ sql: 'SELECT 1', line: 12 }]);
  });

  const word = fc.constantFrom('SELECT', 'x', 'CREATE', 'TABLE', 't1', '(', ')', ',', '1', '=', 'end', 'begin');
  // Backticks are left out: they quote on MySQL and SQLite only, so a `;` in them is where the engines disagree (a case above).
  const hiding = fc.oneof(
    fc.stringMatching(/^[a-z ;\n]{0,8}$/).map((s) => `'${s}'`),
    fc.stringMatching(/^[a-z ;']{0,8}$/).map((s) => `E'${s.replace(/'/g, "\\'")}'`),
    fc.stringMatching(/^[a-z ;]{0,8}$/).map((s) => `"${s}"`),
    fc.stringMatching(/^[a-z ;\n']{0,8}$/).map((s) => `$q$${s}$q$`),
    fc.stringMatching(/^[a-z ;']{0,8}$/).map((s) => `-- ${s}\nx`),
    fc.stringMatching(/^[a-z ;\n']{0,8}$/).map((s) => `/* ${s} */`),
  );
  // A statement starts with a word (comments before it belong between statements) and never with CREATE, whose routines count blocks.
  const statement = fc
    .tuple(fc.constantFrom('SELECT', 'INSERT', 'UPDATE', 'ALTER'), fc.array(fc.oneof(word, hiding), { maxLength: 8 }))
    .map(([head, rest]) => [head, ...rest].join(' ').trimEnd());
  const gap = fc.constantFrom(';\n', ';', ';\n\n', ' ;\n-- between\n', ';\n/* x; */\n');

  it('gives back the statements it was built from, each at its line', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(statement, gap), { minLength: 1, maxLength: 6 }), (parts) => {
        let sql = '';
        const expected: { sql: string; line: number }[] = [];
        for (const [text, separator] of parts) {
          expected.push({ sql: text, line: sql.split('\n').length });
          sql += text + separator;
        }
        expect(splitSqlStatements(sql)).toEqual(expected);
      }),
    );
  });
});
