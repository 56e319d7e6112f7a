/**
 * golang-migrate's runner, emulated from its source, on the three engines: the
 * golang-migrate binary cannot be had here (it is not in Debian or on npm, and the Go
 * module proxy is out of reach), so the acceptance loop drives the real engines
 * through their real clients exactly as v4's source drives them:
 *
 * - the table as each driver's `ensureVersionTable` creates it (database/postgres/
 *   postgres.go and database/mysql/mysql.go: `version bigint not null primary key,
 *   dirty boolean not null`; database/sqlite3/sqlite3.go: `version uint64, dirty bool`
 *   and a unique index);
 * - `SetVersion`: one transaction that empties the table (TRUNCATE; DELETE … LIMIT 1;
 *   DELETE) and inserts `(version, dirty)`; go-sqlite3 binds a bool as 1 or 0;
 * - `Run`: the whole file in one call, no transaction of the runner's: on PostgreSQL
 *   one simple query (lib/pq `Exec` without arguments), which the server runs as one
 *   implicit transaction (`psql -c` sends the same message); on MariaDB statement by
 *   statement, stopping at the first error (go-sql-driver's multiStatements); on SQLite
 *   inside the driver's own BEGIN … COMMIT (sqlite3.go `executeQuery`);
 * - `Version`: `SELECT version, dirty FROM schema_migrations LIMIT 1`;
 * - migrate.go `Up`: refuse a dirty version (`ErrDirty`), check the recorded version
 *   has a file (`versionExists`), then for each newer version in numeric order set it
 *   dirty, run it, set it clean.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Availability, PgDatabase, REPO_ROOT, type RunResult, mysqlAvailability, postgresAvailability, readHistory, run, sqliteAvailability } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

export const GOLANG_MIGRATE_APP = join(REPO_ROOT, 'samples', 'golang-migrate-app');

/** A scratch database with golang-migrate's table, driven as golang-migrate's driver for its engine drives it. */
export interface GmDatabase {
  sql(sql: string): string;
  dump(file: string): void;
  applyFile(file: string): RunResult;
  drop(): void;
  /** Driver `Run`: the file's text in one call. */
  runMigration(text: string): RunResult;
  /** Driver `SetVersion`. */
  setVersion(version: bigint, dirty: boolean): void;
  /** Driver `Version`: null for no row (NilVersion). */
  version(): { readonly version: bigint; readonly dirty: boolean } | null;
}

export interface GmEngine {
  readonly name: 'postgres' | 'mariadb' | 'sqlite';
  availability(): Availability;
  create(): GmDatabase;
}

function parseVersionRow(out: string, separator: string): { version: bigint; dirty: boolean } | null {
  const line = out.trim();
  if (line === '') return null;
  const [version, dirty] = line.split(separator) as [string, string];
  return { version: BigInt(version), dirty: ['t', 'true', '1'].includes(dirty) };
}

export const GM_ENGINES: readonly GmEngine[] = [
  {
    name: 'postgres',
    availability: postgresAvailability,
    create() {
      const db = PgDatabase.create('golang_migrate_e2e');
      const table = '"public"."schema_migrations"';
      db.sql(`CREATE TABLE IF NOT EXISTS ${table} (version bigint not null primary key, dirty boolean not null);`);
      return {
        sql: (s) => db.sql(s),
        dump: (f) => db.dump(f),
        applyFile: (f) => db.applyFile(f),
        drop: () => db.drop(),
        runMigration: (text) => run('psql', ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', db.name, '-c', text]),
        setVersion: (version, dirty) => void db.sql(`BEGIN; TRUNCATE ${table}; INSERT INTO ${table} (version, dirty) VALUES (${version}, ${dirty}); COMMIT;`),
        version: () => parseVersionRow(db.sql(`SELECT version, dirty FROM ${table} LIMIT 1;`), '|'),
      };
    },
  },
  {
    name: 'mariadb',
    availability: mysqlAvailability,
    create() {
      const db = MysqlDatabase.create('golang_migrate_e2e');
      db.sql('CREATE TABLE `schema_migrations` (version bigint not null primary key, dirty boolean not null);');
      return {
        sql: (s) => db.sql(s),
        dump: (f) => db.dump(f),
        applyFile: (f) => db.applyFile(f),
        drop: () => db.drop(),
        runMigration: (text) => run('mariadb', ['-N', '-B', db.name], { input: text }),
        setVersion: (version, dirty) =>
          void db.sql(`SET TRANSACTION ISOLATION LEVEL SERIALIZABLE; START TRANSACTION; DELETE FROM \`schema_migrations\` LIMIT 1; INSERT INTO \`schema_migrations\` (version, dirty) VALUES (${version}, ${dirty ? 1 : 0}); COMMIT;`),
        version: () => parseVersionRow(db.sql('SELECT version, dirty FROM `schema_migrations` LIMIT 1;'), '\t'),
      };
    },
  },
  {
    name: 'sqlite',
    availability: sqliteAvailability,
    create() {
      const db = SqliteDatabase.create();
      db.sql('CREATE TABLE IF NOT EXISTS schema_migrations (version uint64,dirty bool);\nCREATE UNIQUE INDEX IF NOT EXISTS version_unique ON schema_migrations (version);');
      return {
        sql: (s) => db.sql(s),
        dump: (f) => db.dump(f),
        applyFile: (f) => db.applyFile(f),
        drop: () => db.drop(),
        // sqlite3 -bail stops at the error and closes the connection, which rolls the open transaction back.
        runMigration: (text) => run('sqlite3', ['-bail', db.file], { input: `BEGIN;\n${text}\n;COMMIT;\n` }),
        setVersion: (version, dirty) => void db.sql(`BEGIN; DELETE FROM schema_migrations; INSERT INTO schema_migrations (version, dirty) VALUES (${version}, ${dirty ? 1 : 0}); COMMIT;`),
        version: () => parseVersionRow(db.sql('SELECT version, dirty FROM schema_migrations LIMIT 1;'), '|'),
      };
    },
  },
];

/** An up file as the emulated runner reads it (source/parse.go: `{version}_{title}.up.{ext}`). */
export interface UpFile {
  readonly version: bigint;
  readonly name: string;
  readonly text: string;
}

/** The up files of a folder in golang-migrate's order (versions as numbers). */
export function upFiles(folder: string): UpFile[] {
  return readdirSync(folder)
    .flatMap((file) => {
      const match = /^([0-9]+)_(.*)\.up\.sql$/.exec(file);
      return match === null ? [] : [{ version: BigInt(match[1]!), name: file.slice(0, -'.up.sql'.length), text: readFileSync(join(folder, file), 'utf8') }];
    })
    .sort((a, b) => (a.version < b.version ? -1 : a.version > b.version ? 1 : 0));
}

/** What `migrate up` would run, by name: the versions above the recorded one. Throws where `Up` refuses to start. */
export function pendingOf(db: GmDatabase, files: readonly UpFile[]): string[] {
  const current = db.version();
  if (current === null) return files.map((file) => file.name);
  if (current.dirty) throw new Error(`Dirty database version ${current.version}. Fix and force version.`);
  if (!files.some((file) => file.version === current.version)) throw new Error(`no migration found for version ${current.version}`);
  return files.filter((file) => file.version > current.version).map((file) => file.name);
}

/** migrate.go `Up` over `files`: each pending version set dirty, run, set clean; stops at the first failure. */
export function migrateUp(db: GmDatabase, files: readonly UpFile[]): RunResult {
  let pending: string[];
  try {
    pending = pendingOf(db, files);
  } catch (error) {
    return { code: 1, stdout: '', stderr: (error as Error).message };
  }
  for (const file of files.filter((candidate) => pending.includes(candidate.name))) {
    db.setVersion(file.version, true);
    const result = db.runMigration(file.text);
    if (result.code !== 0) return { ...result, stderr: `migration ${file.name} failed: ${result.stderr}` };
    db.setVersion(file.version, false);
  }
  return { code: 0, stdout: '', stderr: '' };
}

/** The sample's history: migration names by deployment, and the names never run. */
export function gmHistory(): { deployments: string[][]; unapplied: string[] } {
  const { deployments, unapplied } = readHistory(join(GOLANG_MIGRATE_APP, 'history.txt'));
  return { deployments, unapplied };
}
