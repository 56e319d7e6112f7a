/**
 * A fleet of tenant dumps in one run (issue 13): the migrations are read once,
 * each dump is judged on its own in a worker thread, one line per dump, the
 * worst exit code, one script per dump; a bad dump does not stop the others.
 */
import { closeSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { scriptName } from '../../src/cli/fleet.js';
import { REPO_ROOT } from '../e2e/engines.js';
import { runCli } from '../guarantees/support/spawn-cli.js';

const MIGRATIONS = join(REPO_ROOT, 'samples/laravel-app/database/migrations');
const SUMMARY_RESTORED = '19 tracked, 18 applied, 3 pending, 1 unknown; 18 to stamp';
let dir = '';

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'migstamp-fleet-'));
  mkdirSync(join(dir, 'tenants'));
  for (const name of ['acme', 'globex', 'initech']) copyFileSync(join(REPO_ROOT, 'samples/pgsql/restored.sql'), join(dir, 'tenants', `${name}.sql`));
  copyFileSync(join(REPO_ROOT, 'samples/mysql/full.sql'), join(dir, 'tenants', 'umbrella.sql'));
  copyFileSync(join(REPO_ROOT, 'samples/pgsql/restored.sql.gz'), join(dir, 'tenants', 'wayne.sql.gz'));
  writeFileSync(join(dir, 'broken.sql'), 'this is not a dump\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => runCli(args, { cwd: dir });

describe('status over a fleet', () => {
  it('prints one line per dump, in order, and exits with the worst', async () => {
    const result = await cli(['status', '-d', 'tenants/*', '-d', 'broken.sql', '-m', MIGRATIONS, '-q']);
    expect(result.stdout.split('\n').filter((line) => line !== '')).toEqual([
      `tenants/acme.sql: ${SUMMARY_RESTORED}`,
      `tenants/globex.sql: ${SUMMARY_RESTORED}`,
      `tenants/initech.sql: ${SUMMARY_RESTORED}`,
      'tenants/umbrella.sql: 38 tracked, 3 pending; 0 to stamp',
      `tenants/wayne.sql.gz: ${SUMMARY_RESTORED}`,
      'broken.sql: error: broken.sql does not look like a dump migstamp can read (first line: "this is not a dump")',
    ]);
    expect(result.code).toBe(2);
  });

  it('takes dumps of one name from several folders: only sql writes files named after them', async () => {
    mkdirSync(join(dir, 'other'), { recursive: true });
    copyFileSync(join(REPO_ROOT, 'samples/mysql/full.sql'), join(dir, 'other', 'umbrella.sql'));
    const result = await cli(['status', '-d', 'tenants/umbrella.sql', '-d', 'other/umbrella.sql', '-m', MIGRATIONS, '-q']);
    expect(result.stdout).toBe('tenants/umbrella.sql: 38 tracked, 3 pending; 0 to stamp\nother/umbrella.sql: 38 tracked, 3 pending; 0 to stamp\n');
    expect(result.code).toBe(0);
  });

  it.each([
    [['tenants/umbrella.sql', 'tenants/umbrella.sql'], 0],
    [['tenants/umbrella.sql', 'tenants/acme.sql'], 1],
  ])('exit code for %j: %i', async (dumps, code) => {
    const result = await cli(['status', ...dumps.flatMap((dump) => ['-d', dump]), '-m', MIGRATIONS, '-q']);
    expect(result.code, result.stderr).toBe(code);
  });
});

describe('sql over a fleet', () => {
  it('writes one script per dump, each the script of a single run, and the summary', async () => {
    const out = join(dir, 'scripts');
    const result = await cli(['sql', '-d', 'tenants/*', '-m', MIGRATIONS, '-o', out, '-q']);
    expect(result.code, result.stderr).toBe(0);
    for (const name of ['acme', 'umbrella']) {
      const single = await cli(['sql', '-d', `tenants/${name}.sql`, '-m', MIGRATIONS, '-q']);
      expect(readFileSync(join(out, `${name}.stamp.sql`), 'utf8')).toBe(single.stdout);
    }
    expect(existsSync(join(out, 'wayne.stamp.sql'))).toBe(true);
    expect(readFileSync(join(out, 'summary.txt'), 'utf8')).toBe(result.stdout);
    // Run again: nothing is replaced without --force, and that is said before anything is read.
    const again = await cli(['sql', '-d', 'tenants/*', '-m', MIGRATIONS, '-o', out]);
    expect(again.code).toBe(2);
    expect(again.stderr).toMatch(/^migstamp: the output file .*acme\.stamp\.sql already exists/);
    expect((await cli(['sql', '-d', 'tenants/*', '-m', MIGRATIONS, '-o', out, '--force', '-q'])).code).toBe(0);
  });
});

describe('refusals', () => {
  it.each([
    [['sql', '-d', 'tenants/*'], 'migstamp: with several dumps, give -o DIR: one script per dump is written there'],
    [['report', '-d', 'tenants/*'], 'migstamp: report takes one dump; give --dump once'],
    [['diff', '-d', 'tenants/*'], 'migstamp: diff takes one dump; give --dump once'],
    [['status', '-d', 'nowhere/*.sql'], 'migstamp: --dump nowhere/*.sql matches no file'],
    [['status', '-d', '-', '-d', 'broken.sql'], 'migstamp: standard input (--dump -) can only be the one dump of a run'],
    [['sql', '-d', 'tenants/acme.sql', '-d', 'elsewhere/acme.sql', '-o', 'x'], 'migstamp: two dumps would both be written to acme.stamp.sql; give dumps with different names'],
  ])('%j', async (args, message) => {
    const result = await cli([...args, '-m', MIGRATIONS]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim()).toBe(message);
  });
});

describe('a dump that needs more memory than a worker has', () => {
  it('is one line of the fleet, and the dumps after it are judged', async () => {
    // The sample with 3 million made-up tracking rows (215 MB): every tracking row is kept, so this outgrows a worker's heap.
    const sample = readFileSync(join(REPO_ROOT, 'samples/pgsql/restored.sql'), 'utf8');
    const copy = 'COPY public.migrations (id, migration, batch) FROM stdin;\n';
    const at = sample.indexOf(copy) + copy.length;
    const fd = openSync(join(dir, 'huge.sql'), 'w');
    writeSync(fd, sample.slice(0, at));
    for (let block = 0; block < 30; block++) {
      const rows: string[] = [];
      for (let k = block * 100_000; k < (block + 1) * 100_000; k++) rows.push(`${100_000 + k}\t2099_01_01_${String(k).padStart(6, '0')}_made_up_migration_with_a_long_name_${k}\t${(k % 50) + 2}\n`);
      writeSync(fd, rows.join(''));
    }
    writeSync(fd, sample.slice(at));
    closeSync(fd);
    const result = await cli(['status', '-d', 'tenants/acme.sql', '-d', 'huge.sql', '-d', 'tenants/globex.sql', '-m', MIGRATIONS, '-q']);
    expect(result.stdout).toBe(
      [
        `tenants/acme.sql: ${SUMMARY_RESTORED}`,
        'huge.sql: error: judging it needs more than the 256 MB of memory a worker has; judge it in a run of its own, which has no such bound',
        `tenants/globex.sql: ${SUMMARY_RESTORED}`,
        '',
      ].join('\n'),
    );
    expect(result.code).toBe(2);
  }, 60_000);
});

describe('a fleet whose migrations cannot be read', () => {
  it('says so in one sentence and stops the workers it had started', async () => {
    const result = await cli(['status', '-d', 'tenants/*', '-m', join(dir, 'no-migrations')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(`migstamp: the migrations folder ${join(dir, 'no-migrations')} does not exist\n`);
    expect(result.stdout).toBe('');
  });
});

describe('scriptName', () => {
  it.each([
    ['tenant_07.sql.gz', 'tenant_07.stamp.sql'],
    ['backups/acme.dump', 'acme.stamp.sql'],
    ['backups/acme.tar', 'acme.stamp.sql'],
    ['backups/acme.dir/', 'acme.dir.stamp.sql'],
    ['acme', 'acme.stamp.sql'],
    ['.sql', 'dump.stamp.sql'],
  ])('%s → %s', (dump, name) => {
    expect(scriptName(dump)).toBe(name);
  });
});
