import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { runOptions } from '../support/run-options.js';

// Golden files for the bundled sample on every engine: the status table, JSON
// report, stamp script and diff, side by side under test/golden/<engine>/.
// Update them only on purpose (`npx vitest run -u`) and review the change in the diff.
const base = runOptions({ command: 'status', dump: 'samples/pgsql/restored.sql' });

describe.each(['pgsql', 'mysql', 'sqlite'])('golden output on samples/%s/restored.sql', (engine) => {
  const dump = `samples/${engine}/restored.sql`;

  it('status', async () => {
    const result = await run({ ...base, dump });
    expect(result.exitCode).toBe(1);
    await expect(result.stdout).toMatchFileSnapshot(`${engine}/restored.status.txt`);
  });

  it('status --json', async () => {
    const result = await run({ ...base, dump, json: true });
    await expect(result.stdout).toMatchFileSnapshot(`${engine}/restored.status.json`);
  });

  it('sql, byte-for-byte deterministic', async () => {
    const first = await run({ ...base, dump, command: 'sql' });
    const second = await run({ ...base, dump, command: 'sql' });
    expect(second.stdout).toBe(first.stdout);
    await expect(first.stdout).toMatchFileSnapshot(`${engine}/restored.stamp.sql`);
  });

  it('the three genuinely unapplied migrations are never stamped', async () => {
    const script = (await run({ ...base, dump, command: 'sql' })).stdout;
    for (const name of ['2025_11_02_000000_add_archived_at_to_sprints_table', '2025_11_10_000000_create_webhook_subscriptions_table', '2025_11_18_000000_add_cost_columns_to_agent_runs_table']) {
      expect(script).not.toContain(`'${name}'`);
    }
  });

  it('full.sql: everything tracked, nothing to stamp', async () => {
    const result = await run({ ...base, dump: `samples/${engine}/full.sql`, command: 'sql' });
    expect(result.exitCode).toBe(0);
    await expect(result.stdout).toMatchFileSnapshot(`${engine}/full.stamp.sql`);
  });
});

describe('golden output on the PostgreSQL variants', () => {
  it('diff on restored.sql is empty: nothing partial or drifted', async () => {
    const result = await run({ ...base, command: 'diff' });
    expect(result.stdout).toBe('');
  });

  it('gzip-compressed: the same verdicts and rows as the plain file', async () => {
    const plain = await run({ ...base, command: 'sql' });
    const gzip = await run({ ...base, command: 'sql', dump: 'samples/pgsql/restored.sql.gz' });
    const body = (script: string) => script.split('\n').filter((line) => !line.startsWith('-- dump') && !line.includes('sha256:')).join('\n');
    expect(body(gzip.stdout)).toBe(body(plain.stdout));
  });

  it('damaged.sql: a partial migration and a drifted column, in status and diff', async () => {
    const status = await run({ ...base, dump: 'samples/pgsql/damaged.sql' });
    await expect(status.stdout).toMatchFileSnapshot('pgsql/damaged.status.txt');
    const diff = await run({ ...base, dump: 'samples/pgsql/damaged.sql', command: 'diff' });
    await expect(diff.stdout).toMatchFileSnapshot('pgsql/damaged.diff');
  });
});
