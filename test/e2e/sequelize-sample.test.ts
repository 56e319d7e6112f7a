/**
 * The committed Sequelize sample dumps (samples/sequelize-app/dumps, made by
 * scripts/make-sequelize-samples.sh with sequelize-cli and the real dump tools)
 * against the sample's migrations: no engine needed, so a migration edited without
 * regenerating the dumps, or a reader change that loses a verdict, shows here.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, migstamp } from './engines.js';

const APP = join(REPO_ROOT, 'samples', 'sequelize-app');
const MIGRATIONS = readdirSync(join(APP, 'migrations')).sort();

/** What sequelize-cli ran: three deployments up to 20240124000000; the two newest never ran. */
const RAN = MIGRATIONS.filter((name) => name < '20240125');
/** Rows the restore kept. */
const KEPT = MIGRATIONS.filter((name) => name < '20240107');
/** Ran, but the dump cannot show it: a table created and dropped again. */
const NO_TRACE = ['20240108000000-create-imports.js', '20240109000000-drop-imports.js'];

function verdicts(dump: string): Map<string, string> {
  const result = migstamp(['status', '--framework', 'sequelize', '--dump', dump, '--migrations', join(APP, 'migrations'), '--json']);
  const parsed = JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string }[] };
  return new Map(parsed.verdicts.map((v) => [v.migration, v.verdict]));
}

describe.each(['postgres', 'mysql', 'sqlite'])('samples/sequelize-app/dumps/%s', (engine) => {
  it('has 26 migrations, 24 of them run', () => {
    expect([MIGRATIONS.length, RAN.length, KEPT.length]).toEqual([26, 24, 6]);
  });

  it('full.sql: every migration that ran is tracked, the two never run are pending', () => {
    const expected = new Map(MIGRATIONS.map((name) => [name, RAN.includes(name) ? 'tracked' : 'pending']));
    expect(verdicts(join(APP, 'dumps', engine, 'full.sql'))).toEqual(expected);
  });

  it('restored.sql: the lost rows whose effects are there are applied; the create-then-drop pair and the never-run stay pending', () => {
    const expected = new Map(
      MIGRATIONS.map((name) => [name, KEPT.includes(name) ? 'tracked' : NO_TRACE.includes(name) || !RAN.includes(name) ? 'pending' : 'applied']),
    );
    expect(verdicts(join(APP, 'dumps', engine, 'restored.sql'))).toEqual(expected);
  });
});
