/**
 * Guarantees of the process itself, checked on bin/migstamp:
 * - it opens no network connection and starts no process (run with
 *   support/deny-io.mjs preloaded, which makes every such call throw and logs it);
 * - `-o` output is atomic (temporary file + rename): a replaced script is a new
 *   file, never the old one rewritten in place, and no temporary file is left;
 * - a run interrupted by SIGINT leaves neither a partial script nor a temporary file.
 */
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, linkSync, mkdtempSync, openSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SAMPLE_DUMP, SAMPLE_MIGRATIONS } from '../bad-input/cases.js';
import { migstampAvailable } from '../e2e/engines.js';
import { crashSigns, runCli } from './support/spawn-cli.js';

const DENY_IO = new URL('support/deny-io.mjs', import.meta.url).href;
const dir = mkdtempSync(join(tmpdir(), 'migstamp-guarantees-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!migstampAvailable())('no network, no child processes', () => {
  const log = join(dir, 'denied.log');
  const denyEnv = { MIGSTAMP_TEST_DENIED_LOG: log };

  it('the preload really denies (CommonJS require and ESM import alike)', () => {
    for (const code of [
      "require('node:child_process').execSync('true')",
      "import('node:child_process').then((m) => m.spawnSync('true'))",
      "require('node:net').connect(5432, '127.0.0.1')",
      "require('node:dns').lookup('example.com', () => {})",
      "new (require('node:worker_threads').Worker)('1')",
    ]) {
      rmSync(log, { force: true });
      const result = spawnSync(process.execPath, [`--import=${DENY_IO}`, '-e', code], { env: { ...process.env, ...denyEnv }, encoding: 'utf8' });
      expect(result.status, code).not.toBe(0);
      expect(readFileSync(log, 'utf8'), code).not.toBe('');
    }
  });

  // Exit codes: status 1 (rows to stamp), sql 0 (the script was written), diff 0 (no differences).
  for (const [args, code] of [
    [['status', '--json'], 1],
    [['sql'], 0],
    [['diff'], 0],
    [['sql', '--dump-gz'], 0],
  ] as const) {
    it(`migstamp ${args.join(' ')} works the same with them all denied`, async () => {
      rmSync(log, { force: true });
      const dump = (args as readonly string[]).includes('--dump-gz') ? `${SAMPLE_DUMP}.gz` : SAMPLE_DUMP;
      const argv = [...args.filter((a) => a !== '--dump-gz'), '-d', dump, '-m', SAMPLE_MIGRATIONS];
      const normal = await runCli(argv);
      const denied = await runCli(argv, { preload: [DENY_IO], env: denyEnv });
      expect(crashSigns(denied.stderr)).toEqual([]);
      expect(denied.code, denied.stderr).toBe(code);
      expect(denied.stdout).toBe(normal.stdout);
      expect(existsSync(log) ? readFileSync(log, 'utf8') : '').toBe('');
    });
  }
});

describe.skipIf(!migstampAvailable())('the output file', () => {
  it('--force replaces the script with a new file (rename), never rewriting the old one in place', async () => {
    const out = join(dir, 'stamp.sql');
    writeFileSync(out, 'old script\n');
    linkSync(out, join(dir, 'old-link.sql'));
    const before = statSync(out).ino;
    const result = await runCli(['sql', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '-o', out, '--force']);
    expect(result.code, result.stderr).toBe(0);
    expect(statSync(out).ino).not.toBe(before);
    expect(readFileSync(join(dir, 'old-link.sql'), 'utf8')).toBe('old script\n');
    expect(readFileSync(out, 'utf8')).toBe((await runCli(['sql', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS])).stdout);
    expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('SIGINT while a large plain dump is being read stops the run', { timeout: 60_000 }, async () => {
    // The sample with 32 GB of COPY data after the first COPY line: a sparse file (no disk
    // used) whose rows are zero bytes, read in 1 MB chunks for many seconds.
    const sample = readFileSync(SAMPLE_DUMP);
    const copy = sample.indexOf('COPY public.agent_logs');
    const data = sample.indexOf('\n', copy) + 1;
    const huge = join(dir, 'huge.sql');
    const fd = openSync(huge, 'w');
    writeSync(fd, sample, 0, data, 0);
    writeSync(fd, Buffer.from('\n'), 0, 1, data + 32 * 1024 ** 3);
    writeSync(fd, sample, data, sample.length - data, data + 32 * 1024 ** 3 + 1);
    closeSync(fd);
    const started = Date.now();
    const result = await runCli(['status', '-d', huge, '-m', SAMPLE_MIGRATIONS], { onSpawn: (child) => setTimeout(() => child.kill('SIGINT'), 1000) });
    rmSync(huge);
    expect(result.code, result.stderr).toBe(130);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('SIGINT at any moment leaves no partial script and no temporary file', { timeout: 240_000 }, async () => {
    // A dump that takes a couple of seconds to read: the sample plus 50,000 tables.
    const big = join(dir, 'big.sql');
    const tables: string[] = [];
    for (let n = 0; n < 50_000; n++) tables.push(`CREATE TABLE public.t${n} (id bigint NOT NULL);\nALTER TABLE ONLY public.t${n} ADD CONSTRAINT t${n}_pkey PRIMARY KEY (id);\n`);
    writeFileSync(big, readFileSync(SAMPLE_DUMP, 'utf8') + tables.join(''));
    const outcomes: string[] = [];
    for (const delay of [150, 400, 800, 1200, 1600, 2000, 2500, 3000]) {
      const work = mkdtempSync(join(dir, 'sigint-'));
      const out = join(work, 'stamp.sql');
      const result = await runCli(['sql', '-d', big, '-m', SAMPLE_MIGRATIONS, '-o', out], {
        onSpawn: (child) => setTimeout(() => child.kill('SIGINT'), delay),
      });
      const left = readdirSync(work);
      if (result.code === 0) {
        // Finished before the signal: the script is complete.
        expect(readFileSync(out, 'utf8')).toMatch(/\nCOMMIT;\n$/);
        expect(left).toEqual(['stamp.sql']);
        outcomes.push(`${delay} ms: finished`);
      } else {
        expect(result.code === 130 || result.signal === 'SIGINT', `${delay} ms: exit ${result.code} ${result.signal}\n${result.stderr}`).toBe(true);
        expect(crashSigns(result.stderr)).toEqual([]);
        // The signal may land after the rename and before the exit: the script is
        // then complete. Never a partial script, never a temporary file.
        if (left.length > 0) {
          expect(left, `${delay} ms`).toEqual(['stamp.sql']);
          expect(readFileSync(out, 'utf8'), `${delay} ms`).toMatch(/\nCOMMIT;\n$/);
        }
        outcomes.push(`${delay} ms: interrupted`);
      }
    }
    expect(outcomes.filter((o) => o.endsWith('interrupted')).length, outcomes.join(', ')).toBeGreaterThan(0);
  });
});
