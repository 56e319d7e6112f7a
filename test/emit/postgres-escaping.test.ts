import fc from 'fast-check';
import { loadModule, parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { postgresScript } from '../../src/emit/sql/postgres-script.js';
import { commentText } from '../../src/emit/sql/script-dialect.js';

// Names are attacker-influenced text: quotes, backslashes, dollar signs, comment
// markers, line breaks and any other (NUL-free) unicode.
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom("'", '"', '\\', '$', '$$', '*/', '/*', '--', ';', '\n', '\r', '\u2028', 'E', '`'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
}).filter((s) => !s.includes('\u0000'));

beforeAll(async () => {
  await loadModule();
});

describe('PostgreSQL literal and identifier quoting (checked with the real parser)', () => {
  it('a quoted literal reads back as exactly the value', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const tree = parseSync(`SELECT ${postgresScript.quoteLiteral(value)}`);
        expect(tree.stmts).toHaveLength(1);
        const target = tree.stmts[0].stmt.SelectStmt.targetList[0].ResTarget.val.A_Const;
        expect(target.sval?.sval ?? '').toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('a quoted identifier reads back as exactly the name', () => {
    fc.assert(
      fc.property(hostile.filter((s) => s.length > 0), (name) => {
        const tree = parseSync(`SELECT 1 FROM ${postgresScript.quoteIdentifier(name)}`);
        expect(tree.stmts).toHaveLength(1);
        expect(tree.stmts[0].stmt.SelectStmt.fromClause[0].RangeVar.relname).toBe(name);
      }),
      { numRuns: 2000 },
    );
  });

  it('echoed text cannot end a line comment', () => {
    fc.assert(
      fc.property(hostile, (text) => {
        const tree = parseSync(`-- ${commentText(text)}\nSELECT 1`);
        expect(tree.stmts).toHaveLength(1);
        expect(Object.keys(tree.stmts[0].stmt)).toEqual(['SelectStmt']);
      }),
      { numRuns: 2000 },
    );
  });
});
