import { describe, expect, it } from 'vitest';
import { type RunOptions, run } from '../../src/cli/run.js';

// Golden files for the bundled sample: the status table, JSON report, stamp
// script and diff. Update them only on purpose (`npx vitest run -u`) and
// review the change in the diff.
const base: RunOptions = {
  command: 'status',
  dump: 'samples/pgsql/restored.sql',
  migrations: ['samples/laravel-app/database/migrations'],
  framework: 'laravel',
  schema: null,
  table: null,
  prefix: '',
  connection: null,
  assumeApplied: [],
  upTo: null,
  batch: null,
  json: false,
  check: false,
  output: null,
  force: false,
  colour: false,
  quiet: true,
  maxRows: 10000,
  toolVersion: '0.0.0-test',
};

describe('golden output on samples/pgsql/restored.sql', () => {
  it('status', async () => {
    const result = await run(base);
    expect(result.exitCode).toBe(1);
    await expect(result.stdout).toMatchFileSnapshot('pgsql/restored.status.txt');
  });

  it('status --json', async () => {
    const result = await run({ ...base, json: true });
    await expect(result.stdout).toMatchFileSnapshot('pgsql/restored.status.json');
  });

  it('sql', async () => {
    const result = await run({ ...base, command: 'sql' });
    await expect(result.stdout).toMatchFileSnapshot('pgsql/restored.stamp.sql');
  });

  it('sql is byte-for-byte deterministic', async () => {
    const first = await run({ ...base, command: 'sql' });
    const second = await run({ ...base, command: 'sql' });
    expect(second.stdout).toBe(first.stdout);
  });

  it('diff', async () => {
    const result = await run({ ...base, command: 'diff' });
    await expect(result.stdout).toMatchFileSnapshot('pgsql/restored.diff');
  });

  it('gzip-compressed: the same verdicts and rows as the plain file', async () => {
    const plain = await run({ ...base, command: 'sql' });
    const gzip = await run({ ...base, command: 'sql', dump: 'samples/pgsql/restored.sql.gz' });
    const body = (script: string) => script.split('\n').filter((line) => !line.startsWith('-- dump:')).join('\n');
    expect(body(gzip.stdout)).toBe(body(plain.stdout));
  });

  it('damaged.sql: a partial migration and a drifted column, in status and diff', async () => {
    const status = await run({ ...base, dump: 'samples/pgsql/damaged.sql' });
    await expect(status.stdout).toMatchFileSnapshot('pgsql/damaged.status.txt');
    const diff = await run({ ...base, dump: 'samples/pgsql/damaged.sql', command: 'diff' });
    await expect(diff.stdout).toMatchFileSnapshot('pgsql/damaged.diff');
  });

  it('full.sql: everything tracked, nothing to stamp', async () => {
    const result = await run({ ...base, dump: 'samples/pgsql/full.sql', command: 'sql' });
    await expect(result.stdout).toMatchFileSnapshot('pgsql/full.stamp.sql');
  });
});
