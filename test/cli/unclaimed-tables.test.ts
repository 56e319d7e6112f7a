/**
 * Issue 9, point 5: tables of the dump that no given migration makes. A package's
 * table or one a left-out migration would create again is a warning naming where
 * its migrations are, and status needs attention; other such tables are one note.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { traceTables, unclaimedNotes } from '../../src/cli/unclaimed-notes.js';
import { laravel } from '../../src/frameworks/laravel/index.js';
import { runOptions } from '../support/run-options.js';

const SAMPLE = 'samples/laravel-app/database/migrations';
const scratch = mkdtempSync(join(tmpdir(), 'migstamp-unclaimed-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function migrationsFolder(name: string, change: (file: string, text: string) => string | null): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const file of readdirSync(SAMPLE)) {
    const text = change(file, readFileSync(join(SAMPLE, file), 'utf8'));
    if (text !== null) writeFileSync(join(dir, file), text);
  }
  return dir;
}

describe.each(['pgsql', 'mysql', 'sqlite'])('on samples/%s', (engine) => {
  it('a package\'s table whose migrations were not given: a warning naming the package, and attention', async () => {
    const folder = migrationsFolder(`no-sanctum-${engine}`, (file, text) => (file.includes('create_personal_access_tokens_table') ? null : text));
    const result = await run(runOptions({ command: 'status', dump: `samples/${engine}/full.sql`, migrations: [folder] }));
    const warning = result.notes.find((note) => note.includes('table personal_access_tokens'));
    expect(warning).toMatch(/^warning: table personal_access_tokens \(samples\/\w+\/full\.sql line \d+\) is made by no migration migstamp could read; it looks like laravel\/sanctum's: add its migrations with --migrations vendor\/laravel\/sanctum\/database\/migrations/);
    // The only other finding is the row left without its file, which alone would not fail status.
    expect(result.exitCode).toBe(1);
    const json = JSON.parse((await run(runOptions({ command: 'status', dump: `samples/${engine}/full.sql`, migrations: [folder], json: true }))).stdout) as { unclaimedTables: { name: string; origin: { name: string } | null }[] };
    expect(json.unclaimedTables.map((table) => [table.name, table.origin?.name])).toEqual([['personal_access_tokens', 'laravel/sanctum']]);
  });

  it('a table whose migration is partial is that migration\'s, not unclaimed', async () => {
    // The documentation migration edited after it ran: partial, so it may well have made the table
    // (found on pixelfed: a partial create_statuses_table must not be reported as "made by none").
    const folder = migrationsFolder(`edited-${engine}`, (file, text) => (file.includes('create_documentation_table') ? text.replace("$table->string('title');", "$table->string('headline');") : text));
    const result = await run(runOptions({ command: 'status', dump: `samples/${engine}/restored.sql`, migrations: [folder] }));
    expect(result.notes.filter((note) => note.includes('documentation') && note.includes('made by'))).toEqual([]);
  });
});

describe('the notes', () => {
  const table = (name: string, wouldCollide: string[] = []) => ({ name, dumpLine: 7, wouldCollide });

  it.each([
    ['a prefixed package table is still traced', [table('app_telescope_entries')], 'app_', 0, ["warning: table app_telescope_entries (d.sql line 7) is made by no migration migstamp could read; it looks like laravel/telescope's: add its migrations with --migrations vendor/laravel/telescope/database/migrations, or the folder they were published to"]],
    ['tables of no known package are one note', [table('legacy_a'), table('legacy_b')], '', 0, ['note: 2 tables of the dump are made by no migration migstamp could read: legacy_a, legacy_b; if a package or another folder makes them, add its migrations with --migrations']],
    [
      'more than five are counted, and unreadable migrations named as a possible source',
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => table(name)),
      '',
      3,
      ['note: 7 tables of the dump are made by no migration migstamp could read: a, b, c, d, e and 2 more; if a package or another folder makes them, add its migrations with --migrations (or one of the 3 migrations migstamp could not read in full makes them)'],
    ],
    ['a collision names the migration migrate stops at', [table('reports', ['2020_01_01_000000_create_reports_table'])], '', 0, ['warning: table reports (d.sql line 7) is made by no migration judged to have run, and migrate would stop at 2020_01_01_000000_create_reports_table, which creates it again ("already exists")']],
    ['none, no note', [], '', 0, []],
  ])('%s', (_what, tables, prefix, unreadable, notes) => {
    expect(unclaimedNotes(traceTables(tables, prefix, (name) => laravel.packageOfTable(name)), 'd.sql', unreadable)).toEqual(notes);
  });
});
