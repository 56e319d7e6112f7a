import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { ColumnSnapshot, Dialect, VerdictKind } from '../../src/model/index.js';
import { dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * pixelfed's snowflake ids: `bigIncrements('id')`, later `bigInteger('id')->unsigned()->change()`.
 * The change restates the column without a counter, so the dump shows whether it ran:
 * a counter (a serial's nextval default, MySQL's AUTO_INCREMENT) means it did not. SQLite's
 * dump does not say, and a change that does not state autoIncrement (`string('id', 36)`,
 * which Laravel 8-10 leave counting) proves nothing either way.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const bigint = { kind: 'integer', bytes: 8, unsigned: true } as const;
const mysql: Dialect = { ...testDialect, name: 'mysql' };
const sqlite: Dialect = { ...testDialect, name: 'sqlite' };
const serial = { default: "nextval('statuses_id_seq'::regclass)" };

const cases: { name: string; dialect: Dialect; restates: boolean | null; id: Partial<ColumnSnapshot>; expected: VerdictKind }[] = [
  { name: 'PostgreSQL, the serial default gone: applied', dialect: testDialect, restates: false, id: {}, expected: 'applied' },
  { name: 'PostgreSQL, the serial default still there: pending', dialect: testDialect, restates: false, id: serial, expected: 'pending' },
  { name: 'PostgreSQL, an identity column still there: pending', dialect: testDialect, restates: false, id: { identity: 'by-default' }, expected: 'pending' },
  { name: 'MySQL, AUTO_INCREMENT gone: applied', dialect: mysql, restates: false, id: {}, expected: 'applied' },
  { name: 'MySQL, AUTO_INCREMENT still there: pending', dialect: mysql, restates: false, id: { identity: 'by-default' }, expected: 'pending' },
  { name: 'SQLite: the dump does not show counters', dialect: sqlite, restates: false, id: {}, expected: 'unknown' },
  { name: 'a change that does not state autoIncrement proves nothing', dialect: testDialect, restates: null, id: {}, expected: 'unknown' },
  { name: 'a change that keeps the counter, which is there: as before', dialect: mysql, restates: true, id: { identity: 'by-default' }, expected: 'unknown' },
];

describe('a change that takes the counter off an auto-increment column', () => {
  it.each(cases)('$name', ({ dialect, restates, id, expected }) => {
    const migrations = [
      migration('m1', [op.create('statuses', []), op.addColumn('statuses', 'id', { type: bigint, autoIncrement: true })]),
      migration('m2', [op.changeColumn('statuses', 'id', { type: bigint, autoIncrement: restates })]),
    ];
    const dump = snapshot({ statuses: { columns: [dumpColumn('id', 'bigint', id)] } });
    expect(infer(migrations, dump, dialect, noOptions).verdicts[1]!.kind).toBe(expected);
  });
});
