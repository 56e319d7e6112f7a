/**
 * Bad input, one case per row. Each case builds its files in a fresh temporary
 * folder (the run's working directory, so messages show short relative paths)
 * and says what the user must see.
 *
 *   refused  — exit 2, ONE stderr line `migstamp: …` naming `file` (and `line`),
 *              nothing written to -o
 *   works    — the input is unusual but fine; the run succeeds normally
 *   degraded — the run succeeds and the problem is reported where it belongs
 *              (a verdict, a warning line); said why in `why`
 */
import { chmodSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { REPO_ROOT } from '../e2e/engines.js';
import { createTableMigration, pgDump } from '../guarantees/support/tiny-app.js';

export type Outcome = 'refused' | 'works' | 'degraded';
export type Subcommand = 'status' | 'sql';

export interface Expectation {
  readonly code: 0 | 1 | 2;
  /** Some stderr line must match (for `refused`: THE line). */
  readonly stderr?: RegExp;
  readonly stdout?: RegExp;
}

export interface Built {
  /** Arguments after the subcommand; the test adds `-o out.sql` for `sql`. */
  readonly args: readonly string[];
  /** The file a refusal must name, and the line where one applies. */
  readonly file?: string;
  readonly line?: number;
}

export interface BadInputCase {
  readonly id: string;
  readonly what: string;
  readonly outcome: Outcome;
  /** Why a `degraded` or `works` result is the right answer. */
  readonly why?: string;
  build(dir: string): Built;
  readonly status?: Expectation;
  readonly sql?: Expectation;
  /** Runs the whole argv itself (usage errors): no subcommand or -o added. */
  readonly argv?: true;
  /** For huge or deep inputs: bounds on wall time and peak memory. */
  readonly limits?: { readonly seconds: number; readonly rssMb: number };
}

export const SAMPLE_DUMP = join(REPO_ROOT, 'samples', 'pgsql', 'restored.sql');
const CASES = join(REPO_ROOT, 'test', 'fixtures', 'cases');
const ARCHIVES = join(REPO_ROOT, 'test', 'fixtures', 'archives');
const APP_SCHEMA_MIGRATIONS = join(REPO_ROOT, 'test', 'fixtures', 'postgres', 'app-schema-migrations');
export const SAMPLE_MIGRATIONS = join(REPO_ROOT, 'samples', 'laravel-app', 'database', 'migrations');
const SAMPLE_TEXT = readFileSync(SAMPLE_DUMP, 'utf8');
const SAMPLE_SUMMARY = /^19 tracked, 18 applied, 3 pending, 1 unknown; 18 to stamp$/m;
/** Peak memory of a normal run on the 60 kB sample is about 130 MB. */
const HUGE = { seconds: 60, rssMb: 450 } as const;
const MB = 1024 * 1024;

const sampleRun: Pick<BadInputCase, 'status' | 'sql'> = {
  status: { code: 1, stdout: SAMPLE_SUMMARY },
  sql: { code: 0, stderr: /^migstamp: wrote out\.sql: 19 tracked, 18 applied, 3 pending, 1 unknown; 18 to stamp$/ },
};

function file(dir: string, name: string, content: string | Buffer): string {
  writeFileSync(join(dir, name), content);
  return name;
}

/** A dump file with the sample's migrations: `-d name -m <sample>`. */
function dumpCase(name: string, content: (dir: string) => string | Buffer, line?: number): (dir: string) => Built {
  return (dir) => {
    file(dir, name, content(dir));
    return { args: ['-d', name, '-m', SAMPLE_MIGRATIONS, '--check'], file: name, line };
  };
}

/** A small but real dump header, then `tail` starting on line 6. */
const HEADER = '--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\n';
const withHeader = (tail: string) => () => HEADER + tail;

/** Migrations folder cases run against a tiny dump holding the `widgets` table. */
function migrationsCase(setup: (dir: string) => string[], file?: string, line?: number): (dir: string) => Built {
  return (dir) => {
    writeFileSync(join(dir, 'dump.sql'), pgDump(['widgets'], []));
    return { args: ['-d', 'dump.sql', ...setup(dir).flatMap((m) => ['-m', m])], file, line };
  };
}

function folder(dir: string, name: string, files: Record<string, string | Buffer> = {}): string {
  mkdirSync(join(dir, name), { recursive: true });
  for (const [base, content] of Object.entries(files)) writeFileSync(join(dir, name, base), content);
  return name;
}

const WIDGETS = createTableMigration('widgets');
/** A deterministic pseudo-random byte stream (xorshift), so failures reproduce. */
function noise(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let x = seed;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    bytes[i] = x & 0xff;
  }
  return bytes;
}

/** The sample dump followed by `tail`, written without building one huge string. */
function sampleThen(dir: string, name: string, parts: readonly (string | Buffer)[]): string {
  writeFileSync(join(dir, name), Buffer.concat([Buffer.from(SAMPLE_TEXT), ...parts.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))]));
  return name;
}
const SAMPLE_LINES = SAMPLE_TEXT.split('\n').length;

const runningAsRoot = process.getuid?.() === 0;

export const cases: readonly BadInputCase[] = [
  // --- the dump file itself
  { id: 'dump-empty', what: 'empty dump file', outcome: 'refused', build: dumpCase('empty.sql', () => ''), status: { code: 2, stderr: /^migstamp: the dump file empty\.sql is empty$/ } },
  { id: 'dump-blank', what: 'dump of only blank lines', outcome: 'refused', build: dumpCase('blank.sql', () => '\n\n   \n'), status: { code: 2, stderr: /does not look like a dump migstamp can read/ } },
  { id: 'dump-directory', what: 'a directory instead of a dump file', outcome: 'refused', build: (dir) => ({ args: ['-d', folder(dir, 'dump.d'), '-m', SAMPLE_MIGRATIONS], file: 'dump.d' }), status: { code: 2, stderr: /^migstamp: the dump (file )?dump\.d is a directory\b/ } },
  {
    id: 'dump-toc-dat',
    what: "a directory archive's toc.dat given as the dump",
    outcome: 'refused',
    build: (dir) => (folder(dir, 'backup.dir', { 'toc.dat': readFileSync(join(ARCHIVES, 'dir', 'toc.dat')) }), { args: ['-d', 'backup.dir/toc.dat', '-m', SAMPLE_MIGRATIONS], file: 'backup.dir/toc.dat' }),
    status: { code: 2, stderr: /^migstamp: backup\.dir\/toc\.dat is the table of contents \(toc\.dat\) of a pg_dump directory archive, not a dump of its own; pass the archive's folder \(backup\.dir\) as the dump instead$/ },
  },
  { id: 'dump-missing', what: 'dump file that does not exist', outcome: 'refused', build: () => ({ args: ['-d', 'nowhere.sql', '-m', SAMPLE_MIGRATIONS], file: 'nowhere.sql' }), status: { code: 2, stderr: /^migstamp: the dump file nowhere\.sql does not exist$/ } },
  {
    id: 'dump-unreadable',
    what: 'dump file with mode 000',
    outcome: runningAsRoot ? 'works' : 'refused',
    why: runningAsRoot ? 'running as root, where mode 000 does not stop reads: the file is read normally' : undefined,
    build: (dir) => {
      file(dir, 'locked.sql', SAMPLE_TEXT);
      chmodSync(join(dir, 'locked.sql'), 0o000);
      return { args: ['-d', 'locked.sql', '-m', SAMPLE_MIGRATIONS], file: 'locked.sql' };
    },
    ...(runningAsRoot ? { status: { code: 1 }, sql: { code: 0 } } : { status: { code: 2, stderr: /^migstamp: the dump file locked\.sql cannot be read: permission denied$/ } }),
  },
  { id: 'dump-fifo-like', what: 'dump path is a symlink to nowhere', outcome: 'refused', build: (dir) => (symlinkSync(join(dir, 'gone.sql'), join(dir, 'link.sql')), { args: ['-d', 'link.sql', '-m', SAMPLE_MIGRATIONS], file: 'link.sql' }), status: { code: 2, stderr: /^migstamp: the dump file link\.sql does not exist$/ } },
  { id: 'cut-statement', what: 'dump cut mid-statement', outcome: 'refused', build: dumpCase('cut-statement.sql', withHeader('\nCREATE TABLE public.widgets (\n    name character varying(255)'), 7), status: { code: 2, stderr: /the dump ends inside a statement .*starts at line 7; the file looks truncated$/ } },
  { id: 'cut-string', what: 'dump cut mid-string', outcome: 'refused', build: dumpCase('cut-string.sql', withHeader("\nCREATE TABLE public.widgets (\n    name text DEFAULT 'half a"), 8), status: { code: 2, stderr: /the dump ends inside a quoted string .*line 8; the file looks truncated$/ } },
  { id: 'cut-dollar', what: 'dump cut mid-dollar-quote', outcome: 'refused', build: dumpCase('cut-dollar.sql', withHeader('\nCREATE FUNCTION public.f() RETURNS integer\n    LANGUAGE sql\n    AS $_$ SELECT 1;\n'), 9), status: { code: 2, stderr: /the dump ends inside a dollar-quoted .*line 9; the file looks truncated$/ } },
  { id: 'cut-copy', what: 'dump cut mid-COPY block', outcome: 'refused', build: dumpCase('cut-copy.sql', withHeader('\nCOPY public.migrations (id, migration, batch) FROM stdin;\n1\t2020_01_01_000000_x\t1\n2\t2020_0'), 7), status: { code: 2, stderr: /the dump ends inside .*COPY.*line 7; the file looks truncated$/ } },
  { id: 'cut-comment', what: 'dump cut mid-block comment', outcome: 'refused', build: dumpCase('cut-comment.sql', withHeader('\n/* a comment that never\nends'), 7), status: { code: 2, stderr: /the dump ends inside a .*comment.*line 7; the file looks truncated$/ } },
  { id: 'cut-sample', what: 'the sample dump cut at 20,000 bytes', outcome: 'refused', build: dumpCase('cut-sample.sql', () => Buffer.from(SAMPLE_TEXT).subarray(0, 20_000)), status: { code: 2, stderr: /^migstamp: cut-sample\.sql:\d+: the dump ends inside .*the file looks truncated$/ } },
  { id: 'gzip-truncated', what: 'gzip dump truncated', outcome: 'refused', build: dumpCase('cut.sql.gz', () => gzipSync(SAMPLE_TEXT).subarray(0, 3000)), status: { code: 2, stderr: /^migstamp: cut\.sql\.gz is gzip-compressed but cannot be decompressed \(.*\); the file looks truncated or corrupt$/ } },
  {
    id: 'gzip-corrupt',
    what: 'gzip dump with corrupt deflate data',
    outcome: 'refused',
    build: dumpCase('corrupt.sql.gz', () => {
      const bytes = gzipSync(SAMPLE_TEXT);
      noise(200, 7).copy(bytes, 40);
      return bytes;
    }),
    status: { code: 2, stderr: /^migstamp: corrupt\.sql\.gz is gzip-compressed but cannot be decompressed \(.*\); the file looks truncated or corrupt$/ },
  },
  { id: 'gzip-not-sql', what: 'gzip of a JSON file', outcome: 'refused', build: dumpCase('data.json.gz', () => gzipSync('{"rows": [1, 2, 3]}\n')), status: { code: 2, stderr: /^migstamp: data\.json\.gz does not look like a dump migstamp can read \(first line: "\{\\"rows\\": \[1, 2, 3\]\}"\)$/ } },
  // A custom archive is refused today with a pg_restore hint; a native reader may
  // land (it would then report these damaged archives as damaged): either way one sentence, exit 2.
  { id: 'pgdmp-truncated', what: 'pg_dump custom archive truncated after its header', outcome: 'refused', build: dumpCase('cut.dump', () => Buffer.concat([Buffer.from('PGDMP'), Buffer.from([1, 14, 0, 4, 8, 1, 1])])), status: { code: 2, stderr: /^migstamp: .*cut\.dump.*$/ } },
  { id: 'pgdmp-version', what: 'pg_dump custom archive of an unknown version (99.0)', outcome: 'refused', build: dumpCase('future.dump', () => Buffer.concat([Buffer.from('PGDMP'), Buffer.from([99, 0, 0, 4, 8, 1, 1]), noise(2000, 3)])), status: { code: 2, stderr: /^migstamp: .*future\.dump.*$/ } },
  { id: 'binary', what: 'binary garbage', outcome: 'refused', build: dumpCase('noise.bin', () => noise(64 * 1024, 42)), status: { code: 2, stderr: /^migstamp: noise\.bin is not a text dump: its first bytes are binary data, not SQL$/ } },
  { id: 'binary-zeros', what: 'a file of NUL bytes', outcome: 'refused', build: dumpCase('zeros.sql', () => Buffer.alloc(4096)), status: { code: 2, stderr: /^migstamp: zeros\.sql is not a text dump: its first bytes are binary data, not SQL$/ } },
  { id: 'json', what: 'JSON instead of SQL', outcome: 'refused', build: dumpCase('dump.json', () => '{"tables": []}\n'), status: { code: 2, stderr: /^migstamp: dump\.json does not look like a dump migstamp can read \(first line: .*\)$/ } },
  { id: 'php', what: 'PHP instead of SQL', outcome: 'refused', build: dumpCase('dump.php', () => WIDGETS), status: { code: 2, stderr: /^migstamp: dump\.php does not look like a dump migstamp can read \(first line: "<\?php"\)$/ } },
  { id: 'html', what: 'HTML (an error page saved as the dump)', outcome: 'refused', build: dumpCase('dump.html', () => '<!DOCTYPE html>\n<html><body>502 Bad Gateway</body></html>\n'), status: { code: 2, stderr: /^migstamp: dump\.html does not look like a dump migstamp can read \(first line: "<!DOCTYPE html>"\)$/ } },
  {
    id: 'utf16le',
    what: 'UTF-16 LE dump with BOM (PowerShell `>`)',
    outcome: 'works',
    why: 'the byte order mark is recognised and the file decoded as it streams: same verdicts and script as the UTF-8 file',
    build: (dir) => ({ args: ['-d', file(dir, 'utf16le.sql', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SAMPLE_TEXT, 'utf16le')])), '-m', SAMPLE_MIGRATIONS] }),
    status: { code: 1, stdout: /add_avatar_to_agents_table\s+applied/ },
    sql: { code: 0 },
  },
  {
    id: 'utf16be',
    what: 'UTF-16 BE dump with BOM',
    outcome: 'works',
    why: 'decoded like UTF-16 LE',
    build: (dir) => ({ args: ['-d', file(dir, 'utf16be.sql', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(SAMPLE_TEXT, 'utf16le').swap16()])), '-m', SAMPLE_MIGRATIONS, '--check'] }),
    ...sampleRun,
  },
  {
    id: 'latin1',
    what: "Latin-1 dump (`SET client_encoding = 'LATIN1'`, a table named café)",
    outcome: 'works',
    why: "the declared client_encoding decodes the statements: the table is read as café, and the tracking rows as they are",
    build: (dir) => {
      const text = SAMPLE_TEXT.replace("SET client_encoding = 'UTF8';", "SET client_encoding = 'LATIN1';") + '\nCREATE TABLE public."café" (name character varying(255) NOT NULL);\n';
      folder(dir, 'cafe', { '2030_01_01_000000_create_cafe_table.php': createTableMigration('café') });
      return { args: ['-d', file(dir, 'latin1.sql', Buffer.from(text, 'latin1')), '-m', SAMPLE_MIGRATIONS, '-m', 'cafe'] };
    },
    status: { code: 1, stdout: /2030_01_01_000000_create_cafe_table\s+applied/ },
    sql: { code: 0 },
  },
  {
    id: 'latin1-undeclared',
    what: 'Latin-1 bytes in comments of a UTF-8 dump',
    outcome: 'works',
    why: 'comments are skipped unread; the schema is unaffected',
    build: (dir) => ({ args: ['-d', file(dir, 'mixed.sql', Buffer.concat([Buffer.from(SAMPLE_TEXT), Buffer.from('\n-- r\xe9sum\xe9 caf\xe9\n', 'latin1')])), '-m', SAMPLE_MIGRATIONS, '--check'] }),
    ...sampleRun,
  },
  { id: 'utf8-bom', what: 'UTF-8 BOM', outcome: 'works', build: (dir) => ({ args: ['-d', file(dir, 'bom.sql', `\ufeff${SAMPLE_TEXT}`), '-m', SAMPLE_MIGRATIONS, '--check'] }), ...sampleRun },
  { id: 'crlf', what: 'CRLF line endings', outcome: 'works', build: (dir) => ({ args: ['-d', file(dir, 'crlf.sql', SAMPLE_TEXT.replace(/\n/g, '\r\n')), '-m', SAMPLE_MIGRATIONS, '--check'] }), ...sampleRun },
  {
    id: 'no-tracking',
    what: 'dump with no tracking table',
    outcome: 'degraded',
    why: 'status still judges every migration (as untracked) and warns; sql refuses, since there is no table to stamp',
    build: (dir) => ({ args: ['-d', file(dir, 'untracked.sql', pgDump(['widgets'], []).replace(/CREATE TABLE public\.migrations \([^;]*;\n|COPY public\.migrations[^]*?\\\.\n/g, '')), '-m', folder(dir, 'm', { '2020_01_01_000000_create_widgets_table.php': WIDGETS })], file: 'untracked.sql' }),
    status: { code: 1, stderr: /^migstamp: warning: untracked\.sql has no tracking table migrations in schema public; every migration is treated as untracked$/ },
    sql: { code: 2, stderr: /^migstamp: untracked\.sql has no tracking table migrations in schema public to stamp; create it first \(php artisan migrate:install\) or name it with --table$/ },
  },
  // --- files that cannot answer, or hold more than one database (issue 9)
  ...([
    ['pg-dumpall', 'pg-dumpall-two-databases', 'cluster-app-and-reporting.sql', /^migstamp: the dump cluster-app-and-reporting\.sql holds 2 databases, c05_app \(with a tracking table migrations\) and c05_reporting; choose one with --database NAME$/],
    ['mysqldump-databases', 'mysqldump-two-databases', 'other-app-first.sql', /^migstamp: the dump other-app-first\.sql holds 2 databases, c06_other \(with a tracking table migrations\) and c06_app \(with a tracking table migrations\); choose one with --database NAME$/],
    ['data-only-mysql', 'data-only-and-schema-only', 'data-only.sql', /^migstamp: the dump data-only\.sql holds rows but no table definitions \(a data-only dump, as pg_dump --data-only or mysqldump --no-create-info write\), so it cannot show which migrations ran; dump the schema too$/],
  ] as const).map(
    ([id, folderName, dump, stderr]): BadInputCase => ({
      id,
      what: `field case ${folderName}/${dump}`,
      outcome: 'refused',
      build: (dir) => ({ args: ['-d', file(dir, dump, readFileSync(join(CASES, folderName, dump))), '-m', join(CASES, folderName, 'migrations')], file: dump }),
      status: { code: 2, stderr },
    }),
  ),
  {
    id: 'data-only-pg',
    what: 'pg_dump --data-only',
    outcome: 'refused',
    build: (dir) => ({ args: ['-d', file(dir, 'data.sql', readFileSync(join(REPO_ROOT, 'test/fixtures/postgres/data-only.sql'))), '-m', APP_SCHEMA_MIGRATIONS], file: 'data.sql' }),
    status: { code: 2, stderr: /^migstamp: the dump data\.sql holds rows but no table definitions/ },
  },
  {
    id: 'database-missing',
    what: '--database that the pg_dumpall file does not hold',
    outcome: 'refused',
    build: (dir) => ({ args: ['-d', file(dir, 'all.sql', readFileSync(join(CASES, 'pg-dumpall-two-databases', 'cluster-two-apps.sql'))), '-m', join(CASES, 'pg-dumpall-two-databases', 'migrations'), '--database', 'c05'], file: 'all.sql' }),
    status: { code: 2, stderr: /^migstamp: the dump all\.sql has no database c05; it holds template1, c05_app and c05_other$/ },
  },
  {
    id: 'schema-missing',
    what: '--schema that the dump does not have',
    outcome: 'refused',
    build: (dir) => ({ args: ['-d', file(dir, 'app.sql', readFileSync(join(REPO_ROOT, 'test/fixtures/postgres/app-schema-create.sql'))), '-m', APP_SCHEMA_MIGRATIONS, '--schema', 'ap'], file: 'app.sql' }),
    status: { code: 2, stderr: /^migstamp: the dump app\.sql has no schema ap; its schemas are app, public$/ },
  },
  {
    id: 'schema-only-mysql',
    what: 'mysqldump --no-data',
    outcome: 'degraded',
    why: 'the verdicts stand, but which migrations are tracked and the highest batch are unknown: said on stderr and in the script header',
    build: (dir) => ({ args: ['-d', file(dir, 'schema.sql', readFileSync(join(CASES, 'data-only-and-schema-only', 'schema-only.sql'))), '-m', join(CASES, 'data-only-and-schema-only', 'migrations')], file: 'schema.sql' }),
    status: { code: 1, stderr: /^migstamp: warning: schema\.sql holds no rows \(a schema-only dump\), so which migrations are already tracked and the highest batch are unknown; .* stamped rows get batch 1 \(choose it with --batch\)$/ },
    sql: { code: 0, stderr: /^migstamp: warning: schema\.sql holds no rows/ },
  },
  {
    id: 'tracking-layout',
    what: 'tracking table with another column layout (id, name, ran_at)',
    outcome: 'refused',
    build: (dir) => ({
      args: ['-d', file(dir, 'layout.sql', `${HEADER}\nCREATE TABLE public.migrations (\n    id integer NOT NULL,\n    name text NOT NULL,\n    ran_at timestamp\n);\n`), '-m', folder(dir, 'm', { '2020_01_01_000000_create_widgets_table.php': WIDGETS })],
      file: 'layout.sql',
      line: 7,
    }),
    status: { code: 2, stderr: /^migstamp: layout\.sql:7: the tracking table migrations in layout\.sql has columns \(id, name, ran_at\), not Laravel's \(id, migration, batch\)$/ },
  },
  ...(['mysql', 'sqlite'] as const).map(
    (name): BadInputCase => ({
      id: `${name}-dump`,
      what: `a ${name === 'mysql' ? 'MySQL' : 'SQLite'} dump (the bundled samples/${name}/restored.sql)`,
      outcome: 'works',
      why: 'recognised from its content and read with its own dialect',
      build: () => ({ args: ['-d', join(REPO_ROOT, 'samples', name, 'restored.sql'), '-m', SAMPLE_MIGRATIONS], file: 'restored.sql' }),
      // On SQLite one migration more is pending: its statements skip themselves there (see samples/README.md).
      status: { code: 1, stdout: name === 'mysql' ? SAMPLE_SUMMARY : /^19 tracked, 17 applied, 4 pending, 1 unknown; 17 to stamp$/m },
      sql: { code: 0 },
    }),
  ),

  // --- the migrations
  { id: 'mig-missing', what: 'migrations folder that does not exist', outcome: 'refused', build: migrationsCase(() => ['nowhere'], 'nowhere'), status: { code: 2, stderr: /^migstamp: the migrations folder nowhere does not exist$/ } },
  { id: 'mig-empty', what: 'empty migrations folder', outcome: 'refused', build: migrationsCase((dir) => [folder(dir, 'empty')], 'empty'), status: { code: 2, stderr: /^migstamp: no migrations of a known framework were found in empty \(laravel: \*_\*\.php; knex: .*; sequelize: .*\); if they are there, say which framework with --framework$/ } },
  { id: 'mig-none', what: 'migrations folder with no migration files (README, x.php, a subfolder)', outcome: 'refused', build: migrationsCase((dir) => {
      folder(dir, 'other/sub_dir', { '2020_01_01_000000_create_widgets_table.php': WIDGETS });
      return [folder(dir, 'other', { 'README.md': '# x', 'x.php': WIDGETS })];
    }, 'other'), status: { code: 2, stderr: /^migstamp: no migrations of a known framework were found in other \(laravel: \*_\*\.php; .*\); if they are there, say which framework with --framework$/ } },
  { id: 'mig-file', what: '--migrations naming a file that is not a migration', outcome: 'refused', build: migrationsCase((dir) => [file(dir, 'notes.txt', 'x')], 'notes.txt'), status: { code: 2, stderr: /^migstamp: notes\.txt is neither a migrations folder nor a migration file$/ } },
  {
    id: 'php-syntax',
    what: 'migration with a PHP syntax error',
    outcome: 'degraded',
    why: 'one unreadable file must not hide the others: it is `unknown` (E-PARSE-ERROR at file:line), never stamped',
    build: migrationsCase((dir) => [folder(dir, 'm', { '2020_01_01_000000_create_widgets_table.php': WIDGETS, '2020_01_02_000000_broken.php': "<?php\nreturn new class extends Migration {\n    public function up() { Schema::create('x', function ($t) { $t->id();\n" })]),
    status: { code: 1, stdout: /^2020_01_02_000000_broken\s+unknown\s+-?\s*cannot be read: its PHP does not parse \(a syntax error at line 4\)/m },
    sql: { code: 0 },
  },
  {
    id: 'php-no-up',
    what: 'migration class with no up()',
    outcome: 'degraded',
    why: '`unknown` (no up() method), never stamped',
    build: migrationsCase((dir) => [folder(dir, 'm', { '2020_01_01_000000_create_widgets_table.php': WIDGETS, '2020_01_02_000000_no_up.php': '<?php\nreturn new class extends Migration {\n    public function down() {}\n};\n' })]),
    status: { code: 1, stdout: /^2020_01_02_000000_no_up\s+unknown\s+.*has no up\(\) method/m },
    sql: { code: 0 },
  },
  {
    id: 'php-inherited-up',
    what: "migration whose up() comes from the application's own base class",
    outcome: 'degraded',
    why: '`unknown`, and the reason says where up() is (the base class, outside the file), not "parse error" or "no up()"',
    build: migrationsCase((dir) => [
      folder(dir, 'm', {
        '2020_01_01_000000_create_widgets_table.php': WIDGETS,
        '2020_01_02_000000_inherited.php': "<?php\nuse App\\Database\\TenantMigration;\nreturn new class extends TenantMigration {\n    protected string $tableName = 'gadgets';\n};\n",
      }),
    ]),
    status: { code: 1, stdout: /^2020_01_02_000000_inherited\s+unknown\s+cannot be read: class \(anonymous\) has no up\(\) method: the migration extends App\\Database\\TenantMigration, which is not in this file; give --app/m },
    sql: { code: 0 },
  },
  {
    id: 'php-helpers',
    what: 'up() that only calls helpers (`helper(); $this->other();`)',
    outcome: 'degraded',
    why: '`unknown`: its effects cannot be read statically (E-OPAQUE); migrate would run code migstamp cannot read',
    build: migrationsCase((dir) => [folder(dir, 'm', { '2020_01_01_000000_create_widgets_table.php': WIDGETS, '2020_01_02_000000_helpers.php': '<?php\nreturn new class extends Migration {\n    public function up() { helper(); $this->other(); }\n};\n' })]),
    status: { code: 1, stdout: /^2020_01_02_000000_helpers\s+unknown\s+.*cannot be read statically/m },
    sql: { code: 0 },
  },
  {
    id: 'php-empty',
    what: 'empty (0-byte) migration file',
    outcome: 'degraded',
    why: '`unknown` (no migration class), never stamped',
    build: migrationsCase((dir) => [folder(dir, 'm', { '2020_01_01_000000_create_widgets_table.php': WIDGETS, '2020_01_02_000000_empty.php': '' })]),
    status: { code: 1, stdout: /^2020_01_02_000000_empty\s+unknown\s/m },
    sql: { code: 0 },
  },
  {
    id: 'php-binary',
    what: 'migration file of binary garbage',
    outcome: 'degraded',
    why: '`unknown` (does not parse), never stamped',
    build: migrationsCase((dir) => [folder(dir, 'm', { '2020_01_01_000000_create_widgets_table.php': WIDGETS, '2020_01_02_000000_noise.php': noise(4096, 9) })]),
    status: { code: 1, stdout: /^2020_01_02_000000_noise\s+unknown\s/m },
    sql: { code: 0 },
  },
  {
    id: 'mig-unreadable',
    what: 'migration file with mode 000',
    outcome: runningAsRoot ? 'works' : 'refused',
    why: runningAsRoot ? 'running as root, where mode 000 does not stop reads: the file is read normally' : undefined,
    build: (dir) => {
      const built = migrationsCase((d) => [folder(d, 'm', { '2020_01_01_000000_create_widgets_table.php': WIDGETS })])(dir);
      chmodSync(join(dir, 'm', '2020_01_01_000000_create_widgets_table.php'), 0o000);
      return { ...built, file: 'm/2020_01_01_000000_create_widgets_table.php' };
    },
    ...(runningAsRoot ? { status: { code: 1 }, sql: { code: 0 } } : { status: { code: 2, stderr: /^migstamp: the migration file m\/2020_01_01_000000_create_widgets_table\.php cannot be read: permission denied$/ } }),
  },
  {
    id: 'mig-duplicate',
    what: 'the same migration name in two folders',
    outcome: 'works',
    why: 'like Laravel, the later path wins; a warning names both files',
    build: migrationsCase((dir) => [folder(dir, 'a', { '2020_01_01_000000_create_widgets_table.php': WIDGETS }), folder(dir, 'b', { '2020_01_01_000000_create_widgets_table.php': WIDGETS })]),
    status: { code: 1, stderr: /^migstamp: warning: b\/2020_01_01_000000_create_widgets_table\.php:1: migration 2020_01_01_000000_create_widgets_table is in two places; b\/\S+ is used, as the framework would, and a\/\S+ is ignored \[W-DUPLICATE-MIGRATION\]$/ },
    sql: { code: 0 },
  },
  {
    id: 'mig-hostile-names',
    what: "migration names with quotes, backslashes, semicolons, unicode (`x'); DROP TABLE users; --`, `a\\b`, `ü名`)",
    outcome: 'works',
    why: 'names are data: each comes out as one inert, correctly escaped literal (round trips are checked in test/guarantees)',
    build: (dir) => {
      writeFileSync(join(dir, 'dump.sql'), pgDump(['one', 'two', 'three'], []));
      folder(dir, 'm', {
        "2020_01_01_000000_x'); DROP TABLE users; --.php": createTableMigration('one'),
        '2020_01_02_000000_a\\b"c.php': createTableMigration('two'),
        '2020_01_03_000000_ü名;.php': createTableMigration('three'),
      });
      return { args: ['-d', 'dump.sql', '-m', 'm'] };
    },
    status: { code: 1, stdout: /(?=[^]*^2020_01_01_000000_x'\); DROP TABLE users; --\s+applied)(?=[^]*^2020_01_02_000000_a\\b"c\s+applied)(?=[^]*^2020_01_03_000000_ü名;\s+applied)/m },
    sql: { code: 0 },
  },

  // --- huge and deep inputs: normal memory, linear time
  { id: 'huge-comment-line', what: 'a 100 MB single line (a comment)', outcome: 'works', limits: HUGE, build: (dir) => ({ args: ['-d', sampleThen(dir, 'line.sql', ['-- ', Buffer.alloc(100 * MB, 'x'), '\n']), '-m', SAMPLE_MIGRATIONS, '--check'] }), ...sampleRun },
  {
    id: 'huge-insert-line',
    what: 'a 100 MB single-line INSERT into a table nobody asked about',
    outcome: 'works',
    why: 'skipped unparsed; the statement scanner holds only the first 17 MB of an overlong statement',
    limits: HUGE,
    build: (dir) => ({ args: ['-d', sampleThen(dir, 'insert.sql', ["INSERT INTO public.notes VALUES ('", Buffer.alloc(100 * MB, 'x'), "');\n"]), '-m', SAMPLE_MIGRATIONS, '--check'] }),
    ...sampleRun,
  },
  {
    id: 'huge-tracking-insert',
    what: 'a 100 MB single-line INSERT into the tracking table',
    outcome: 'refused',
    why: 'no real tracking row is that long, and guessing around a tracking row is not safe',
    limits: HUGE,
    build: (dir) => ({ args: ['-d', sampleThen(dir, 'tracking.sql', ["INSERT INTO public.migrations VALUES (99, '", Buffer.alloc(100 * MB, 'x'), "', 1);\n"]), '-m', SAMPLE_MIGRATIONS], file: 'tracking.sql', line: SAMPLE_LINES }),
    status: { code: 2, stderr: /^migstamp: tracking\.sql:\d+: an INSERT into the tracking table migrations is 100 MB long, far beyond any real tracking row; the file looks damaged$/ },
  },
  { id: 'huge-copy-row', what: 'a 100 MB single COPY data row', outcome: 'works', limits: HUGE, build: (dir) => ({ args: ['-d', sampleThen(dir, 'copy.sql', ['COPY public.notes (body) FROM stdin;\n', Buffer.alloc(100 * MB, 'x'), '\n\\.\n']), '-m', SAMPLE_MIGRATIONS, '--check'] }), ...sampleRun },
  {
    id: 'deep-parentheses',
    what: 'CREATE TABLE with 100,000 nested parentheses (on a table no migration names)',
    outcome: 'degraded',
    why: "PostgreSQL's own parser gives up (memory exhausted); the statement is skipped with a warning naming its line",
    limits: HUGE,
    build: (dir) => ({ args: ['-d', sampleThen(dir, 'deep.sql', [`CREATE TABLE public.deep (a integer CHECK (${'('.repeat(100_000)}1${')'.repeat(100_000)} > 0));\n`]), '-m', SAMPLE_MIGRATIONS, '--check'] }),
    status: { code: 1, stdout: SAMPLE_SUMMARY, stderr: new RegExp(`^migstamp: warning: deep\\.sql:${SAMPLE_LINES}: skipped a statement the PostgreSQL parser rejects \\(memory exhausted at or near "\\("\\): CREATE TABLE public\\.deep .*\\[W-DUMP-UNPARSED\\]$`) },
    sql: { code: 0 },
  },
  {
    id: 'many-tables',
    what: 'a dump of 50,000 tables',
    outcome: 'works',
    limits: { seconds: 60, rssMb: 600 },
    build: (dir) => {
      const tables: string[] = [];
      for (let n = 0; n < 50_000; n++) tables.push(`\nCREATE TABLE public.t${n} (\n    id bigint NOT NULL,\n    name character varying(255) NOT NULL\n);\n\nALTER TABLE ONLY public.t${n}\n    ADD CONSTRAINT t${n}_pkey PRIMARY KEY (id);\n`);
      return { args: ['-d', sampleThen(dir, 'tables.sql', [tables.join('')]), '-m', SAMPLE_MIGRATIONS, '--check'] };
    },
    ...sampleRun,
  },

  // --- the command line
  { id: 'unknown-option', what: 'unknown option', outcome: 'refused', argv: true, build: () => ({ args: ['status', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '--frobnicate'] }), status: { code: 2, stderr: /^migstamp: unknown option '--frobnicate' \(see migstamp --help\)$/ } },
  { id: 'missing-dump', what: 'no --dump', outcome: 'refused', argv: true, build: () => ({ args: ['status', '-m', SAMPLE_MIGRATIONS] }), status: { code: 2, stderr: /^migstamp: required option '-d, --dump <file>' not specified \(see migstamp --help\)$/ } },
  { id: 'missing-migrations', what: 'no --migrations', outcome: 'refused', argv: true, build: () => ({ args: ['status', '-d', SAMPLE_DUMP] }), status: { code: 2, stderr: /^migstamp: give at least one --migrations folder, or the application with --app$/ } },
  { id: 'no-command', what: 'no command at all', outcome: 'refused', argv: true, build: () => ({ args: [] }), status: { code: 2, stderr: /^migstamp: give a command: status, sql, report or diff \(see migstamp --help\)$/ } },
  { id: 'unknown-command', what: 'unknown command', outcome: 'refused', argv: true, build: () => ({ args: ['stamp'] }), status: { code: 2, stderr: /^migstamp: unknown command 'stamp' \(Did you mean status\?\) \(see migstamp --help\)$/ } },
  { id: 'batch-zero', what: '--batch 0', outcome: 'refused', argv: true, build: () => ({ args: ['sql', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '--batch', '0', '-o', 'out.sql'] }), status: { code: 2, stderr: /^migstamp: option '--batch <n>' argument '0' is invalid\. expected a positive whole number \(see migstamp --help\)$/ } },
  { id: 'batch-text', what: '--batch abc', outcome: 'refused', argv: true, build: () => ({ args: ['sql', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '--batch', 'abc', '-o', 'out.sql'] }), status: { code: 2, stderr: /^migstamp: option '--batch <n>' argument 'abc' is invalid\. expected a positive whole number \(see migstamp --help\)$/ } },
  { id: 'max-rows-zero', what: '--max-rows 0', outcome: 'refused', argv: true, build: () => ({ args: ['status', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '--max-rows', '0'] }), status: { code: 2, stderr: /^migstamp: option '--max-rows <n>' argument '0' is invalid/ } },
  { id: 'assume-unknown', what: '--assume-applied of an unknown name', outcome: 'refused', argv: true, build: () => ({ args: ['sql', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '--assume-applied', '2099_01_01_000000_nothing', '-o', 'out.sql'] }), status: { code: 2, stderr: /^migstamp: no migration is named 2099_01_01_000000_nothing$/ } },
  { id: 'up-to-unknown', what: '--up-to an unknown name', outcome: 'refused', argv: true, build: () => ({ args: ['status', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '--up-to', 'nothing'] }), status: { code: 2, stderr: /^migstamp: no migration is named nothing$/ } },
  { id: 'framework-unknown', what: '--framework rails', outcome: 'refused', argv: true, build: () => ({ args: ['status', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '--framework', 'rails'] }), status: { code: 2, stderr: /^migstamp: unknown framework 'rails'; known: laravel, knex, sequelize, typeorm, prisma, dbmate, drizzle, flyway, golang-migrate$/ } },
  {
    id: 'output-exists',
    what: 'existing -o file without --force',
    outcome: 'refused',
    argv: true,
    build: (dir) => (file(dir, 'out.sql', 'precious\n'), { args: ['sql', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '-o', 'out.sql'], file: 'out.sql' }),
    status: { code: 2, stderr: /^migstamp: the output file out\.sql already exists; pass --force to replace it$/ },
  },
  { id: 'output-no-folder', what: '-o into a folder that does not exist', outcome: 'refused', argv: true, build: () => ({ args: ['sql', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '-o', 'missing/out.sql'], file: 'missing/out.sql' }), status: { code: 2, stderr: /^migstamp: the output file missing\/out\.sql cannot be written \(its folder does not exist\)$/ } },
  { id: 'output-is-folder', what: '-o naming a folder, with --force', outcome: 'refused', argv: true, build: (dir) => ({ args: ['sql', '-d', SAMPLE_DUMP, '-m', SAMPLE_MIGRATIONS, '-o', folder(dir, 'out.sql'), '--force'], file: 'out.sql' }), status: { code: 2, stderr: /^migstamp: the output file out\.sql cannot be written \(it is a folder\)$/ } },
];
