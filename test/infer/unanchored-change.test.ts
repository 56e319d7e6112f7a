import { describe, expect, it } from 'vitest';
import { infer } from '../../src/infer/index.js';
import { dumpColumn, migration, op, snapshot, testDialect } from '../support/builders.js';

/*
 * A change to a column that no readable migration made (outline: a createTable
 * with a column type migstamp cannot read, so the whole call is opaque, then
 * `changeColumn(teamId, uuid NOT NULL)` restating it). The column may have been
 * made as the change leaves it: its definition is no evidence that the change ran.
 */

const noOptions = { assumeApplied: new Set<string>(), upTo: null, connection: null };

describe('a change to a column no readable migration made', () => {
  it.each([
    ['made by an opaque call', [op.opaque()]],
    ['made by a migration not given', []],
  ])('%s: its definition proves nothing, so the change is never applied on it', (_what, made) => {
    const migrations = [
      migration('m1', [op.create('subscriptions', ['id']), ...made]),
      migration('m2', [op.changeColumn('subscriptions', 'team_id', { nullable: false })]),
    ];
    const dump = snapshot({ subscriptions: { columns: ['id', dumpColumn('team_id', 'uuid', { nullable: false })] } });
    const verdict = infer(migrations, dump, testDialect, noOptions).verdicts[1]!;
    expect(verdict.stamp).toBe(false);
    expect(verdict.evidence.map((evidence) => [evidence.code, evidence.status])).toContainEqual(['E-SAME-AS-BEFORE', 'note']);
  });

  it('a change to a column a readable migration made still counts when the dump shows the change', () => {
    const migrations = [
      migration('m1', [op.create('subscriptions', ['id']), op.addColumn('subscriptions', 'team_id', { nullable: true })]),
      migration('m2', [op.changeColumn('subscriptions', 'team_id', { nullable: false })]),
    ];
    const dump = snapshot({ subscriptions: { columns: ['id', dumpColumn('team_id', 'character varying(255)', { nullable: false })] } });
    expect(infer(migrations, dump, testDialect, noOptions).verdicts[1]!.kind).toBe('applied');
  });
});
