/**
 * Each registered script dialect's string literal, read back by the real engine:
 * fast-check draws hostile names, every one is sent as `SELECT HEX(<literal>)`
 * in one session, and the bytes the engine returns must be the name's UTF-8.
 * MariaDB is tried with its default sql_mode and with NO_BACKSLASH_ESCAPES,
 * under which a backslash is an ordinary character.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scriptDialectFor } from '../../src/emit/sql/index.js';
import { engineGate, mysqlAvailability, run, sqliteAvailability } from '../e2e/engines.js';
import { hostileText } from './support/hostile-arbitraries.js';

const names = fc.sample(hostileText, { numRuns: 300, seed: 4 });
const expected = names.map((name) => Buffer.from(name, 'utf8').toString('hex').toUpperCase());

function selects(dialect: 'mysql' | 'sqlite'): string {
  const script = scriptDialectFor(dialect)!;
  return names.map((name) => `SELECT HEX(${script.quoteLiteral(name)});`).join('\n');
}

const lines = (text: string) => text.split('\n').filter((line) => line !== '');

const sqliteGate = engineGate('SQLite literals', sqliteAvailability());
describe.skipIf(sqliteGate.skip || scriptDialectFor('sqlite') === null)('SQLite: hostile literals read back exactly', () => {
  it('sqlite3', () => {
    if (sqliteGate.failure) throw new Error(sqliteGate.failure);
    const result = run('sqlite3', ['-bail', ':memory:'], { input: selects('sqlite') });
    expect(result.code, result.stderr).toBe(0);
    expect(lines(result.stdout)).toEqual(expected);
  });
});

const mysqlGate = engineGate('MariaDB literals', mysqlAvailability());
describe.skipIf(mysqlGate.skip || scriptDialectFor('mysql') === null)('MariaDB: hostile literals read back exactly', () => {
  for (const mode of ['default', 'NO_BACKSLASH_ESCAPES']) {
    it(`sql_mode ${mode}`, () => {
      if (mysqlGate.failure) throw new Error(mysqlGate.failure);
      const setMode = mode === 'default' ? '' : `SET SESSION sql_mode = CONCAT(@@sql_mode, ',${mode}');\n`;
      const result = run('mariadb', ['-N', '-B', '--default-character-set=utf8mb4'], { input: setMode + selects('mysql') });
      expect(result.code, result.stderr).toBe(0);
      expect(lines(result.stdout)).toEqual(expected);
    });
  }
});
