/**
 * Exit codes that fit a pipeline (README, "Exit codes"): `sql` exits 0 once it
 * wrote the script, with rows or without; `diff` follows diff(1); `status` says
 * 1 for "attention", and `status --check --json` answers in JSON. 2 is bad
 * input or usage for every command (test/bad-input).
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { migstampAvailable } from '../e2e/engines.js';
import { runCli } from '../guarantees/support/spawn-cli.js';
import { runOptions } from '../support/run-options.js';

const restored = runOptions({ command: 'status', dump: 'samples/pgsql/restored.sql' });
const full = { ...restored, dump: 'samples/pgsql/full.sql' };
const damaged = { ...restored, dump: 'samples/pgsql/damaged.sql' };

describe('exit codes', () => {
  it.each([
    ['status, rows to stamp: 1', restored, 1],
    ['status, nothing to do: 0', full, 0],
    ['sql, rows written: 0', { ...restored, command: 'sql' as const }, 0],
    ['sql, nothing to stamp: 0', { ...full, command: 'sql' as const }, 0],
    ['diff, no differences: 0', { ...restored, command: 'diff' as const }, 0],
    ['diff, differences: 1', { ...damaged, command: 'diff' as const }, 1],
  ])('%s', async (_title, options, code) => {
    expect((await run(options)).exitCode).toBe(code);
  });

  it('status --check --json prints the summary as JSON, with the same exit code', async () => {
    const result = await run({ ...restored, check: true, json: true });
    expect(result.exitCode).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({
      tool: 'migstamp',
      highestBatch: 7,
      batch: 8,
      summary: { verdicts: { tracked: 19, applied: 18, implied: 0, pending: 3, partial: 0, unknown: 1, orphan: 0 }, toStamp: 18, attention: true },
    });
    expect(JSON.parse((await run({ ...full, check: true, json: true })).stdout).summary).toMatchObject({ toStamp: 0, attention: false });
  });

  it.skipIf(!migstampAvailable())('`migstamp sql … > s.sql && next` runs the next command', async () => {
    const result = await runCli(['sql', '-d', restored.dump, '-m', restored.migrations[0]!]);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/\nCOMMIT;\n$/);
  });
});
