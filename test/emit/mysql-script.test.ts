import { laravelTrackingTable } from '../../src/frameworks/laravel/tracking-table.js';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import sqlParser from 'node-sql-parser';
import { describe, expect, it } from 'vitest';
import { mysqlScript } from '../../src/emit/sql/mysql-script.js';
import { renderStampScript } from '../../src/emit/sql/stamp-script.js';
import type { Verdict } from '../../src/model/index.js';
import { engineGate, mysqlAvailability, run, uniqueDbName } from '../e2e/engines.js';

// Names are attacker-influenced text: quotes, backslashes, comment markers, line breaks, any NUL-free unicode.
const hostile = fc.string({
  unit: fc.oneof(
    fc.constantFrom("'", '"', '\\', "\\'", '*/', '/*', '--', '#', ';', '\n', '\r', '\t', '`', '%', '_', '\u2028', 'é', '😀'),
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
  ),
  maxLength: 40,
}).filter((s) => !s.includes('\u0000'));

/** The value a literal stands for under the default sql_mode or NO_BACKSLASH_ESCAPES, read by the rules of the manual. */
function readLiteral(sql: string, backslashEscapes: boolean): string {
  const hex = /^_utf8mb4 X'([0-9A-F]*)'$/.exec(sql);
  if (hex) return Buffer.from(hex[1]!, 'hex').toString('utf8');
  expect(sql).toMatch(/^'.*'$/s);
  const body = sql.slice(1, -1);
  if (backslashEscapes) expect(body).not.toContain('\\');
  return body.replace(/''/g, "'");
}

describe('MySQL literal and identifier quoting', () => {
  it('a literal reads as exactly the value under both the default sql_mode and NO_BACKSLASH_ESCAPES', () => {
    fc.assert(
      fc.property(hostile, (value) => {
        const literal = mysqlScript.quoteLiteral(value);
        expect(readLiteral(literal, true)).toBe(value);
        expect(readLiteral(literal, false)).toBe(value);
      }),
      { numRuns: 2000 },
    );
  });

  it('plain literals and identifiers parse as one value with node-sql-parser', () => {
    const parser = new sqlParser.Parser();
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', "'", '`', ' ', '*/', ';', '-', '#') }).filter((s) => s.length > 0), (value) => {
        const ast = parser.astify(`SELECT ${mysqlScript.quoteLiteral(value)} AS v FROM ${mysqlScript.quoteIdentifier(value)}`, { database: 'MySQL' }) as unknown as { columns: Array<{ expr: { value: string } }>; from: Array<{ table: string }> };
        expect(ast.columns[0]!.expr.value.replace(/''/g, "'")).toBe(value);
        // node-sql-parser keeps the doubled backticks of the quoted name.
        expect(ast.from[0]!.table.replace(/``/g, '`')).toBe(value);
      }),
      { numRuns: 500 },
    );
  });
});

const gate = engineGate('MySQL script on MariaDB', mysqlAvailability());

describe.skipIf(gate.skip)('MySQL script on the real server', () => {
  const verdict = (migration: string): Verdict => ({
    migration,
    file: null,
    kind: 'applied',
    reason: 'test',
    evidence: [],
    batch: null,
    stamp: true,
    next: null,
    preconditions: [{ kind: 'table', table: 'migrations' }],
  });

  it.each([
    ['default', ''],
    ['NO_BACKSLASH_ESCAPES', 'NO_BACKSLASH_ESCAPES'],
    ['ANSI (ANSI_QUOTES, PIPES_AS_CONCAT)', 'ANSI'],
  ])('hostile names (also */, NUL-free control characters) are inserted byte for byte with sql_mode %s', (_title, mode) => {
    if (gate.failure) throw new Error(gate.failure);
    const names = fc.sample(hostile.filter((s) => s.length > 0), { numRuns: 60, seed: 42 });
    names.push("x'); DROP TABLE migrations; --", 'a */ b /* c', 'back\\', "\\'", 'new\nline');
    const unique = [...new Set(names)];
    const script = renderStampScript(mysqlScript, {
      toolVersion: 'test',
      inputs: [],
      target: { schema: null, table: 'migrations', nameColumn: 'migration', rowFor: laravelTrackingTable.rowFor },
      result: { verdicts: unique.map(verdict), highestBatch: 0, expected: new Map(), unclaimedTables: [] },
      batch: 1,
    });
    // utf8mb4_bin: under Laravel's utf8mb4_unicode_ci, names equal but for case or accents are one row.
    const db = uniqueDbName('migstamp_script');
    const dir = mkdtempSync(join(tmpdir(), 'migstamp-mysql-script-'));
    try {
      const file = join(dir, 'stamp.sql');
      writeFileSync(file, script);
      run('mariadb', ['-e', `CREATE DATABASE ${db}; CREATE TABLE ${db}.migrations (id int unsigned NOT NULL AUTO_INCREMENT PRIMARY KEY, migration varchar(255) NOT NULL, batch int NOT NULL) DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin`]);
      const applied = run('sh', ['-c', 'mariadb "$@" < "$0"', file, '--database', db, `--init-command=SET SESSION sql_mode='${mode}'`]);
      expect(applied.code, applied.stderr).toBe(0);
      const rows = run('mariadb', ['-N', '-B', db, '-e', 'SELECT HEX(migration) FROM migrations ORDER BY id']).stdout.split('\n').filter((l) => l !== '');
      expect(rows.map((hex) => Buffer.from(hex, 'hex').toString('utf8'))).toEqual(unique);
    } finally {
      run('mariadb', ['-e', `DROP DATABASE IF EXISTS ${db}`]);
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
