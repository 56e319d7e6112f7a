/**
 * `--framework` left out: the framework is recognised from the migration files
 * (issue 11). Each adapter recognises its own files from their first bytes; the
 * one that recognises the most wins, and a tie or nothing is a usage error.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { detectFramework } from '../../src/cli/detect-framework.js';
import { run } from '../../src/cli/run.js';
import { frameworks } from '../../src/frameworks/index.js';
import { laravel } from '../../src/frameworks/laravel/index.js';
import { type FrameworkAdapter, UsageError } from '../../src/model/index.js';
import { runOptions } from '../support/run-options.js';

const scratch = mkdtempSync(join(tmpdir(), 'migstamp-detect-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(scratch, name);
  mkdirSync(dir);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  return dir;
}

/** A stand-in adapter that recognises `.js` files whose head mentions `marker`. */
function jsAdapter(name: string, marker: string): FrameworkAdapter {
  return { ...laravel, name, readProject: undefined, migrationName: (file) => (file.endsWith('.js') ? file : null), recognises: (_file, head) => head.includes(marker) };
}

const LARAVEL = "<?php\nuse Illuminate\\Database\\Migrations\\Migration;\nreturn new class extends Migration {\n    public function up() {}\n};\n";
const KNEXISH = 'exports.up = function (knex) { return knex.schema.createTable("a", () => {}); };\n';
const SAMPLE = 'samples/laravel-app/database/migrations';

describe('detectFramework', () => {
  const two = { laravel, knexish: jsAdapter('knexish', 'knex.schema'), typeish: jsAdapter('typeish', 'QueryRunner') };

  it.each([
    ['the sample app: laravel', () => [SAMPLE], 'laravel'],
    ['a folder of knex-like files', () => [folder('knexish', { '1_a.js': KNEXISH, '2_b.js': KNEXISH })], 'knexish'],
    ['the most recognised files win', () => [folder('mixed', { '1_a.js': KNEXISH, '2017_01_01_000000_a.php': LARAVEL, '2017_01_02_000000_b.php': LARAVEL })], 'laravel'],
  ])('%s', async (_what, locations, expected) => {
    expect((await detectFramework(two, locations(), null)).name).toBe(expected);
  });

  it.each([
    ['no recognised file', () => [folder('config-only', { 'app_config.php': '<?php return ["a" => 1];\n' })], /^no migrations of a known framework were found in .*config-only \(laravel: \*_\*\.php; knexish: .*; typeish: .*\); if they are there, say which framework with --framework$/],
    ['a tie', () => [folder('tie', { '1_a.js': `${KNEXISH}// QueryRunner\n` })], /hold migrations of knexish and typeish alike; say which with --framework$/],
  ])('%s is a usage error', async (_what, locations, message) => {
    const error = await detectFramework(two, locations(), null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });

  it('with one framework known, nothing recognised is left for loading to explain', async () => {
    expect((await detectFramework({ laravel }, [folder('empty', {})], null)).name).toBe('laravel');
  });

  it('with --app and no folders, the only adapter that reads a project', async () => {
    expect((await detectFramework(two, [], 'samples/laravel-app')).name).toBe('laravel');
  });

  it.each([
    ['a knexfile: knex', () => folder('knex-app', { 'knexfile.js': 'module.exports = {};\n' }), 'knex'],
    ['no project file of any framework: the one that takes any folder', () => 'samples/laravel-app', 'laravel'],
  ])('with --app and no folders, the project files decide: %s', async (_what, app, expected) => {
    expect((await detectFramework(frameworks, [], app())).name).toBe(expected);
  });

  it('with --app, two adapters whose project files are both there is a usage error', async () => {
    const both = { a: { ...laravel, name: 'a', projectFiles: ['marker'] }, b: { ...laravel, name: 'b', projectFiles: ['marker'] } };
    const error = await detectFramework(both, [], folder('both', { marker: '' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(/^the framework of --app .*both cannot be told from its files \(a: marker; b: marker\); say which with --framework$/);
  });
});

describe('the CLI without --framework', () => {
  it('gives the same output as with --framework laravel', async () => {
    const detected = await run(runOptions({ command: 'sql', dump: 'samples/pgsql/restored.sql', framework: null }));
    const given = await run(runOptions({ command: 'sql', dump: 'samples/pgsql/restored.sql', framework: 'laravel' }));
    expect(detected.stdout).toBe(given.stdout);
  });
});
