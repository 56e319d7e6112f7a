/**
 * The README's "Reading the script" example is the real sample output (issue
 * 9, point 15). Each line of the example must occur in the output of
 * `bin/migstamp sql --dump samples/pgsql/restored.sql --migrations
 * samples/laravel-app/database/migrations`, in the same order; a line that is
 * only `…` stands for lines left out, and a `…` inside a line for any text in
 * it. So the example may leave things out, but not change or invent a line.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/engines.js';
import { runCli } from '../guarantees/support/spawn-cli.js';
import { splitMarkdown } from './markdown.js';

const ELISION = '…';

/** A whole-line matcher: exact, or with each `…` standing for any text. */
function lineMatcher(line: string): (candidate: string) => boolean {
  if (!line.includes(ELISION)) return (candidate) => candidate === line;
  const pattern = new RegExp(`^${line.split(ELISION).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return (candidate) => pattern.test(candidate);
}

/**
 * The example's lines that the output lacks, in order: each line is looked for
 * after the output line the previous one matched.
 */
function linesNotInOutput(example: readonly string[], output: readonly string[]): string[] {
  const lacking: string[] = [];
  let at = 0;
  for (const line of example) {
    if (line.trim() === ELISION) continue;
    const matches = lineMatcher(line);
    const index = output.findIndex((candidate, n) => n >= at && matches(candidate));
    if (index < 0) lacking.push(line);
    else at = index + 1;
  }
  return lacking;
}

describe('the README\'s script example is real output (issue 9, point 15)', () => {
  it('every line of it, in order, in the sample\'s script', async () => {
    const readme = splitMarkdown(readFileSync(join(REPO_ROOT, 'README.md'), 'utf8'));
    const example = readme.blocks.find((block) => block.heading === 'Reading the script' && block.language === 'sql');
    expect(example, 'a ```sql block under "### Reading the script"').toBeDefined();
    expect(example!.lines.filter((line) => line.trim() !== ELISION).length).toBeGreaterThan(10);
    const result = await runCli(['sql', '--dump', 'samples/pgsql/restored.sql', '--migrations', 'samples/laravel-app/database/migrations'], { cwd: REPO_ROOT });
    expect(result.code, result.stderr).toBe(0);
    expect(linesNotInOutput(example!.lines, result.stdout.split('\n'))).toEqual([]);
  });

  const output = ['BEGIN;', '-- dump: a.sql  sha256:85ab', 'INSERT x;', 'INSERT y;', 'COMMIT;'];
  it.each([
    ['the same lines', ['BEGIN;', 'INSERT x;', 'COMMIT;'], []],
    ['an elided hash', ['-- dump: a.sql  sha256:…'], []],
    ['an elision line', ['BEGIN;', '…', 'COMMIT;'], []],
    ['an invented line', ['BEGIN;', 'INSERT z;', 'COMMIT;'], ['INSERT z;']],
    ['a changed line', ['-- dump: b.sql  sha256:…'], ['-- dump: b.sql  sha256:…']],
    ['lines out of order', ['INSERT y;', 'INSERT x;'], ['INSERT x;']],
    ['a line repeated more often than it occurs', ['COMMIT;', 'COMMIT;'], ['COMMIT;']],
    ['a part of a line', ['INSERT'], ['INSERT']],
  ])('%s', (_what, example, lacking) => {
    expect(linesNotInOutput(example, output)).toEqual(lacking);
  });
});
