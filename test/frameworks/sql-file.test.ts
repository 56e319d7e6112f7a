/** The shared SQL statement scanner (src/frameworks/sql-file.ts): cases, and properties over generated files. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { splitSqlStatements } from '../../src/frameworks/sql-file.js';

const standard = { backslashEscapes: false };
const mysql = { backslashEscapes: true };

describe('splitSqlStatements', () => {
  it.each([
    ['two statements on their own lines', 'CREATE TABLE a (id int);\n\nCREATE INDEX a_id ON a (id);\n', standard, [['CREATE TABLE a (id int)', 1], ['CREATE INDEX a_id ON a (id)', 3]]],
    ['a leading comment is not the statement, and gives no line', '-- make a\n/* really */\nCREATE TABLE a (id int);', standard, [['CREATE TABLE a (id int)', 3]]],
    ['semicolons in strings, identifiers and comments', "INSERT INTO t VALUES ('a;b', \"c;d\"); -- e;f\nSELECT `g;h` /* i; */;", standard, [["INSERT INTO t VALUES ('a;b', \"c;d\")", 1], ['SELECT `g;h` /* i; */', 2]]],
    ['a doubled quote stays in the string', "SELECT 'it''s; fine'; SELECT 2;", standard, [["SELECT 'it''s; fine'", 1], ['SELECT 2', 1]]],
    ['dollar quoting', 'CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql;\nSELECT 1;', standard, [['CREATE FUNCTION f() RETURNS int AS $body$ BEGIN RETURN 1; END; $body$ LANGUAGE plpgsql', 1], ['SELECT 1', 2]]],
    ['a trigger body without a delimiter change', 'CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = n + 1;\n  DELETE FROM c;\nEND;\nSELECT 1;', standard, [['CREATE TRIGGER t AFTER INSERT ON a BEGIN\n  UPDATE b SET n = n + 1;\n  DELETE FROM c;\nEND', 1], ['SELECT 1', 5]]],
    ['the MySQL client\'s DELIMITER', 'DELIMITER $$\nCREATE PROCEDURE p() BEGIN SELECT 1; END $$\nDELIMITER ;\nSELECT 2;', mysql, [['CREATE PROCEDURE p() BEGIN SELECT 1; END', 2], ['SELECT 2', 4]]],
    ['MySQL backslash escapes', "SELECT 'a\\';b'; SELECT 2;", mysql, [["SELECT 'a\\';b'", 1], ['SELECT 2', 1]]],
    ['PostgreSQL standard strings keep a backslash', "SELECT 'C:\\'; SELECT 2;", standard, [["SELECT 'C:\\'", 1], ['SELECT 2', 1]]],
    ['E strings escape', "SELECT E'a\\';b'; SELECT 2;", standard, [["SELECT E'a\\';b'", 1], ['SELECT 2', 1]]],
    ['only comments: no statement', '-- nothing\n/* here */\n', standard, []],
  ])('%s', (_title, text, options, expected) => {
    expect(splitSqlStatements(text, options).map((statement) => [statement.sql, statement.line])).toEqual(expected);
  });

  it('blanks comments out of `code` but keeps the lines', () => {
    const [statement] = splitSqlStatements('SELECT 1 -- ${x}\n/* ${y} */ + 2;', standard);
    expect(statement!.code).not.toContain('$');
    expect(statement!.code.split('\n')).toHaveLength(2);
  });
});

/** Statements that hold no delimiter outside their quotes, with their pieces. */
const piece = fc.oneof(
  fc.constantFrom('SELECT', 'x', '1', ' ', '\n', '(', ')', ',', '+'),
  fc.string({ unit: fc.constantFrom('a', ';', ' ', '\n', '"', '$'), maxLength: 6 }).map((s) => `'${s.replace(/'/g, "''")}'`),
  fc.string({ unit: fc.constantFrom('a', ';', ' ', "'"), maxLength: 6 }).map((s) => `"${s.replace(/"/g, '""')}"`),
  fc.string({ unit: fc.constantFrom('a', ';', ' ', "'", '\n'), maxLength: 6 }).map((s) => `/* ${s.replace(/\*\/|\/\*/g, '')} */`),
  fc.string({ unit: fc.constantFrom('a', ';', ' ', "'"), maxLength: 6 }).map((s) => `-- ${s}\n`),
  fc.string({ unit: fc.constantFrom('a', ';', ' ', "'", '\n'), maxLength: 6 }).map((s) => `$q$${s.replace(/\$/g, '')}$q$`),
);
const statement = fc.array(piece, { minLength: 1, maxLength: 8 }).map((pieces) => `SELECT ${pieces.join(' ')}`);

describe('splitSqlStatements, properties', () => {
  it('finds each statement of a file joined with ";\\n", on the line it starts', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 6 }), (statements) => {
        const text = statements.join(';\n');
        const found = splitSqlStatements(text, standard);
        expect(found.map((s) => s.sql)).toEqual(statements.map((s) => s.trim()));
        let line = 1;
        statements.forEach((s, index) => {
          expect(found[index]!.line).toBe(line);
          line += s.split('\n').length;
        });
      }),
    );
  });

  it('rebuilds the text from its statements: nothing is lost but delimiters, white space and leading comments', () => {
    fc.assert(
      fc.property(fc.array(statement, { minLength: 1, maxLength: 6 }), (statements) => {
        const found = splitSqlStatements(statements.join(';\n'), standard);
        expect(found.map((s) => s.sql).join(';\n')).toBe(statements.map((s) => s.trim()).join(';\n'));
      }),
    );
  });
});
