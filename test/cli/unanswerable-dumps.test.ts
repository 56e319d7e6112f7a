/**
 * Dumps that cannot answer (issue 9, point 2). A data-only dump has no table
 * definitions: every verdict would be "pending", so it is refused (exit 2)
 * rather than read as "nothing to do". A schema-only dump answers what was
 * applied but not what is tracked: the verdicts stand, with a warning, and the
 * script's header says so. Real mariadb-dump 10.11 and pg_dump 15 output.
 */
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { InputError } from '../../src/model/errors.js';
import { runOptions } from '../support/run-options.js';

const CASE = 'test/fixtures/cases/data-only-and-schema-only';
const mysqlBase = runOptions({ command: 'status', dump: `${CASE}/schema-only.sql`, migrations: [`${CASE}/migrations`], quiet: false });

describe('data-only dumps are refused', () => {
  it.each([
    ['mysqldump --no-create-info', `${CASE}/data-only.sql`, `${CASE}/migrations`],
    ['pg_dump --data-only', 'test/fixtures/postgres/data-only.sql', 'test/fixtures/postgres/app-schema-migrations'],
  ])('%s', async (_tool, dump, migrations) => {
    for (const command of ['status', 'sql', 'diff'] as const) {
      const error = await run(runOptions({ command, dump, migrations: [migrations] })).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as Error).message).toBe(`the dump ${dump} holds rows but no table definitions (a data-only dump, as pg_dump --data-only or mysqldump --no-create-info write), so it cannot show which migrations ran; dump the schema too`);
    }
  });
});

describe('schema-only dumps: verdicts as usual, the unknowns said', () => {
  const warning = (dump: string, batch: string) =>
    `warning: ${dump} holds no rows (a schema-only dump), so which migrations are already tracked and the highest batch are unknown; every migration is judged as if untracked, the script skips rows the database already has, and stamped rows get batch ${batch}`;

  it('mysqldump --no-data: the case\'s verdicts, and the warning', async () => {
    const result = await run(mysqlBase);
    expect(result.stdout).toMatch(/^applied +\+\d+ +2016_01_01_000000_create_users_table$/m);
    expect(result.stdout).toMatch(/^pending +2016_11_01_000000_add_draft_to_pages_table$/m);
    expect(result.notes).toContain(`${warning(mysqlBase.dump, '1')} (choose it with --batch)`);
    expect((await run({ ...mysqlBase, batch: 9 })).notes).toContain(warning(mysqlBase.dump, '9'));
  });

  it('the script says so in its header', async () => {
    const script = (await run({ ...mysqlBase, command: 'sql' })).stdout;
    expect(script).toContain(
      '-- THE DUMP HOLDS NO ROWS (schema only): which migrations are already tracked and the\n-- highest batch are unknown. Rows below get batch 1; each is skipped if already there.\n',
    );
    expect(script).not.toContain('highest batch in the dump');
  });

  it('the JSON report gives the highest batch as unknown (null)', async () => {
    expect(JSON.parse((await run({ ...mysqlBase, json: true })).stdout)).toMatchObject({ highestBatch: null, batch: 1 });
  });

  it('pg_dump --schema-only too', async () => {
    const dump = 'test/fixtures/postgres/schema-only.sql';
    const result = await run({ ...mysqlBase, dump, migrations: ['test/fixtures/postgres/app-schema-migrations'] });
    expect(result.notes.filter((note) => note.includes('holds no rows'))).toHaveLength(1);
  });

  it('a dump with rows is not schema-only', async () => {
    const result = await run({ ...mysqlBase, dump: 'samples/mysql/restored.sql', migrations: ['samples/laravel-app/database/migrations'] });
    expect(result.notes.filter((note) => note.includes('holds no rows'))).toEqual([]);
  });
});
