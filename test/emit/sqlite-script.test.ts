/**
 * The SQLite stamp script, run by the real sqlite3 shell: quoting round-trips
 * byte for byte, and the script changes nothing on a database that does not
 * match, with and without `-bail`, while it stamps (once) on one that does.
 */
import { laravelTrackingTable } from '../../src/frameworks/laravel/tracking-table.js';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderStampScript } from '../../src/emit/sql/index.js';
import { commentText } from '../../src/emit/sql/script-dialect.js';
import { sqliteScript } from '../../src/emit/sql/sqlite-script.js';
import type { InferenceResult, Precondition, Verdict } from '../../src/model/index.js';
import { engineGate, run, tempDir } from '../e2e/engines.js';

const shell = run('sqlite3', ['--version']);
const gate = engineGate('SQLite script (sqlite3 shell)', shell.code === 0 ? { ok: true, reason: '' } : { ok: false, reason: 'sqlite3 is not installed' });

/** Runs SQL text through `sqlite3 [-bail] DB`, as a DBA would with `< FILE`. */
function sqlite3(db: string, sql: string, bail = true) {
  return run('sqlite3', [...(bail ? ['-bail'] : []), db], { input: sql });
}

const hostile = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom("'", "''", '"', '\\', '`', '[', ']', '*/', '/*', '--', ';', '\n', '\r', '\r\n', '\t', '\u2028', 'END;', '.quit\n'),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    maxLength: 30,
  })
  .filter((s) => !s.includes('\u0000'));

const hex = (value: string): string => Buffer.from(value, 'utf8').toString('hex').toUpperCase();

describe.skipIf(gate.skip)('SQLite quoting, checked in one batch by the real sqlite3', () => {
  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
  });

  it('quoted literals read back byte for byte', () => {
    const values = fc.sample(hostile, { numRuns: 1500, seed: 42 });
    const sql = values.map((value, i) => `SELECT ${i}, hex(${sqliteScript.quoteLiteral(value)});`).join('\n');
    const out = sqlite3(':memory:', sql);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.split('\n').filter((l) => l !== '')).toEqual(values.map((value, i) => `${i}|${hex(value)}`));
  });

  it('quoted identifiers read back byte for byte', () => {
    // The shell drops the CR of every CR LF it reads, and a quoted name has no other spelling for it.
    const names = fc.sample(hostile.filter((s) => s.length > 0 && !s.includes('\r\n')), { numRuns: 800, seed: 7 });
    const sql = names
      .map((name, i) => `CREATE TEMP TABLE t${i} (${sqliteScript.quoteIdentifier(name)} integer);\nSELECT ${i}, hex(name) FROM pragma_table_info('t${i}', 'temp');`)
      .join('\n');
    const out = sqlite3(':memory:', sql);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.split('\n').filter((l) => l !== '')).toEqual(names.map((name, i) => `${i}|${hex(name)}`));
  });

  it('echoed text cannot end a line comment', () => {
    const texts = fc.sample(hostile, { numRuns: 800, seed: 3 });
    const sql = texts.map((text, i) => `-- ${commentText(text)}\nSELECT ${i};`).join('\n');
    const out = sqlite3(':memory:', sql);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stdout.split('\n').filter((l) => l !== '')).toEqual(texts.map((_t, i) => String(i)));
  });
});

// ---------------------------------------------------------------------------

const SCHEMA = `
CREATE TABLE "migrations" ("id" integer not null primary key autoincrement, "migration" varchar not null, "batch" integer not null);
INSERT INTO "migrations" ("migration", "batch") VALUES ('2020_01_01_000000_create_users_table', 1);
CREATE TABLE "users" ("id" integer not null primary key autoincrement, "email" varchar not null);
CREATE TABLE "posts" ("id" integer not null primary key autoincrement, "user_id" integer not null, foreign key("user_id") references "users"("id") on delete cascade);
CREATE UNIQUE INDEX "users_email_unique" on "users" ("email");
CREATE VIEW "active_users" AS SELECT * FROM users;
`;

const PRECONDITIONS: Precondition[] = [
  { kind: 'table', table: 'posts' },
  { kind: 'column', table: 'posts', column: 'user_id' },
  { kind: 'index', table: 'users', name: 'users_email_unique' },
  { kind: 'constraint', table: 'posts', name: 'foreign key("user_id") references "users"("id") on delete cascade' },
  { kind: 'constraint', table: 'posts', name: '"id" integer not null primary key autoincrement' },
  { kind: 'view', name: 'active_users' },
];

const HOSTILE_NAMES = ["2021_01_01_000000_it's", '2021_01_02_000000_*/ DROP TABLE users; --', '2021_01_03_000000_line\nbreak\r\n', '2021_01_04_000000_ünïcødé ✓'];

function verdict(migration: string): Verdict {
  return { migration, file: `${migration}.php`, kind: 'applied', reason: "its effects are in the dump */ --'", evidence: [], batch: null, stamp: true, next: null, preconditions: PRECONDITIONS };
}

const script = renderStampScript(sqliteScript, {
  toolVersion: 'test',
  inputs: [{ label: 'dump', path: 'dump.sql', sha256: '0' }],
  target: { schema: null, table: 'migrations', nameColumn: 'migration', rowFor: laravelTrackingTable.rowFor },
  result: { verdicts: HOSTILE_NAMES.map(verdict), highestBatch: 1, expected: new Map(), unclaimedTables: [] } satisfies InferenceResult,
  batch: 2,
});

describe.skipIf(gate.skip)('SQLite stamp script on the real sqlite3', () => {
  let tmp: ReturnType<typeof tempDir> | undefined;
  const db = (name: string, damage = ''): string => {
    const file = join(tmp!.path, `${name}.sqlite`);
    const r = sqlite3(file, SCHEMA + damage);
    if (r.code !== 0) throw new Error(r.stderr);
    return file;
  };
  const rows = (file: string): string => sqlite3(file, 'SELECT id, hex(migration), batch FROM migrations ORDER BY id;').stdout;
  const names = (file: string): string[] =>
    sqlite3(file, 'SELECT hex(migration) FROM migrations WHERE batch = 2 ORDER BY id;').stdout.split('\n').filter((l) => l !== '').map((h) => Buffer.from(h, 'hex').toString('utf8'));

  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
    tmp = tempDir('migstamp-sqlite-script-');
  });
  afterAll(() => tmp?.cleanup());

  it('stamps every migration once, names read back byte for byte; a second run changes nothing', () => {
    const file = db('match');
    const first = sqlite3(file, script);
    expect(first.code, first.stderr).toBe(0);
    expect(names(file)).toEqual(HOSTILE_NAMES);
    const after = rows(file);
    expect(sqlite3(file, script).code).toBe(0);
    expect(rows(file)).toBe(after);
    // The temporary guard is gone with the connection: a plain insert works again.
    expect(sqlite3(file, "INSERT INTO migrations (migration, batch) VALUES ('x', 3);").code).toBe(0);
  });

  it.each([
    ['a table', 'DROP TABLE posts;', /table posts/],
    ['a column', 'ALTER TABLE posts RENAME COLUMN user_id TO owner_id;', /column posts.user_id/],
    ['an index', 'DROP INDEX users_email_unique;', /index users_email_unique/],
    ['a foreign key', 'DROP TABLE posts; CREATE TABLE "posts" ("id" integer not null primary key autoincrement, "user_id" integer not null);', /constraint on posts: foreign key/],
    ['a view', 'DROP VIEW active_users;', /view active_users/],
  ])('changes nothing on a database missing %s, with and without -bail', (_what, damage, named) => {
    for (const bail of [true, false]) {
      const file = db(`missing-${bail}-${Math.random().toString(36).slice(2)}`, damage);
      const before = rows(file);
      const r = sqlite3(file, script, bail);
      expect(r.stdout).toMatch(named);
      expect(r.stderr).toMatch(/this database does not match the dump, nothing was changed/);
      if (bail) expect(r.code).not.toBe(0);
      expect(rows(file)).toBe(before);
    }
  });

  it('changes nothing on a database without the tracking table, with and without -bail', () => {
    for (const bail of [true, false]) {
      const file = db(`no-tracking-${bail}`, 'DROP TABLE migrations;');
      const r = sqlite3(file, script, bail);
      expect(r.stderr).not.toBe('');
      if (bail) expect(r.code).not.toBe(0);
      expect(sqlite3(file, "SELECT count(*) FROM sqlite_master WHERE name = 'migrations';").stdout.trim()).toBe('0');
    }
  });
});
