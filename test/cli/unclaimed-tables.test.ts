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
    expect(warning).toMatch(/^warning: table personal_access_tokens \(samples\/\w+\/full\.sql line \d+\) is made by none of the given migrations; it looks like laravel\/sanctum's: add its migrations with --migrations vendor\/laravel\/sanctum\/database\/migrations/);
    // The only other finding is the row left without its file, which alone would not fail status.
    expect(result.exitCode).toBe(1);
    const json = JSON.parse((await run(runOptions({ command: 'status', dump: `samples/${engine}/full.sql`, migrations: [folder], json: true }))).stdout) as { unclaimedTables: { name: string; origin: { name: string } | null }[] };
    expect(json.unclaimedTables.map((table) => [table.name, table.origin?.name])).toEqual([['personal_access_tokens', 'laravel/sanctum']]);
  });

  it('a table that a left-out migration would create again: migrate would stop there', async () => {
    // The documentation migration edited after it ran: partial, left out, and its table is in the dump.
    const folder = migrationsFolder(`edited-${engine}`, (file, text) => (file.includes('create_documentation_table') ? text.replace("$table->string('title');", "$table->string('headline');") : text));
    const result = await run(runOptions({ command: 'status', dump: `samples/${engine}/restored.sql`, migrations: [folder] }));
    expect(result.notes.find((note) => note.includes('table documentation'))).toMatch(
      /^warning: table documentation \(samples\/\w+\/restored\.sql line \d+\) is made by none of the migrations that ran, and migrate would stop at 2025_03_01_000000_create_documentation_table, which creates it again \("already exists"\)$/,
    );
    expect(result.exitCode).toBe(1);
  });
});

describe('the notes', () => {
  const table = (name: string, wouldCollide: string[] = []) => ({ name, dumpLine: 7, wouldCollide });

  it.each([
    ['a prefixed package table is still traced', [table('app_telescope_entries')], 'app_', ["warning: table app_telescope_entries (d.sql line 7) is made by none of the given migrations; it looks like laravel/telescope's: add its migrations with --migrations vendor/laravel/telescope/database/migrations, or the folder they were published to"]],
    ['tables of no known package are one note', [table('legacy_a'), table('legacy_b')], '', ['note: 2 tables of the dump are made by none of the given migrations: legacy_a, legacy_b; if a package or another folder makes them, add its migrations with --migrations']],
    [
      'more than five are counted',
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((name) => table(name)),
      '',
      ['note: 7 tables of the dump are made by none of the given migrations: a, b, c, d, e and 2 more; if a package or another folder makes them, add its migrations with --migrations'],
    ],
    ['none, no note', [], '', []],
  ])('%s', (_what, tables, prefix, notes) => {
    expect(unclaimedNotes(traceTables(tables, prefix, (name) => laravel.packageOfTable(name)), 'd.sql')).toEqual(notes);
  });
});
