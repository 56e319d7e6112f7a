/**
 * The committed golang-migrate sample dumps (samples/golang-migrate-app/dumps, made
 * by scripts/make-golang-migrate-samples.sh with the real engines and dump tools and
 * golang-migrate's runner emulated from its source) against the sample's migrations:
 * no engine needed, so a migration edited without regenerating the dumps, or a reader
 * change that loses a verdict, shows here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migstamp } from './engines.js';
import { GOLANG_MIGRATE_APP, gmHistory } from './golang-migrate-engines.js';

const { deployments, unapplied } = gmHistory();
const MIGRATIONS = [...deployments.flat(), ...unapplied];
/** What the restored row (the newest version of deployment 2) stands for. */
const KEPT = deployments.slice(0, 2).flat();
const args = (dump: string) => ['--framework', 'golang-migrate', '--dump', dump, '--migrations', join(GOLANG_MIGRATE_APP, 'db', 'migrations')];

function verdicts(dump: string): Map<string, string> {
  const result = migstamp(['status', ...args(dump), '--json']);
  const parsed = JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string }[] };
  return new Map(parsed.verdicts.map((v) => [v.migration, v.verdict]));
}

describe.each(['pgsql', 'mysql', 'sqlite'])('samples/golang-migrate-app/dumps/%s', (engine) => {
  const dump = (file: string) => join(GOLANG_MIGRATE_APP, 'dumps', engine, file);

  it('has 24 migrations, 21 of them run', () => {
    expect([MIGRATIONS.length, deployments.flat().length, KEPT.length]).toEqual([24, 21, 14]);
  });

  it('full.sql: the row stands for every migration that ran; the three never run are pending', () => {
    expect(verdicts(dump('full.sql'))).toEqual(new Map(MIGRATIONS.map((name) => [name, unapplied.includes(name) ? 'pending' : 'tracked'])));
  });

  it('restored.sql: the third deployment, above the restored row, is applied, and one row records it', () => {
    expect(verdicts(dump('restored.sql'))).toEqual(new Map(MIGRATIONS.map((name) => [name, KEPT.includes(name) ? 'tracked' : unapplied.includes(name) ? 'pending' : 'applied'])));
    const script = migstamp(['sql', ...args(dump('restored.sql'))]).stdout;
    expect(script).toContain('-- rows inserted: 1');
    expect(script.match(/^INSERT INTO \S*schema_migrations\S* \(\S+version\S+, \S+dirty\S+\)$/gm)).toHaveLength(1);
    expect(script).toMatch(/^SELECT 20240311090000, (FALSE|0)( FROM DUAL)?$/m);
  });
});
