import { describe, expect, it } from 'vitest';
import { wantsColour } from '../../src/cli/colour.js';
import { migstampAvailable } from '../e2e/engines.js';
import { runCli } from '../guarantees/support/spawn-cli.js';

const sample = ['status', '-d', 'samples/pgsql/restored.sql', '-m', 'samples/laravel-app/database/migrations'];
const ESCAPE = '\u001b[';

describe('colour by convention (issue 9, point 14)', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    // no-color.org: an empty NO_COLOR does not count.
    [{ NO_COLOR: '' }, true, true],
    [{ TERM: 'dumb' }, true, false],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '' }, false, false],
    [{ FORCE_COLOR: '', TERM: 'dumb' }, true, false],
  ] as const)('%j on a terminal=%s → colour %s', (env, terminal, expected) => {
    expect(wantsColour(env, terminal)).toBe(expected);
  });

  it.skipIf(!migstampAvailable())('through a pipe: colour only when FORCE_COLOR asks for it', async () => {
    expect((await runCli(sample, { env: { NO_COLOR: '' } })).stdout).not.toContain(ESCAPE);
    expect((await runCli(sample, { env: { NO_COLOR: '', FORCE_COLOR: '1' } })).stdout).toContain(ESCAPE);
    expect((await runCli(sample, { env: { FORCE_COLOR: '0' } })).stdout).not.toContain(ESCAPE);
  });
});
