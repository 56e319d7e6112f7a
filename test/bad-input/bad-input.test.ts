/**
 * Every case in cases.ts, run through bin/migstamp (`status` and `sql -o`) as a
 * user would. A refusal is exit 2 with ONE line on stderr naming the file (and
 * line), no stack trace, and nothing written; the other outcomes are checked
 * as each case states. Huge and deep inputs must stay within their time and
 * memory bounds.
 *
 * MIGSTAMP_BAD_INPUT_REPORT=FILE appends a markdown row per run: what the user saw.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { migstampAvailable } from '../e2e/engines.js';
import { crashSigns, runCli } from '../guarantees/support/spawn-cli.js';
import { type BadInputCase, type Expectation, cases } from './cases.js';

const REPORT = process.env.MIGSTAMP_BAD_INPUT_REPORT;
const OUTPUT = 'out.sql';

interface Planned {
  readonly label: string;
  readonly argv: readonly string[];
  readonly expectation: Expectation;
}

/** The runs a case asks for: its argv as given, or `status` and `sql -o out.sql`. */
function plan(c: BadInputCase, args: readonly string[]): Planned[] {
  if (c.argv === true) return [{ label: args[0] ?? '(none)', argv: args, expectation: c.status! }];
  const runs: Planned[] = [{ label: 'status', argv: ['status', ...args], expectation: c.status! }];
  const sqlExpectation = c.sql ?? (c.outcome === 'refused' ? c.status : undefined);
  if (sqlExpectation !== undefined) runs.push({ label: 'sql', argv: ['sql', ...args.filter((a) => a !== '--check'), '-o', OUTPUT], expectation: sqlExpectation });
  return runs;
}

/** The output path's content, `<folder>` for a folder, null when absent. */
function outputState(dir: string): string | null {
  const path = join(dir, OUTPUT);
  if (!existsSync(path)) return null;
  return statSync(path).isDirectory() ? '<folder>' : readFileSync(path, 'utf8');
}

describe.skipIf(!migstampAvailable())('bad input, through bin/migstamp', () => {
  it('has at least 40 cases, with unique ids', () => {
    expect(cases.length).toBeGreaterThanOrEqual(40);
    expect(new Set(cases.map((c) => c.id)).size).toBe(cases.length);
  });

  for (const c of cases) {
    const test = c.limits === undefined ? it.concurrent : it;
    test(`${c.id}: ${c.what} → ${c.outcome}`, { timeout: 240_000 }, async () => {
      const dir = mkdtempSync(join(tmpdir(), `migstamp-bad-${c.id}-`));
      try {
        const built = c.build(dir);
        for (const run of plan(c, built.args)) {
          const outputBefore = outputState(dir);
          const result = await runCli(run.argv, { cwd: dir });
          const lines = result.stderr.split('\n').filter((line) => line !== '');
          const context = `${c.id} ${run.label}: exit ${result.code}\n${result.stderr}${result.stdout.slice(0, 2000)}`;
          if (REPORT) appendFileSync(REPORT, `| ${c.id} | ${run.label} | ${result.code} | ${lines.map((l) => `\`${l.replace(/\|/g, '\\|')}\``).join('<br>')} | ${Math.round(result.rssMb ?? 0)} MB, ${result.seconds.toFixed(1)} s |\n`);

          expect(result.code, context).toBe(run.expectation.code);
          expect(crashSigns(result.stderr), context).toEqual([]);
          for (const line of lines) expect(line, context).toMatch(/^migstamp: /);
          if (run.expectation.stderr) expect(lines.some((line) => run.expectation.stderr!.test(line)), context).toBe(true);
          if (run.expectation.stdout) expect(result.stdout, context).toMatch(run.expectation.stdout);

          if (run.expectation.code === 2) {
            expect(lines, context).toHaveLength(1);
            expect(result.stdout, context).toBe('');
            if (built.file !== undefined) expect(lines[0], context).toContain(built.file);
            if (built.line !== undefined) expect(lines[0], context).toContain(`:${built.line}: `);
          }
          // Nothing written on failure; a complete script on success; never a temporary file left.
          const outputAfter = outputState(dir);
          if (run.argv.includes('-o') && run.expectation.code === 2) expect(outputAfter, context).toBe(outputBefore);
          if (run.argv.includes('-o') && run.expectation.code !== 2) expect(outputAfter, context).toMatch(/^-- migstamp [^]*(^COMMIT;$|^-- Nothing to stamp)[^]*\n$/m);
          expect(readdirSync(dir).filter((name) => name.endsWith('.tmp')), context).toEqual([]);
          if (outputBefore === null && outputAfter !== null) rmSync(join(dir, OUTPUT));

          if (c.limits !== undefined) {
            expect(result.seconds, context).toBeLessThan(c.limits.seconds);
            expect(result.rssMb, context).not.toBeNull();
            expect(result.rssMb!, context).toBeLessThan(c.limits.rssMb);
          }
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  }
});
