/**
 * `migstamp report` (issue 13, the runbook part): one Markdown page that renders
 * as meant on GitHub and GitLab (GitHub-flavoured Markdown, checked with the
 * `marked` renderer), deterministic, with the script's SHA-256.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { marked, type Tokens } from 'marked';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { code, leading, text } from '../../src/emit/markdown-report.js';
import { runOptions } from '../support/run-options.js';

const html = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const hostile = fc.string({ unit: fc.constantFrom('a', 'b', '_', '*', '`', '|', '\\', '[', ']', '<', '>', '&', '#', '-', '+', '=', '1', '.', ')', ' ', '~', '(', '!', ':', '"', "'") });
const scratch = mkdtempSync(join(tmpdir(), 'migstamp-report-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('escaping', () => {
  it('text renders as itself, in a paragraph and in a table cell', () => {
    fc.assert(
      fc.property(hostile.map((s) => s.trim().replace(/ +/g, ' ')).filter((s) => s !== ''), (value) => {
        expect(marked.parse(leading(value), { async: false })).toBe(`<p>${html(value)}</p>\n`);
        expect(marked.parse(`x ${text(value)}`, { async: false })).toBe(`<p>x ${html(value)}</p>\n`);
        const table = marked.lexer(`| a | b |\n|---|---|\n| ${text(value)} | x |\n`)[0] as Tokens.Table;
        expect(table.type).toBe('table');
        expect(table.rows[0]!.map((cell) => cell.tokens.map((token) => ('text' in token ? token.text : '')).join(''))).toHaveLength(2);
        expect(marked.parser(marked.lexer(`| a | b |\n|---|---|\n| ${text(value)} | x |\n`))).toContain(`<td>${html(value)}</td>`);
      }),
      { numRuns: 2000 },
    );
  });

  it('a code span shows the value exactly, in a table cell too', () => {
    fc.assert(
      fc.property(hostile.map((s) => s.trim().replace(/ +/g, ' ')).filter((s) => s !== ''), (value) => {
        const rendered = marked.parser(marked.lexer(`| a |\n|---|\n| ${code(value)} |\n`));
        // A value with a pipe is written as escaped text (see code()), anything else as a code span.
        const shown = (value.includes('|') ? /<td>([^]*)<\/td>/ : /<td><code>([^]*)<\/code><\/td>/).exec(rendered)?.[1];
        expect(shown).toBe(html(value));
      }),
      { numRuns: 2000 },
    );
  });
});

describe.each(['pgsql', 'mysql', 'sqlite'])('the report on samples/%s/restored.sql', (engine) => {
  const dump = `samples/${engine}/restored.sql`;

  it('is deterministic, and its tables have as many cells per row as headers', async () => {
    const first = (await run(runOptions({ command: 'report', dump }))).stdout;
    const second = (await run(runOptions({ command: 'report', dump }))).stdout;
    expect(second).toBe(first);
    const tables = marked.lexer(first).filter((token): token is Tokens.Table => token.type === 'table');
    expect(tables).toHaveLength(2);
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
    // One row per verdict: 41 migrations.
    expect(tables[1]!.rows).toHaveLength(41);
    await expect(first).toMatchFileSnapshot(`../golden/${engine}/restored.report.md`);
  });

  it('gives the SHA-256 of the script sql writes, and writes it with --script', async () => {
    const script = (await run(runOptions({ command: 'sql', dump }))).stdout;
    const sha = createHash('sha256').update(script).digest('hex');
    const file = join(scratch, `${engine}.sql`);
    const report = await run(runOptions({ command: 'report', dump, script: file }));
    expect(readFileSync(file, 'utf8')).toBe(script);
    expect(report.stdout).toContain(`| stamp script | \`${file}\` | \`${sha}\` |`);
    expect(report.stdout).toMatch(/```sh\n(psql -v ON_ERROR_STOP=1 -f|mysql --database=DB <|sqlite3 -bail DATABASE <) .*\nphp artisan migrate:status\n```/);
  });
});

describe('a tracking table whose one row stands for every migration up to it (golang-migrate)', () => {
  const options = { dump: 'samples/golang-migrate-app/dumps/pgsql/restored.sql', migrations: ['samples/golang-migrate-app/db/migrations'], framework: 'golang-migrate' };

  it('counts the migrations stamped and the one row that stamps them', async () => {
    const report = (await run(runOptions({ command: 'report', ...options }))).stdout;
    expect(report).toMatch(/^# migstamp report: 7 migrations to stamp in 1 row\n/);
    expect(report).toContain('. 14 tracked, 7 applied, 3 pending; 7 to stamp in 1 row.\n');
    const status = await run(runOptions({ command: 'status', check: true, ...options }));
    expect(status.stdout).toBe('14 tracked, 7 applied, 3 pending; 7 to stamp in 1 row\n');
  });
});
