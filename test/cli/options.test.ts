/**
 * Options that cannot mean anything are refused; risky ones warned (issue 9,
 * point 12). Each row runs bin/migstamp as a user would, in a scratch folder
 * holding copies of the sample (so that a refusal that fails cannot overwrite
 * the repository's files), and says the exit code and the stderr line.
 *
 * The scratch app is the sample split as a real app is: most migrations in
 * `app/`, three in packages under `vendor/<vendor>/<package>/database/migrations`,
 * and one more in a package's subfolder, which Laravel does not read.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { batchWarning, connectionWarning } from '../../src/cli/option-checks.js';
import type { Migration } from '../../src/model/index.js';
import { REPO_ROOT, tempDir } from '../e2e/engines.js';
import { runCli } from '../guarantees/support/spawn-cli.js';

const SAMPLE = join(REPO_ROOT, 'samples');
const SUMMARY = '19 tracked, 18 applied, 3 pending, 1 unknown; 18 to stamp';
const VENDORED: Record<string, string> = {
  '2024_09_30_120000_create_personal_access_tokens_table': 'vendor/laravel/sanctum/database/migrations',
  '2025_04_15_000000_create_sources_table': 'vendor/acme/sources/database/migrations',
  '2025_11_10_000000_create_webhook_subscriptions_table': 'vendor/acme/hooks/database/migrations',
};
const PENDING = '2025_11_02_000000_add_archived_at_to_sprints_table';
/** Data only: the dump cannot tell whether it ran. */
const UNKNOWN = '2025_07_20_000000_backfill_work_item_content_format';
const TRACKED = '0001_01_01_000000_create_users_table';
const UP_TO = '2025_11_18_000000_add_cost_columns_to_agent_runs_table';

let scratch: ReturnType<typeof tempDir>;

beforeAll(() => {
  scratch = tempDir('migstamp-options-');
  const dir = scratch.path;
  cpSync(join(SAMPLE, 'pgsql', 'restored.sql'), join(dir, 'restored.sql'));
  cpSync(join(SAMPLE, 'laravel-app', 'database', 'migrations'), join(dir, 'app'), { recursive: true });
  for (const [name, folder] of Object.entries(VENDORED)) {
    mkdirSync(join(dir, folder), { recursive: true });
    renameSync(join(dir, 'app', `${name}.php`), join(dir, folder, `${name}.php`));
  }
  // Would be one more pending migration if the glob reached into subfolders.
  mkdirSync(join(dir, 'vendor/acme/hooks/database/migrations/old'));
  writeFileSync(
    join(dir, 'vendor/acme/hooks/database/migrations/old/2099_01_01_000000_create_old_hooks_table.php'),
    readFileSync(join(dir, VENDORED['2025_11_10_000000_create_webhook_subscriptions_table']!, '2025_11_10_000000_create_webhook_subscriptions_table.php'), 'utf8').replaceAll('webhook_subscriptions', 'old_hooks'),
  );
  mkdirSync(join(dir, 'empty'));
  mkdirSync(join(dir, 'vendor/acme/docs'));
});

afterAll(() => scratch.cleanup());

const base = ['-d', 'restored.sql', '-m', 'app', '-m', 'vendor/*/*/database/migrations'];

interface Row {
  readonly what: string;
  readonly args: readonly string[];
  readonly code: 0 | 1 | 2;
  /** The stderr line that must be there (for exit 2: the only line); null: no warning at all. */
  readonly stderr: string | null;
  readonly stdout?: RegExp;
}

const refused: readonly Row[] = [
  {
    what: '--force without -o',
    args: ['sql', ...base, '--force'],
    code: 2,
    stderr: 'migstamp: --force only lets -o replace an existing file, and the script goes to standard output here; leave out --force or add -o FILE',
  },
  {
    what: '--force with -o - (standard output)',
    args: ['sql', ...base, '-o', '-', '--force'],
    code: 2,
    stderr: 'migstamp: --force only lets -o replace an existing file, and the script goes to standard output here; leave out --force or add -o FILE',
  },
  { what: 'a glob that matches nothing, beside paths that match', args: ['status', ...base, '-m', 'vendor/*/*/database/migratoins'], code: 2, stderr: 'migstamp: --migrations vendor/*/*/database/migratoins matches no file or folder' },
  { what: 'a folder without migration files, beside paths that match', args: ['status', ...base, '-m', 'empty'], code: 2, stderr: 'migstamp: no migration files (*_*.php) were found in empty' },
  { what: 'a glob matching only folders without migration files', args: ['status', ...base, '-m', 'vendor/acme/do*'], code: 2, stderr: 'migstamp: no migration files (*_*.php) were found in vendor/acme/do*' },
  {
    what: 'a glob the shell expanded: the paths after the first are left over',
    args: ['status', '-d', 'restored.sql', '-m', 'vendor/acme/hooks/database/migrations', 'vendor/acme/sources/database/migrations'],
    code: 2,
    stderr: "migstamp: unexpected argument 'vendor/acme/sources/database/migrations': each option takes one value; quote a glob for --migrations or --dump so that the shell leaves it to migstamp, or repeat the option for each path",
  },
  { what: '-o naming the dump, with --force', args: ['sql', ...base, '-o', 'restored.sql', '--force'], code: 2, stderr: 'migstamp: the output file restored.sql is the dump restored.sql; write the script elsewhere' },
  { what: '-o naming a migration file, with --force', args: ['sql', ...base, '-o', `app/${PENDING}.php`, '--force'], code: 2, stderr: `migstamp: the output file app/${PENDING}.php is one of the migration files; write the script elsewhere` },
];

const warned: readonly Row[] = [
  {
    what: '--batch at the highest batch',
    args: ['sql', ...base, '--batch', '7'],
    code: 0,
    stderr: 'migstamp: warning: --batch 7 is not above the highest batch in the dump (7): the stamped rows join an old batch, so a rollback would undo them with it and not first, in name order rather than the order they ran; the default is 8',
    stdout: /^SELECT '2025_04_15_000000_create_sources_table', 7$/m,
  },
  {
    what: '--batch below the highest batch',
    args: ['sql', ...base, '--batch', '2'],
    code: 0,
    stderr: 'migstamp: warning: --batch 2 is not above the highest batch in the dump (7): the stamped rows join an old batch, so a rollback would undo them with it and not first, in name order rather than the order they ran; the default is 8',
  },
  { what: '--batch above the highest batch', args: ['sql', ...base, '--batch', '8'], code: 0, stderr: null },
  { what: '--batch far above it', args: ['sql', ...base, '--batch', '20'], code: 0, stderr: null },
  {
    what: '--assume-applied of a tracked migration',
    args: ['status', ...base, '--check', '--assume-applied', TRACKED],
    code: 1,
    stderr: `migstamp: warning: --assume-applied ${TRACKED} changes nothing: it is already tracked (batch 1)`,
  },
  {
    what: '--assume-applied over effects the dump lacks',
    args: ['status', ...base, '--check', '--assume-applied', PENDING],
    code: 1,
    stderr: `migstamp: warning: --assume-applied ${PENDING} stamps a migration whose effects the dump lacks (column sprints.archived_at, index sprints_archived_at_index); once it is stamped, migrate will never make them`,
    stdout: /^19 tracked, 18 applied, 3 pending, 1 unknown; 19 to stamp$/m,
  },
  {
    what: '--up-to over migrations the dump lacks',
    args: ['status', ...base, '--check', '--up-to', UP_TO],
    code: 1,
    stderr: `migstamp: warning: --up-to ${UP_TO} declares ${PENDING} applied, but the dump lacks what it makes (column sprints.archived_at, index sprints_archived_at_index), so it is not stamped; name it with --assume-applied if it really ran`,
  },
  { what: '--connection that no migration declares', args: ['status', ...base, '--check', '--connection', 'reports'], code: 1, stderr: 'migstamp: warning: --connection reports changes nothing: no migration declares a connection' },
];

const accepted: readonly Row[] = [
  { what: 'a folder glob reads each folder\'s own files, not its subfolders', args: ['status', ...base, '--check'], code: 1, stderr: null, stdout: new RegExp(`^${SUMMARY}$`, 'm') },
  {
    what: 'without the packages, their migrations are missing, and the package table says which',
    args: ['status', '-d', 'restored.sql', '-m', 'app', '--check'],
    code: 1,
    stderr: "migstamp: warning: table personal_access_tokens (restored.sql line 527) is made by no migration migstamp could read; it looks like laravel/sanctum's: add its migrations with --migrations vendor/laravel/sanctum/database/migrations, or the folder they were published to",
    stdout: /^18 tracked, 17 applied, 2 pending, 1 unknown, 1 orphan; 17 to stamp$/m,
  },
  { what: '--assume-applied NAME.php', args: ['sql', ...base, '--assume-applied', `${UNKNOWN}.php`], code: 0, stderr: null, stdout: new RegExp(`^SELECT '${UNKNOWN}', 8$`, 'm') },
  { what: '--assume-applied with the file\'s path', args: ['sql', ...base, '--assume-applied', `database/migrations/${UNKNOWN}.php`], code: 0, stderr: null, stdout: new RegExp(`^SELECT '${UNKNOWN}', 8$`, 'm') },
  { what: '--up-to NAME.php', args: ['status', ...base, '--check', '--up-to', `${UNKNOWN}.php`], code: 1, stderr: null, stdout: /; 19 to stamp$/m },
  { what: '-o - is standard output', args: ['sql', ...base, '-o', '-'], code: 0, stderr: null, stdout: /\nCOMMIT;\n$/ },
];

describe('options that cannot mean anything, and risky ones (issue 9, point 12)', () => {
  const rows = [...refused.map((row) => ['refused', row] as const), ...warned.map((row) => ['warned', row] as const), ...accepted.map((row) => ['accepted', row] as const)];
  it.each(rows.map(([kind, row]) => [kind, row.what, row] as const))('%s: %s', async (_kind, _what, row) => {
    const result = await runCli(row.args, { cwd: scratch.path });
    const lines = result.stderr.split('\n').filter((line) => line !== '');
    expect(result.code, result.stderr).toBe(row.code);
    if (row.code === 2) expect(lines).toEqual([row.stderr]);
    else if (row.stderr === null) expect(lines.filter((line) => line.startsWith('migstamp: warning:'))).toEqual([]);
    else expect(lines).toContain(row.stderr);
    if (row.stdout !== undefined) expect(result.stdout).toMatch(row.stdout);
    // A refused run writes nothing, and the dump it was pointed at is untouched.
    if (row.code === 2) expect(result.stdout).toBe('');
    expect(readFileSync(join(scratch.path, 'restored.sql'))).toEqual(readFileSync(join(SAMPLE, 'pgsql', 'restored.sql')));
  });
});

describe('the warnings\' rules', () => {
  const declaring = (...connections: (string | null)[]) => connections.map((connection) => ({ connection }) as Migration);

  it.each([
    [null, declaring('analytics'), null],
    ['analytics', declaring(null, 'analytics'), null],
    ['analytic', declaring(null, 'reports', 'analytics'), 'warning: --connection analytic changes nothing: the migrations declare only analytics, reports'],
    ['reports', declaring(null), 'warning: --connection reports changes nothing: no migration declares a connection'],
  ] as const)('--connection %s', (connection, migrations, warning) => {
    expect(connectionWarning(connection, migrations)).toBe(warning);
  });

  it.each([
    [null, 7, true, false],
    [8, 7, true, false],
    [7, 7, true, true],
    [1, 7, true, true],
    // A schema-only dump: the highest batch is unknown, which the dump's own warning says.
    [1, 0, false, false],
  ] as const)('--batch %s with highest batch %s (rows known: %s) warns: %s', (chosen, highest, known, warns) => {
    expect(batchWarning(chosen, highest, known) !== null).toBe(warns);
  });
});
