/**
 * The committed dbmate sample dumps (samples/dbmate-app/dumps, made by
 * scripts/make-dbmate-samples.sh with the real dbmate and the real dump tools)
 * against the sample's migrations: no engine needed, so a migration edited without
 * regenerating the dumps, or a reader change that loses a verdict, shows here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DBMATE_APP, dbmateHistory } from './dbmate-engines.js';
import { migstamp } from './engines.js';

const { deployments, unapplied } = dbmateHistory();
const MIGRATIONS = [...deployments.flat(), ...unapplied];
/** Rows the restore kept: those of the first two deployments. */
const KEPT = deployments.slice(0, 2).flat();

function verdicts(dump: string): Map<string, string> {
  const result = migstamp(['status', '--framework', 'dbmate', '--dump', dump, '--migrations', join(DBMATE_APP, 'db', 'migrations'), '--json']);
  const parsed = JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string }[] };
  return new Map(parsed.verdicts.map((v) => [v.migration, v.verdict]));
}

describe.each(['pgsql', 'mysql', 'sqlite'])('samples/dbmate-app/dumps/%s', (engine) => {
  it('has 23 migrations, 20 of them run', () => {
    expect([MIGRATIONS.length, deployments.flat().length, KEPT.length]).toEqual([23, 20, 14]);
  });

  it('full.sql: every migration that ran is tracked, the three never run are pending', () => {
    const expected = new Map(MIGRATIONS.map((name) => [name, unapplied.includes(name) ? 'pending' : 'tracked']));
    expect(verdicts(join(DBMATE_APP, 'dumps', engine, 'full.sql'))).toEqual(expected);
  });

  it('restored.sql: the third deployment, whose rows were lost, is applied; the never-run stay pending', () => {
    const expected = new Map(MIGRATIONS.map((name) => [name, KEPT.includes(name) ? 'tracked' : unapplied.includes(name) ? 'pending' : 'applied']));
    expect(verdicts(join(DBMATE_APP, 'dumps', engine, 'restored.sql'))).toEqual(expected);
  });
});
