import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.js';
import { runOptions } from '../support/run-options.js';

// Golden files for the Knex sample (samples/knex-app, dumps made by Knex's own
// Migrator): the status table and the stamp script on every engine, under
// test/golden/knex/<engine>/. Update them only on purpose (`npx vitest run -u`)
// and review the change in the diff.
const migrations = ['samples/knex-app/migrations'];

/**
 * Never run, or their run failed (samples/knex-app/history.txt), on every engine;
 * the create-then-drop pair leaves no trace, so it stays pending too.
 */
const NEVER_STAMPED = [
  '20240108090000_create_ticket_import.js',
  '20240109090000_drop_ticket_import.js',
  '20240126090000_create_ticket_links.js',
  '20240127090000_rename_ticket_notes_to_comments.js',
];

describe.each(['pgsql', 'mysql', 'sqlite'])('golden output on samples/knex-app/%s/restored.sql', (engine) => {
  const base = runOptions({ command: 'status', dump: `samples/knex-app/${engine}/restored.sql`, framework: 'knex', migrations });

  it('status', async () => {
    const result = await run(base);
    await expect(result.stdout).toMatchFileSnapshot(`knex/${engine}/restored.status.txt`);
  });

  it('sql, byte-for-byte deterministic, naming none of the migrations that did not run', async () => {
    const first = await run({ ...base, command: 'sql' });
    const second = await run({ ...base, command: 'sql' });
    expect(second.stdout).toBe(first.stdout);
    await expect(first.stdout).toMatchFileSnapshot(`knex/${engine}/restored.stamp.sql`);
    for (const name of NEVER_STAMPED) expect(first.stdout).not.toContain(`'${name}'`);
  });

  it('full.sql: everything that ran is tracked; the failed run is partial where MariaDB kept its table', async () => {
    const result = await run({ ...base, dump: `samples/knex-app/${engine}/full.sql`, json: true });
    const { verdicts } = JSON.parse(result.stdout) as { verdicts: { migration: string; verdict: string }[] };
    expect(verdicts.filter((v) => v.verdict !== 'tracked').map((v) => `${v.migration} ${v.verdict}`)).toEqual(
      engine === 'mysql'
        ? ['20240126090000_create_ticket_links partial', '20240127090000_rename_ticket_notes_to_comments pending']
        : ['20240126090000_create_ticket_links pending', '20240127090000_rename_ticket_notes_to_comments pending'],
    );
  });
});
