/**
 * The committed Prisma sample dumps (samples/prisma-app/dumps, made by
 * scripts/make-prisma-samples.sh: Prisma's schema engine on PostgreSQL and SQLite, the
 * mariadb client with rows as the engine writes them on MariaDB, and the real dump
 * tools) against the sample's migrations: no engine needed, so a migration edited
 * without regenerating the dumps, or a reader change that loses a verdict, shows here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MIGSTAMP_BIN, migstamp, REPO_ROOT, run as runProcess } from './engines.js';

const APP = join(REPO_ROOT, 'samples', 'prisma-app');
const lines = readFileSync(join(APP, 'history.txt'), 'utf8').split('\n').filter((line) => line.trim() !== '' && !line.startsWith('#')).map((line) => line.split(/\s+/) as [string, string]);
const namesOf = (key: (tag: string) => boolean): string[] => lines.filter(([tag]) => key(tag)).map(([, name]) => name);
const DEPLOYED = namesOf((tag) => /^\d+$/.test(tag));
const KEPT = namesOf((tag) => tag === '1' || tag === '2');
const FAILED = namesOf((tag) => tag === 'failed')[0]!;
const UNAPPLIED = namesOf((tag) => tag === 'unapplied');
const ALL = [...DEPLOYED, FAILED, ...UNAPPLIED];
const BACKFILL = '20240419110000_backfill_post_status';

const ENGINES = [
  // SQLite rebuilds Post to add and drop its columns (RedefineTables), so the dump cannot tell those two migrations' effects from earlier ones'.
  { dumps: 'pgsql', provider: 'postgresql', unknownAfterRestore: [BACKFILL] },
  { dumps: 'mysql', provider: 'mysql', unknownAfterRestore: [BACKFILL] },
  { dumps: 'sqlite', provider: 'sqlite', unknownAfterRestore: ['20240412093000_add_post_status', BACKFILL, '20240426090000_drop_post_published'] },
] as const;

function run(args: string[]): { stdout: string; stderr: string; code: number } {
  return migstamp(args);
}

describe.each(ENGINES)('samples/prisma-app/dumps/$dumps', ({ dumps, provider, unknownAfterRestore }) => {
  const migrations = join(APP, 'prisma', provider, 'migrations');
  const verdicts = (dump: string): { verdicts: Map<string, string>; stderr: string } => {
    const result = run(['status', '--dump', join(APP, 'dumps', dumps, dump), '--migrations', migrations, '--json']);
    const parsed = JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string }[] };
    return { verdicts: new Map(parsed.verdicts.map((v) => [v.migration, v.verdict])), stderr: result.stderr };
  };

  it('has 24 migrations, 21 deployed in three runs, the 22nd failed, two never run', () => {
    expect([ALL.length, DEPLOYED.length, KEPT.length, UNAPPLIED.length]).toEqual([24, 21, 14, 2]);
  });

  it('full.sql: every deployed migration is tracked, the rest pending', () => {
    expect(verdicts('full.sql').verdicts).toEqual(new Map(ALL.map((name) => [name, DEPLOYED.includes(name) ? 'tracked' : 'pending'])));
  });

  it('restored.sql: the third deployment, whose rows were lost, is applied where the dump shows it, unknown where it cannot', () => {
    const expected = new Map(ALL.map((name) => [name, KEPT.includes(name) ? 'tracked' : !DEPLOYED.includes(name) ? 'pending' : (unknownAfterRestore as readonly string[]).includes(name) ? 'unknown' : 'applied']));
    expect(verdicts('restored.sql').verdicts).toEqual(expected);
  });

  it('failed.sql: the failed migration kept its first statement, so it is partial, warned and never stamped', () => {
    const { verdicts: found, stderr } = verdicts('failed.sql');
    expect(found).toEqual(new Map(ALL.map((name) => [name, DEPLOYED.includes(name) ? 'tracked' : name === FAILED ? 'partial' : 'pending'])));
    expect(stderr).toContain(`unfinished attempt of ${FAILED}`);
    const script = run(['sql', '--dump', join(APP, 'dumps', dumps, 'failed.sql'), '--migrations', migrations]);
    expect(script.stdout).not.toContain(`'${FAILED}'`);
  });

  it('the status table names no batch: Prisma rows have none', () => {
    // Wide enough for the table's Reason column, where a batch would show.
    const table = runProcess(process.execPath, [MIGSTAMP_BIN, 'status', '--dump', join(APP, 'dumps', dumps, 'restored.sql'), '--migrations', migrations], { env: { NO_COLOR: '1', COLUMNS: '200' } });
    expect(table.stdout).not.toMatch(/batch 0/);
    expect(table.stdout).toMatch(/^20240105093000_init +tracked +yes +a tracking row$/m);
  });
});
