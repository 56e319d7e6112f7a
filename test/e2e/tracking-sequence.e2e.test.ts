/**
 * A tracking table whose id sequence lags its rows (issue 9, point 3; field case
 * tracking-sequence-behind): the rows were re-inserted by hand with explicit ids
 * 1–3 while `migrations_id_seq` was left at 1. Any insert that takes the next
 * id collides, so Laravel's own `migrate` fails, and so did the stamp script.
 *
 * On real PostgreSQL: restore the case's prod.sql (real pg_dump 15 output),
 * run `migstamp sql … > s.sql && psql -v ON_ERROR_STOP=1 -f s.sql` as a
 * runbook would, then ask Laravel 8.83's Migrator what is pending.
 */
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run as runMigstamp } from '../../src/cli/run.js';
import { createTableMigration } from '../guarantees/support/tiny-app.js';
import { runOptions } from '../support/run-options.js';
import { Laravel, MIGSTAMP_BIN, PgDatabase, REPO_ROOT, engineGate, postgresAvailability, run, tempDir } from './engines.js';

const CASE = join(REPO_ROOT, 'test', 'fixtures', 'cases', 'tracking-sequence-behind');
const DUMP = join(CASE, 'prod.sql');
const MIGRATIONS = join(CASE, 'migrations');
const CREDIT_NOTES = '2024_03_01_000000_create_credit_notes_table';

describe('the lag, read from the dump', () => {
  const options = runOptions({ command: 'status', dump: DUMP, migrations: [MIGRATIONS], quiet: false });

  it('status warns, and asks for attention', async () => {
    const result = await runMigstamp(options);
    expect(result.exitCode).toBe(1);
    expect(result.notes).toContain(
      `warning: ${DUMP}:257: the id sequence of the tracking table migrations is behind its rows (re-inserted with explicit ids?): public.migrations_id_seq would hand out 2, while the ids go up to 3; php artisan migrate would fail with a duplicate key, and the stamp script moves the sequence past the highest id`,
    );
  });

  it('the script says why it moves the sequence, before the inserts', async () => {
    const script = (await runMigstamp({ ...options, command: 'sql' })).stdout;
    expect(script).toContain('-- In the dump: public.migrations_id_seq would hand out 2, while the ids go up to 3 (dump line 257).\n');
    expect(script.indexOf('PERFORM pg_catalog.setval(seq, top);')).toBeLessThan(script.indexOf('INSERT INTO'));
    expect(script.indexOf('LOCK TABLE')).toBeLessThan(script.indexOf('PERFORM pg_catalog.setval(seq, top);'));
  });

  it('a sequence ahead of the rows is not reported', async () => {
    const result = await runMigstamp({ ...options, dump: 'samples/pgsql/restored.sql', migrations: ['samples/laravel-app/database/migrations'] });
    expect(result.notes.filter((note) => note.includes('id sequence'))).toEqual([]);
  });
});

const gate = engineGate('tracking sequence behind its rows', postgresAvailability());

describe.skipIf(gate.skip)('the lag, on real PostgreSQL', () => {
  const tmp = tempDir('migstamp-sequence-');
  const script = join(tmp.path, 's.sql');
  const later = join(tmp.path, 'later');
  let db: PgDatabase;
  let untouched: PgDatabase;
  let applied: ReturnType<typeof run>;

  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
    db = PgDatabase.create();
    const restored = db.applyFile(DUMP);
    if (restored.code !== 0) throw new Error(`psql could not restore ${DUMP}:\n${restored.stderr}`);
    untouched = db.clone();
    // A migration written after the restore, for Laravel to run next.
    mkdirSync(later);
    writeFileSync(join(later, '2024_04_01_000000_create_refunds_table.php'), createTableMigration('refunds'));
    // As a runbook would: the script is applied only if it was written.
    applied = run('sh', ['-c', '"$0" "$1" sql --dump "$2" --migrations "$3" > "$4" && psql -X -q -v ON_ERROR_STOP=1 -d "$5" -f "$4"', process.execPath, MIGSTAMP_BIN, DUMP, MIGRATIONS, script, db.name]);
  });

  afterAll(() => {
    db?.drop();
    untouched?.drop();
    tmp.cleanup();
  });

  it('the case is real: on the restored database, Laravel\'s own migrate fails with a duplicate key', () => {
    const result = new Laravel('pgsql', untouched.name).raw([later], 'migrate');
    expect(result.code).not.toBe(0);
    expect(result.stderr + result.stdout).toMatch(/duplicate key value violates unique constraint "migrations_pkey"/);
  });

  it('migstamp sql > s.sql && psql -v ON_ERROR_STOP=1 -f s.sql succeeds, saying it moved the sequence', () => {
    expect(applied.code, applied.stderr).toBe(0);
    expect(applied.stderr).toMatch(/NOTICE: {2}migstamp: moved sequence public\.migrations_id_seq from 2 to 4, past the highest id of the tracking table/);
  });

  it('Laravel\'s Migrator then reports nothing pending', () => {
    expect(new Laravel('pgsql', db.name).pending([MIGRATIONS])).toEqual([]);
  });

  it('credit_notes is stamped with the next batch, under a fresh id', () => {
    expect(db.migrationsRows().trim().split('\n').at(-1)).toBe(`4|${CREDIT_NOTES}|4`);
  });

  it('running the script again changes nothing', () => {
    const before = db.migrationsRows();
    const again = db.applyFile(script);
    expect(again.code, again.stderr).toBe(0);
    expect(db.migrationsRows()).toBe(before);
  });

  it('the script checks the sequence in the database, not only in the dump', () => {
    // A dump in which the sequence is right, of a database in which it lags again.
    const other = untouched.clone();
    try {
      other.sql("SELECT setval('migrations_id_seq', 3);");
      const dump = join(tmp.path, 'right.sql');
      other.dump(dump);
      other.sql("SELECT setval('migrations_id_seq', 1);");
      const made = run(process.execPath, [MIGSTAMP_BIN, 'sql', '--dump', dump, '--migrations', MIGRATIONS, '-o', join(tmp.path, 'right-stamp.sql')]);
      expect(made.code, made.stderr).toBe(0);
      expect(made.stderr).not.toMatch(/id sequence/);
      const result = other.applyFile(join(tmp.path, 'right-stamp.sql'));
      expect(result.code, result.stderr).toBe(0);
      expect(new Laravel('pgsql', other.name).pending([MIGRATIONS])).toEqual([]);
    } finally {
      other.drop();
    }
  });

  it('and Laravel\'s next migrate works: the sequence is past the ids', () => {
    const laravel = new Laravel('pgsql', db.name);
    laravel.migrate([MIGRATIONS, later]);
    expect(laravel.pending([MIGRATIONS, later])).toEqual([]);
    expect(db.migrationsRows().trim().split('\n').at(-1)).toBe('5|2024_04_01_000000_create_refunds_table|5');
  });
});
