/**
 * The command line of issue 10: `--app`, `--env-file`, `--prefix-indexes` /
 * `--no-prefix-indexes`, and what wins when both the application and an option say.
 */
import { describe, expect, it } from 'vitest';
import { migstampAvailable } from '../e2e/engines.js';
import { runCli } from '../guarantees/support/spawn-cli.js';

const APP = 'test/fixtures/laravel-apps/harbor';
const DUMP = 'samples/sqlite/restored.sql';

describe.skipIf(!migstampAvailable())('--app and its options', () => {
  it.each([
    ['--env-file without --app', ['status', '-d', DUMP, '-m', `${APP}/database/migrations`, '--env-file', `${APP}/.env`], /^migstamp: --env-file needs --app\n$/],
    ['neither --migrations nor --app', ['status', '-d', DUMP], /^migstamp: give at least one --migrations folder, or the application with --app\n$/],
    ['an --app folder that does not exist', ['status', '-d', DUMP, '--app', 'no/such/app'], /^migstamp: the application folder no\/such\/app does not exist\n$/],
    ['an --app folder that is not an application', ['status', '-d', DUMP, '--app', 'samples'], /^migstamp: samples is not a Laravel application: it has no composer\.json\n$/],
    ['a connection the application does not have', ['status', '-d', DUMP, '--app', APP, '--connection', 'oracle'], /no connection 'oracle' \(it has: sqlite, mysql, pgsql\)\n$/],
  ])('refuses %s with one sentence and exit 2', async (_, args, message) => {
    const result = await runCli(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });

  it.each([
    ['the application\'s settings', [], 'hb_schema_history', 'hb_users'],
    ['--prefix and --table win', ['--prefix', 'x_', '--table', 'tracking'], 'tracking', 'x_users'],
  ])('%s', async (_, extra, tracking, usersTable) => {
    const result = await runCli(['status', '-d', DUMP, '--app', APP, '--json', ...extra]);
    const report = JSON.parse(result.stdout) as { trackingTable: string; verdicts: { migration: string; evidence: { subject: string }[] }[] };
    expect(report.trackingTable).toBe(tracking);
    expect(report.verdicts[0]?.evidence[0]?.subject).toBe(`table ${usersTable}`);
  });

  it.each([
    ['--prefix-indexes (the default)', [], 'hb_users_email_unique'],
    ['--no-prefix-indexes', ['--no-prefix-indexes'], 'users_email_unique'],
  ])('without --app, %s decides the prefix of default index names', async (_, extra, index) => {
    const result = await runCli(['status', '-d', DUMP, '-m', `${APP}/database/migrations`, '--prefix', 'hb_', '--json', ...extra]);
    expect(result.stdout).toContain(`"subject": "unique index ${index}"`);
  });
});
