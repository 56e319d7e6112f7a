/**
 * The script is complete on its own (issue 9, point 11): besides its INSERTs it
 * lists every migration it leaves out with verdict, reason and what migrate will
 * do; its comments stay under 100 characters; parser messages stay in --json.
 */
import { mkdtempSync, writeFileSync, copyFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { wrapText } from '../../src/emit/wrap.js';
import { runOptions } from '../support/run-options.js';

const SAMPLE = 'samples/laravel-app/database/migrations';

describe.each(['pgsql', 'mysql', 'sqlite'])('the script for samples/%s/restored.sql', (engine) => {
  const dump = `samples/${engine}/restored.sql`;

  it('names every migration it does not stamp, with reason and what migrate does', async () => {
    const script = (await run(runOptions({ command: 'sql', dump }))).stdout;
    const status = JSON.parse((await run(runOptions({ command: 'status', dump, json: true }))).stdout) as {
      verdicts: { migration: string; verdict: string; stamp: boolean; reason: string; next: { detail: string } | null }[];
    };
    const comments = script.split('\n').filter((line) => line.startsWith('--')).join('\n');
    for (const verdict of status.verdicts) {
      expect(comments).toContain(verdict.migration);
      if (verdict.stamp || verdict.verdict === 'tracked') continue;
      const block = comments.slice(comments.indexOf(`-- ${verdict.verdict}: ${verdict.migration}`));
      expect(block.startsWith(`-- ${verdict.verdict}: ${verdict.migration}`)).toBe(true);
      const unwrapped = block.split('\n--').slice(0, 6).map((line) => line.replace(/^ +/, '')).join(' ');
      expect(unwrapped).toContain(verdict.reason.split(' ').slice(0, 4).join(' '));
      if (verdict.next !== null) expect(unwrapped).toContain(`migrate ${verdict.next.detail.split(' ').slice(0, 4).join(' ')}`);
    }
  });

  it('keeps every comment line under 100 characters unless one word is longer', async () => {
    const script = (await run(runOptions({ command: 'sql', dump }))).stdout;
    const long = script.split('\n').filter((line) => line.startsWith('--') && line.length > 99);
    for (const line of long) expect(line.replace(/^--\s+(file:\s+)?/, '').includes(' '), line).toBe(false);
  });
});

describe('parser messages', () => {
  const dir = mkdtempSync(join(tmpdir(), 'migstamp-parser-message-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  for (const file of readdirSync(SAMPLE)) copyFileSync(join(SAMPLE, file), join(dir, file));
  writeFileSync(
    join(dir, '2025_12_01_000000_raw_statement.php'),
    `<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nuse Illuminate\\Support\\Facades\\DB;\nreturn new class extends Migration {\n    public function up(): void\n    {\n        DB::statement('ALTER TABLE agents FROBNICATE everything');\n    }\n};\n`,
  );
  writeFileSync(join(dir, '2025_12_02_000000_broken.php'), `<?php\nreturn new class extends Migration {\n    public function up(): void {\n        Schema::create('x', function ($t) { $t->id() }\n    }\n};\n`);

  it.each(['pgsql', 'mysql', 'sqlite'])('never stand as the reason in the script or the table on %s, but are in --json', async (engine) => {
    const options = { dump: `samples/${engine}/restored.sql`, migrations: [dir] };
    const script = (await run(runOptions({ ...options, command: 'sql' }))).stdout;
    const table = (await run(runOptions({ ...options, command: 'status', width: 200 }))).stdout;
    const json = JSON.parse((await run(runOptions({ ...options, command: 'status', json: true }))).stdout) as { verdicts: { migration: string; evidence: { parserMessage?: string }[] }[] };
    for (const text of [script, table]) {
      expect(text).toContain('FROBNICATE');
      expect(text).toContain('its PHP does not parse (a syntax error at line 4)');
      expect(text).not.toMatch(/Expected|unexpected|syntax error at or near|Parse Error/);
    }
    const messages = json.verdicts.filter((v) => /raw_statement|broken/.test(v.migration)).flatMap((v) => v.evidence.map((e) => e.parserMessage));
    expect(messages.filter((message) => message !== undefined).length).toBeGreaterThanOrEqual(engine === 'mysql' ? 1 : 2);
  });
});

describe('wrapText', () => {
  it('never goes past the width except with one word too long for it, and keeps every word in order', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z_.]{1,30}$/), { maxLength: 40 }), fc.integer({ min: 10, max: 120 }), (words, width) => {
        const lines = wrapText(words.join(' '), width, '-- ', '--   ');
        for (const line of lines) {
          if (line.length > width) expect(line.replace(/^--\s*/, '')).not.toContain(' ');
        }
        expect(lines.flatMap((line) => line.replace(/^--\s*/, '').split(' ')).filter((w) => w !== '')).toEqual(words);
      }),
      { numRuns: 500 },
    );
  });
});

describe('a stamp on the user\'s word over missing effects (issue 9, point 12)', () => {
  const pending = '2025_11_02_000000_add_archived_at_to_sprints_table';

  it.each(['pgsql', 'mysql', 'sqlite'])('is warned about on stderr and in the script on %s', async (engine) => {
    const result = await run(runOptions({ command: 'sql', dump: `samples/${engine}/restored.sql`, assumeApplied: [pending] }));
    expect(result.notes.filter((note) => note.startsWith(`warning: --assume-applied ${pending}`))).toHaveLength(1);
    const block = result.stdout.slice(result.stdout.indexOf(`-- pending: ${pending}`));
    expect(block.split('\n').slice(0, 5).join('\n')).toContain('WARNING: stamped although the dump lacks 2 of its effects; migrate will never make them');
  });

  it('a --batch at or below the highest is warned about in the script too', async () => {
    const result = await run(runOptions({ command: 'sql', dump: 'samples/pgsql/restored.sql', batch: 7 }));
    expect(result.stdout).toMatch(/^-- WARNING: --batch 7 is not above the highest batch in the dump \(7\)/m);
  });

  it('is not warned about when the evidence is only undecidable', async () => {
    const result = await run(runOptions({ command: 'sql', dump: 'samples/pgsql/restored.sql', assumeApplied: ['2025_07_20_000000_backfill_work_item_content_format'] }));
    expect(result.notes.filter((note) => note.includes('migrate will never make'))).toEqual([]);
    expect(result.stdout).not.toContain('WARNING: stamped although');
  });
});
