/**
 * Hostile names through the whole pipeline: fast-check makes migration file
 * names and table names out of quotes, backslashes, `$$`, `*\/`, `--`, line
 * breaks and other NUL-free unicode; the dump and migration files are written
 * to disk, `run()` produces the stamp script, and PostgreSQL's own parser
 * (libpg-query) reads the script back. The script must be exactly the
 * statements migstamp means to run — no comment or literal broken out of —
 * and every literal must hold exactly the name. (test/emit/postgres-escaping
 * checks the quoting functions alone; this checks them where they are used.)
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { loadModule, parseSync } from 'libpg-query';
import { beforeAll, describe, expect, it } from 'vitest';
import { type RunOptions, run } from '../../src/cli/run.js';
import { runOptions } from '../support/run-options.js';
import { hostileMigrationName, hostileTableName } from './support/hostile-arbitraries.js';
import { createTableMigration, pgDump } from './support/tiny-app.js';

const options = (dir: string): RunOptions => runOptions({ command: 'sql', dump: join(dir, 'dump.sql'), migrations: [join(dir, 'migrations')] });

/** Writes an app whose every migration created its table, none tracked; returns the stamp script. */
async function scriptFor(names: readonly string[], tables: readonly string[]): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'migstamp-hostile-'));
  try {
    mkdirSync(join(dir, 'migrations'));
    names.forEach((name, n) => writeFileSync(join(dir, 'migrations', `${name}.php`), createTableMigration(tables[n]!)));
    writeFileSync(join(dir, 'dump.sql'), pgDump(tables, []));
    return (await run(options(dir))).stdout;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const stringOf = (node: any): string => node.A_Const.sval?.sval ?? '';

const app = fc
  .uniqueArray(hostileTableName, { minLength: 1, maxLength: 3, selector: (name) => name })
  .chain((tables) => fc.tuple(fc.constant(tables), fc.tuple(...tables.map((_, n) => hostileMigrationName(n)))));

beforeAll(async () => {
  await loadModule();
});

describe('hostile names in the PostgreSQL stamp script (whole pipeline, read back by libpg-query)', () => {
  it('the script is exactly BEGIN, SET, DO, LOCK, DO (id sequence), one INSERT per migration, COMMIT; each literal is the exact name', async () => {
    await fc.assert(
      fc.asyncProperty(app, async ([tables, names]) => {
        const script = await scriptFor(names, tables);
        const statements = parseSync(script).stmts.map((s: any) => s.stmt);
        const kinds = statements.map((s: any) => Object.keys(s)[0]);
        expect(kinds).toEqual(['TransactionStmt', 'VariableSetStmt', 'DoStmt', 'LockStmt', 'DoStmt', ...names.map(() => 'InsertStmt'), 'TransactionStmt']);

        const inserted = statements.filter((s: any) => 'InsertStmt' in s).map((s: any) => s.InsertStmt);
        const sorted = [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
        inserted.forEach((insert: any, n: number) => {
          const select = insert.selectStmt.SelectStmt;
          expect(stringOf(select.targetList[0].ResTarget.val)).toBe(sorted[n]);
          const exists = select.whereClause.BoolExpr.args[0].SubLink.subselect.SelectStmt;
          expect(stringOf(exists.whereClause.A_Expr.rexpr)).toBe(sorted[n]);
          expect(insert.relation.relname).toBe('migrations');
        });

        // The DO block's body is one string; its precondition rows name each table exactly.
        const body: string = statements[2].DoStmt.args[0].DefElem.arg.String.sval;
        const query = body.slice(body.indexOf('  SELECT string_agg'), body.indexOf('  END;') + '  END;'.length - 1).replace(' INTO missing', '');
        const values = parseSync(query).stmts[0].stmt.SelectStmt.fromClause[0].RangeSubselect.subquery.SelectStmt.valuesLists;
        const rows = values.map((list: any) => list.List.items.map((item: any) => ('A_Const' in item && item.A_Const.isnull !== true ? stringOf(item) : null)));
        for (const table of tables) {
          expect(rows).toContainEqual([expect.anything(), 'relation', `"public"."${table.replace(/"/g, '""')}"`, null, `table ${table}`]);
          expect(rows).toContainEqual([expect.anything(), 'column', `"public"."${table.replace(/"/g, '""')}"`, 'name', `column ${table}.name`]);
        }
      }),
      { numRuns: 150 },
    );
  }, 120_000);
});

