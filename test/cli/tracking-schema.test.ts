/**
 * `--tracking-schema`: a tracking table outside the application's schema, end to
 * end through run() on real pg_dump output (test/fixtures/postgres/tracking-schema):
 * dbmate's public.schema_migrations beside tables its migrations create in `app`
 * (UPchieve's layout), and Drizzle's drizzle.__drizzle_migrations beside tables in
 * `public`. What is said without the option, what the option reads, and the
 * script applied with psql, twice, to the database restored from the dump.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { elsewhere } from '../../src/cli/dump-checks.js';
import { openDump } from '../../src/cli/dump-input.js';
import { run } from '../../src/cli/run.js';
import { postgres } from '../../src/dump/postgres/index.js';
import { renderStampScript, scriptDialectFor } from '../../src/emit/sql/index.js';
import { InputError, type InferenceResult, UsageError } from '../../src/model/index.js';
import { PgDatabase, engineGate, run as runTool } from '../e2e/engines.js';
import { runOptions } from '../support/run-options.js';

const FIXTURES = 'test/fixtures/postgres/tracking-schema';
const base = { framework: 'dbmate', migrations: [`${FIXTURES}/dbmate-migrations`] };
const dbmate = (dump: string, overrides: Partial<Parameters<typeof run>[0]> = {}) => runOptions({ command: 'status', dump: `${FIXTURES}/${dump}`, ...base, ...overrides });

async function verdicts(options: Parameters<typeof run>[0]): Promise<Record<string, string>> {
  const report = JSON.parse((await run({ ...options, command: 'status', json: true })).stdout) as { verdicts: { migration: string; verdict: string }[] };
  return Object.fromEntries(report.verdicts.map((v) => [v.migration.slice(15), v.verdict]));
}

/**
 * The script from BEGIN on, without dump line numbers: the header names the input
 * file and its hash, and an archive's lines are those of its pg_restore text.
 */
const body = (script: string): string => script.slice(script.indexOf('\nBEGIN;')).replace(/dump line \d+/g, 'dump line N');

describe('dbmate: tables in app, schema_migrations in public', () => {
  it('--schema app alone: the tracking table is said to be in public, with the option that reads it', async () => {
    const result = await run({ ...dbmate('dbmate-split.sql', { schema: 'app' }), quiet: false });
    expect(result.notes).toContain(`warning: ${FIXTURES}/dbmate-split.sql has no tracking table schema_migrations in schema app, but schema public has one (try --tracking-schema public); every migration is treated as untracked`);
    await expect(run(dbmate('dbmate-split.sql', { command: 'sql', schema: 'app' }))).rejects.toThrow(
      new InputError(`${FIXTURES}/dbmate-split.sql has no tracking table schema_migrations in schema app to stamp, but schema public has one (try --tracking-schema public)`),
    );
  });

  it.each(['dbmate-split.sql', 'dbmate-split-inserts.sql', 'dbmate-split.pgc'])('%s --schema app --tracking-schema public: two tracked, two applied', async (dump) => {
    expect(await verdicts(dbmate(dump, { schema: 'app', trackingSchema: 'public' }))).toEqual({
      create_schema: 'tracked',
      create_users: 'tracked',
      add_users_name: 'applied',
      create_posts: 'applied',
    });
  });

  it('the script writes public.schema_migrations and checks the tables in app; a custom archive gives the same statements', async () => {
    const plain = (await run(dbmate('dbmate-split.sql', { command: 'sql', schema: 'app', trackingSchema: 'public' }))).stdout;
    expect(plain).toContain('-- tracking table: public.schema_migrations');
    expect(plain).toContain(`(1, 'relation', '"public"."schema_migrations"', NULL, 'tracking table schema_migrations')`);
    expect(plain).toContain(`(3, 'relation', '"app"."posts"', NULL, 'table posts')`);
    expect(plain).toContain('LOCK TABLE "public"."schema_migrations" IN SHARE ROW EXCLUSIVE MODE;');
    expect(plain.match(/^INSERT INTO "public"\."schema_migrations" \("version"\)$/gm)).toHaveLength(2);
    const archive = (await run(dbmate('dbmate-split.pgc', { command: 'sql', schema: 'app', trackingSchema: 'public' }))).stdout;
    expect(body(archive)).toBe(body(plain));
  });

  it.each([
    ['a schema-qualified --table', { table: 'public.schema_migrations' }, '--table names the table alone, without its schema: give --tracking-schema public --table schema_migrations'],
    ['--tracking-schema on a SQLite dump', { dump: 'test/fixtures/sqlite/plain.sql', trackingSchema: 'public' }, '--tracking-schema is for PostgreSQL dumps, and test/fixtures/sqlite/plain.sql is a sqlite dump, whose tracking table is in the database it describes'],
    ['--tracking-schema on a MariaDB dump', { dump: 'test/fixtures/mysql/plain.sql', trackingSchema: 'public' }, '--tracking-schema is for PostgreSQL dumps, and test/fixtures/mysql/plain.sql is a mysql dump, whose tracking table is in the database it describes'],
  ])('refused: %s', async (_what, overrides, message) => {
    await expect(run(dbmate('dbmate-split.sql', overrides))).rejects.toThrow(new UsageError(message));
  });
});

describe('Drizzle: tables in public, __drizzle_migrations in drizzle (the message)', () => {
  const read = async (trackingSchema: string | null) => {
    const dump = await openDump(`${FIXTURES}/drizzle-split.sql`, { hash: false });
    return postgres.read(dump.chunks, {
      file: 'drizzle-split.sql',
      schema: null,
      trackingSchema,
      trackingTable: '__drizzle_migrations',
      trackingRows: { requiredColumns: ['hash'], idColumn: 'id', readRow: (row) => ({ migration: row.values['hash'] ?? '', batch: 0, line: row.line }) },
      keepRowsOf: new Set(),
      maxRowsPerTable: 0,
    });
  };

  it.each([
    [null, ', but schema drizzle has one (try --tracking-schema drizzle)'],
    ['elsewhere', ', but schema drizzle has one (try --tracking-schema drizzle)'],
    ['drizzle', ''],
  ])('looked for in %s: %j', async (trackingSchema, said) => {
    expect(elsewhere(await read(trackingSchema), '__drizzle_migrations', trackingSchema)).toBe(said);
  });
});

const gate = engineGate('tracking schema scripts on PostgreSQL', runTool('psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1']).code === 0 ? { ok: true, reason: '' } : { ok: false, reason: 'psql cannot reach PostgreSQL' });

describe.skipIf(gate.skip)('the scripts applied with psql, twice, to the database restored from the dump', () => {
  const databases: PgDatabase[] = [];
  const tmp = mkdtempSync(join(tmpdir(), 'trackschema-'));
  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
  });
  afterAll(() => {
    for (const db of databases) db.drop();
    rmSync(tmp, { recursive: true, force: true });
  });

  function restored(dump: string): PgDatabase {
    const db = PgDatabase.create('trackschema');
    databases.push(db);
    const result = db.applyFile(`${FIXTURES}/${dump}`);
    if (result.code !== 0) throw new Error(result.stderr);
    return db;
  }

  function applyTwice(db: PgDatabase, script: string): void {
    const file = join(tmp, `${db.name}.sql`);
    writeFileSync(file, script);
    for (const attempt of [1, 2]) expect(db.applyFile(file), `attempt ${attempt}`).toMatchObject({ code: 0 });
  }

  it('dbmate: public.schema_migrations gets the two missing versions, once', async () => {
    const db = restored('dbmate-split.sql');
    applyTwice(db, (await run(dbmate('dbmate-split.pgc', { command: 'sql', schema: 'app', trackingSchema: 'public' }))).stdout);
    expect(db.sql('SELECT version FROM public.schema_migrations ORDER BY version;').trim().split('\n')).toEqual(['20240101000000', '20240101000100', '20240101000200', '20240101000300']);
    expect(await verdicts(dbmate('dbmate-split.sql', { schema: 'app', trackingSchema: 'public' }))).toMatchObject({ add_users_name: 'applied' });
  });

  it('dbmate: against a database without the tables in app it aborts, changing nothing', async () => {
    const db = restored('dbmate-split.sql');
    db.sql('DROP TABLE app.posts;');
    const file = join(tmp, `${db.name}.sql`);
    writeFileSync(file, (await run(dbmate('dbmate-split.sql', { command: 'sql', schema: 'app', trackingSchema: 'public' }))).stdout);
    expect(db.applyFile(file).stderr).toContain('missing: table posts, column posts.id');
    expect(db.sql('SELECT count(*) FROM public.schema_migrations;').trim()).toBe('2');
  });

  it("Drizzle: the row goes to drizzle.__drizzle_migrations, past its lagging id sequence, and Drizzle's migrator then has nothing to run", async () => {
    const db = restored('drizzle-split.sql');
    const dump = await openDump(`${FIXTURES}/drizzle-split.pgc`, { hash: false });
    const snapshot = await postgres.read(dump.chunks, {
      file: 'drizzle-split.pgc',
      schema: null,
      trackingSchema: 'drizzle',
      trackingTable: '__drizzle_migrations',
      trackingRows: { requiredColumns: ['hash'], idColumn: 'id', readRow: (row) => ({ migration: row.values['hash'] ?? '', batch: 0, line: row.line }) },
      keepRowsOf: new Set(),
      maxRowsPerTable: 0,
    });
    // The inference's part, given by hand: 0002 added users.name, which the dump has.
    const result: InferenceResult = {
      verdicts: [{ migration: '0002_add_users_name', file: null, kind: 'applied', reason: 'its effects are in the dump', evidence: [], batch: null, stamp: true, next: null, preconditions: [{ kind: 'column', table: 'users', column: 'name' }] }],
      highestBatch: 0,
      expected: new Map(),
      unclaimedTables: [],
    };
    const hash = runTool('sha256sum', [`${FIXTURES}/drizzle-migrations/0002_add_users_name.sql`]).stdout.split(' ')[0]!;
    const script = renderStampScript(scriptDialectFor('postgres'), {
      toolVersion: 'test',
      inputs: [{ label: 'dump', path: 'drizzle-split.pgc', sha256: '0' }],
      target: {
        schema: snapshot.tracking!.schema,
        objectsSchema: snapshot.schema,
        table: '__drizzle_migrations',
        nameColumn: 'hash',
        idColumn: 'id',
        rowFor: () => [
          { column: 'hash', value: { kind: 'text', value: hash } },
          { column: 'created_at', value: { kind: 'integer', value: 1704240000000 } },
        ],
      },
      result,
      batch: 1,
      batches: false,
      idCounterBehind: 'drizzle.__drizzle_migrations_id_seq would hand out 2',
    });
    expect(script).toContain(`(2, 'column', '"public"."users"', 'name', 'column users.name')`);
    applyTwice(db, script);
    expect(db.sql('SELECT id, created_at FROM drizzle.__drizzle_migrations ORDER BY id;').trim().split('\n')).toEqual(['1|1704067200000', '2|1704153600000', '3|1704240000000']);
    const migrator = runTool('node', [`${FIXTURES}/drizzle-migrate.mjs`, db.name]);
    expect(migrator).toMatchObject({ code: 0 });
    expect(db.sql('SELECT count(*) FROM drizzle.__drizzle_migrations;').trim()).toBe('3');
  });
});
