/**
 * The statement splitter shared by the SQL-file adapters: statements rejoined with
 * semicolons and comments come back as they were, each at its first token's line,
 * whatever quotes, comments and bodies hold semicolons.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SQL_LEXICONS, splitSqlStatements } from '../../src/frameworks/sql-file.js';

type Lexicon = keyof typeof SQL_LEXICONS;

/** Pieces of a statement that may hold `;`, quotes and newlines, per engine. */
function piece(lexicon: Lexicon): fc.Arbitrary<string> {
  const text = fc.string({ unit: fc.constantFrom('a', ';', ' ', '\n', '-', '*', '/', 'x', 'é') });
  const common = [
    fc.constantFrom('SELECT', 'x', '1', '(', ')', ',', '=', 'a_b'),
    text.map((t) => `'${t.replaceAll("'", "''")}'`),
    text.map((t) => `"${t.replaceAll('"', '""')}"`),
  ];
  const own: Record<Lexicon, fc.Arbitrary<string>[]> = {
    postgres: [text.map((t) => `$body$${t}$body$`), text.map((t) => `E'${t.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`)],
    mysql: [text.map((t) => `\`${t.replaceAll('`', '``')}\``), text.map((t) => `'${t.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`)],
    sqlite: [text.map((t) => `[${t.replaceAll(']', '')}]`), text.map((t) => `\`${t.replaceAll('`', '``')}\``)],
  };
  return fc.oneof(...common, ...own[lexicon]);
}

const statement = (lexicon: Lexicon): fc.Arbitrary<string> => fc.array(piece(lexicon), { minLength: 1, maxLength: 6 }).map((parts) => `SELECT ${parts.join(' ')}`);
const gap = fc.constantFrom('\n', '\n\n', ' ', '\n-- a comment; with a semicolon\n', '\n/* block; comment */\n');

describe.each(Object.keys(SQL_LEXICONS) as Lexicon[])('splitSqlStatements (%s)', (lexicon) => {
  it('gives back the statements it was given, each at its first line', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(gap, statement(lexicon)), { minLength: 1, maxLength: 5 }), (parts) => {
        let text = '';
        const expected: { sql: string; line: number }[] = [];
        for (const [before, sql] of parts) {
          text += before;
          expected.push({ sql, line: text.split('\n').length });
          text += `${sql};`;
        }
        expect(splitSqlStatements(text, SQL_LEXICONS[lexicon])).toEqual(expected);
      }),
    );
  });

  it('never throws and loses no token on any text', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const statements = splitSqlStatements(text, SQL_LEXICONS[lexicon]);
        for (const s of statements) expect(text).toContain(s.sql);
      }),
    );
  });
});

describe('splitSqlStatements, cases', () => {
  it.each([
    ['a trigger body keeps its semicolons (SQLite)', 'sqlite', 'CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM b; END;\nSELECT 1;', ['CREATE TRIGGER t AFTER INSERT ON a BEGIN UPDATE a SET x = 1; DELETE FROM b; END', 'SELECT 1']],
    ['END IF does not close the routine (MySQL)', 'mysql', 'CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; SELECT 2; END;\nSELECT 3', ['CREATE PROCEDURE p() BEGIN IF 1 THEN SELECT 1; END IF; SELECT 2; END', 'SELECT 3']],
    ['a CASE in a CREATE TABLE is balanced', 'postgres', 'CREATE TABLE t (a int CHECK (CASE WHEN a > 0 THEN true ELSE false END));SELECT 1;', ['CREATE TABLE t (a int CHECK (CASE WHEN a > 0 THEN true ELSE false END))', 'SELECT 1']],
    ['a transaction BEGIN is a statement of its own', 'postgres', 'BEGIN;\nSELECT 1;\nCOMMIT;', ['BEGIN', 'SELECT 1', 'COMMIT']],
    ['nested PostgreSQL comments', 'postgres', '/* a /* b; */ c; */ SELECT 1;', ['SELECT 1']],
    ['a # comment in MySQL', 'mysql', '# x; y\nSELECT 1;', ['SELECT 1']],
    ['only comments: no statement', 'postgres', '-- CreateTable\n/* nothing */\n', []],
    ['no final semicolon', 'sqlite', 'SELECT 1;\nSELECT 2\n', ['SELECT 1', 'SELECT 2']],
  ] as const)('%s', (_title, lexicon, text, expected) => {
    expect(splitSqlStatements(text, SQL_LEXICONS[lexicon]).map((s) => s.sql)).toEqual(expected);
  });
});
