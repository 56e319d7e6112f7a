import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import type { ColumnSpec, VerdictKind } from '../../src/model/index.js';
import { dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * `->default(x)->change()` (pixelfed: "add default value to admin_invites"). Laravel
 * gives a column no default unless told, so a dump with the change's default shows
 * the change ran, when the column was made without one. A timestamp made without a
 * default may have got one from MySQL/MariaDB itself, so it proves nothing there.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };
const timestamp: ColumnSpec['type'] = { kind: 'timestamp', precision: 0, timezone: false };

const cases: { name: string; made: Partial<ColumnSpec>; sets: NonNullable<ColumnSpec['default']>; dumped: string | null; expected: VerdictKind }[] = [
  { name: 'made without a default, the dump has the new one: applied', made: {}, sets: { kind: 'literal', value: 'open' }, dumped: 'open', expected: 'applied' },
  { name: 'made without a default, none in the dump: pending', made: {}, sets: { kind: 'literal', value: 'open' }, dumped: null, expected: 'pending' },
  { name: 'made with another default, the dump has the new one: applied', made: { default: { kind: 'literal', value: 'new' } }, sets: { kind: 'literal', value: 'open' }, dumped: 'open', expected: 'applied' },
  { name: 'made with the same default: the dump looks the same either way', made: { default: { kind: 'literal', value: 'open' } }, sets: { kind: 'literal', value: 'open' }, dumped: 'open', expected: 'unknown' },
  { name: 'a timestamp made without a default: the engine may have given it one', made: { type: timestamp }, sets: { kind: 'expression', sql: 'CURRENT_TIMESTAMP' }, dumped: 'CURRENT_TIMESTAMP', expected: 'unknown' },
];

describe('a change that sets a default', () => {
  it.each(cases)('$name', ({ made, sets, dumped, expected }) => {
    const migrations = [
      migration('m1', [op.create('invites', ['id']), op.addColumn('invites', 'state', { nullable: true, ...made })]),
      migration('m2', [op.changeColumn('invites', 'state', { default: sets })]),
    ];
    const type = made.type?.kind === 'timestamp' ? 'timestamp' : 'character varying(255)';
    const dump = snapshot({ invites: { columns: ['id', dumpColumn('state', type, { nullable: true, default: dumped })] } });
    expect(infer(migrations, dump, testDialect, noOptions).verdicts[1]!.kind).toBe(expected);
  });
});
