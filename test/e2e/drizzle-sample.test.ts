/**
 * The committed Drizzle sample dumps (samples/drizzle-app/dumps, made by
 * `node scripts/make-drizzle-sample.mjs samples` with drizzle-orm's migrator and
 * the real dump tools) against the sample's migrations: no engine needed, so a
 * migration regenerated without the dumps, or a reader change that loses a
 * verdict, shows here.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, migstamp } from './engines.js';

const APP = join(REPO_ROOT, 'samples', 'drizzle-app');

function verdicts(engine: string, folder: string): { verdicts: [string, string, boolean][]; script: string } {
  const args = ['--framework', 'drizzle', '--dump', join(APP, 'dumps', `${engine}.sql`), '--migrations', join(APP, 'drizzle', folder), '-q'];
  const parsed = JSON.parse(migstamp(['status', ...args, '--json']).stdout) as { verdicts: { migration: string; verdict: string; stamp: boolean }[] };
  return { verdicts: parsed.verdicts.map((v) => [v.migration.slice(0, 4), v.verdict, v.stamp]), script: migstamp(['sql', ...args]).stdout };
}

/** history.txt: three deployments up to entry 20, rows of the first 12 kept; 0017 is a data-only backfill. */
describe.each([
  ['postgres', 'postgresql'],
  ['mysql', 'mysql'],
  ['sqlite', 'sqlite'],
])('samples/drizzle-app/dumps/%s.sql', (engine, folder) => {
  it('tracks 0000-0011, stamps 0012-0016, stops at the backfill, leaves 0020-0023 pending', () => {
    const { verdicts: got, script } = verdicts(engine, folder);
    const kinds = got.map(([idx, kind, stamp]) => `${idx} ${kind}${stamp ? ' +' : ''}`);
    expect(kinds.slice(0, 12).every((k) => k.endsWith('tracked'))).toBe(true);
    expect(kinds.slice(12, 18)).toEqual(['0012 applied +', '0013 applied +', '0014 applied +', '0015 applied +', '0016 applied +', '0017 unknown']);
    // On SQLite the rebuilt tasks table with its new default reads as unchanged (see the acceptance test).
    expect(kinds.slice(18)).toEqual(['0018 applied', engine === 'sqlite' ? '0019 unknown' : '0019 applied', '0020 pending', '0021 pending', '0022 pending', '0023 pending']);
    expect(script).toMatch(/^-- rows inserted: 5$/m);
  });
});
