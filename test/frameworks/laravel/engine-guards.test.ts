import { describe, expect, it } from 'vitest';
import { operations } from './helpers.js';

describe('engine branches become engine guards', () => {
  it.each([
    ["DB::getDriverName() !== 'sqlite'", { kind: 'engine', engines: ['sqlite'], negated: true }],
    ["DB::getDriverName() === 'pgsql'", { kind: 'engine', engines: ['postgres'], negated: false }],
    ["'mysql' == DB::connection()->getDriverName()", { kind: 'engine', engines: ['mysql'], negated: false }],
    ["Schema::getConnection()->getDriverName() != 'mariadb'", { kind: 'engine', engines: ['mysql'], negated: true }],
    ["!(DB::getDriverName() === 'sqlite')", { kind: 'engine', engines: ['sqlite'], negated: true }],
  ])('%s', (condition, guard) => {
    const ops = operations(`if (${condition}) {\n DB::statement('DROP TABLE legacy');\n}`);
    expect(ops[0]!.guards).toEqual([guard]);
  });

  it('an else branch gets the opposite guard', () => {
    const ops = operations(`if (DB::getDriverName() === 'sqlite') {\n DB::statement('SELECT 1');\n} else {\n DB::statement('DROP TABLE legacy');\n}`);
    expect(ops[1]!.guards).toEqual([{ kind: 'engine', engines: ['sqlite'], negated: true }]);
  });

  it('an unknown driver name stays an unknown condition', () => {
    const ops = operations(`if (DB::getDriverName() === 'oracle') {\n DB::statement('DROP TABLE legacy');\n}`);
    expect(ops[0]!.guards[0]!.kind).toBe('unknown');
  });
});
