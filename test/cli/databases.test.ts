/**
 * Several databases in one file, and where the tracking table is (issue 9,
 * points 1 and 4), end to end through run(): the verdicts of the database
 * chosen with --database, and what is said when the choice or the schema is
 * wrong. The field cases' inputs are real pg_dumpall 15 / mariadb-dump output.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { InputError } from '../../src/model/errors.js';
import { runOptions } from '../support/run-options.js';

const CASES = 'test/fixtures/cases';

async function verdicts(options: Parameters<typeof run>[0]): Promise<Record<string, string>> {
  const report = JSON.parse((await run({ ...options, command: 'status', json: true })).stdout) as { verdicts: { migration: string; verdict: string }[] };
  return Object.fromEntries(report.verdicts.map((v) => [v.migration.slice(18), v.verdict]));
}

describe.each([
  ['pg_dumpall', 'pg-dumpall-two-databases', ['cluster-app-and-reporting.sql', 'cluster-two-apps.sql'], 'c05_app'],
  ['mysqldump --databases', 'mysqldump-two-databases', ['other-app-first.sql', 'reporting-first.sql'], 'c06_app'],
])('%s', (_tool, folder, dumps, app) => {
  const migrations = [`${CASES}/${folder}/migrations`];

  it.each(dumps)(`%s --database ${app}: users tracked, comments pending, tags applied; only tags is stamped`, async (dump) => {
    const options = runOptions({ command: 'sql', dump: `${CASES}/${folder}/${dump}`, migrations, database: app });
    expect(await verdicts(options)).toEqual({ create_users_table: 'tracked', create_comments_table: 'pending', create_tags_table: 'applied' });
    const script = await run(options);
    expect(script.exitCode).toBe(0);
    expect(script.stdout.match(/^INSERT INTO/gm)).toHaveLength(1);
    expect(script.stdout).toContain("'2024_03_01_000000_create_tags_table'");
  });

  it.each(dumps)('%s without --database: refused before anything is written', async (dump) => {
    const error = await run(runOptions({ command: 'sql', dump: `${CASES}/${folder}/${dump}`, migrations, output: 'never-written.sql' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(new RegExp(`holds 2 databases, .*${app} \\(with a tracking table migrations\\).*; choose one with --database NAME$`));
  });
});

describe('where the tracking table is (PostgreSQL schemas)', () => {
  const dump = 'test/fixtures/postgres/app-schema-create.sql';
  const base = runOptions({ command: 'status', dump, migrations: ['test/fixtures/postgres/app-schema-migrations'] });

  it('the chosen schema has none but another has: said, with the option to use', async () => {
    const result = await run({ ...base, quiet: false });
    expect(result.notes).toContain(`warning: ${dump} has no tracking table migrations in schema public, but schema app has one (try --schema app); every migration is treated as untracked`);
  });

  it('--schema app reads it', async () => {
    expect(await verdicts({ ...base, schema: 'app' })).toEqual({ create_users_table: 'tracked', create_comments_table: 'pending', create_tags_table: 'applied' });
  });

  it('a schema the dump does not have: refused, listing those it has', async () => {
    await expect(run({ ...base, schema: 'ap' })).rejects.toThrow(new InputError(`the dump ${dump} has no schema ap; its schemas are app, public`));
  });
});
