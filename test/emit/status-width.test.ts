/**
 * `status` reads in 80 columns (issue 9, point 10): the table fits the width it
 * is given, names and reasons wrap instead of running off, and a wide terminal
 * still gets the columns side by side.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { terminalWidth } from '../../src/cli/terminal-width.js';
import { runOptions } from '../support/run-options.js';

describe.each([40, 60, 80, 100, 120, 200])('status at %i columns', (width) => {
  it.each(['pgsql', 'mysql', 'sqlite'])('on samples/%s/restored.sql: no line is wider unless it is one long name', async (engine) => {
    const table = (await run(runOptions({ command: 'status', dump: `samples/${engine}/restored.sql`, assumeApplied: [], width }))).stdout;
    for (const line of table.split('\n')) {
      if (line.length <= width) continue;
      // Only one word too long to cut may run past: a name after verdict and batch, or a word on its own.
      expect(line.trim(), line).toMatch(/^(\S+ +(\+?\d+ +)?)?\S+$/);
    }
    if (width <= 100) expect(table).not.toMatch(/^ {30,}/m);
  });
});

describe('the layout', () => {
  it('puts names, verdicts and reasons side by side when they fit', async () => {
    const table = (await run(runOptions({ command: 'status', dump: 'samples/pgsql/restored.sql', width: 160 }))).stdout;
    expect(table).toMatch(/^2025_04_09_000000_add_avatar_to_agents_table +applied +\+8 +all 2 checked effects are in the dump$/m);
  });

  it('gives each migration its own line, reason beneath, when they do not', async () => {
    const table = (await run(runOptions({ command: 'status', dump: 'samples/pgsql/restored.sql', width: 80 }))).stdout;
    expect(table).toContain('applied   +8     2025_04_09_000000_add_avatar_to_agents_table\n                 all 2 checked effects are in the dump\n');
  });
});

describe('terminalWidth', () => {
  it.each([
    [{}, 132, 132],
    [{ COLUMNS: '100' }, 132, 132],
    [{ COLUMNS: '100' }, undefined, 100],
    [{}, undefined, 80],
    [{ COLUMNS: 'wide' }, undefined, 80],
    [{ COLUMNS: '' }, undefined, 80],
    [{ COLUMNS: '12' }, undefined, 40],
    [{}, 0, 80],
  ])('env %j, terminal %s → %i', (env, columns, expected) => {
    expect(terminalWidth(env, columns)).toBe(expected);
  });
});
