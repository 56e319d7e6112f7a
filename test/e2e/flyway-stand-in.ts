/**
 * A stand-in for Flyway's runner, which cannot run here (no Java artifacts can
 * be fetched; Debian has no flyway package). It is NOT Flyway: it does what
 * flyway-core does, as its source says, with the engines' real clients.
 *
 * - The history table is created with the DDL of `getRawCreateScript`
 *   (flyway-database-postgresql .../PostgreSQLDatabase.java, flyway-mysql
 *   .../MySQLDatabase.java, flyway-core .../internal/database/sqlite/SQLiteDatabase.java).
 * - `migrate` applies each pending SQL file with the engine's client, in its own
 *   transaction where DDL is transactional (command/DbMigrate.java), and inserts the
 *   row `Database.getInsertStatement` inserts: rank = last rank + 1
 *   (SchemaHistory.java `calculateInstalledRank`), the version with `_` as `.`, the
 *   description, `SQL`, the script, the checksum, the database user
 *   (`doGetCurrentUser`: `current_user`, `SUBSTRING_INDEX(USER(),'@',1)`, '' on
 *   SQLite), the time taken, and `success`; on MySQL/MariaDB a failed migration is
 *   recorded with `success = false`, elsewhere it is rolled back and not recorded.
 *   It refuses to run when `info` finds a validation error, as `validateOnMigrate` does.
 * - `info` judges the rows as flyway-core's MigrationInfoServiceImpl.java and
 *   MigrationInfoImpl.java (`getState`, `validate`) and api/resolver/ResolvedMigration.java
 *   (`getState`) do, with the default `ignoreMigrationPatterns` (`*:future`).
 *
 * Its checksum is computed independently of migstamp's (zlib's CRC-32 over the
 * text with every line terminator removed), so a wrong checksum in migstamp's
 * rows shows here as a validation error.
 */
import { crc32 } from 'node:zlib';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PgDatabase, type RunResult, run, tempDir } from './engines.js';
import { MysqlDatabase } from './mysql-engine.js';
import { SqliteDatabase } from './sqlite-engine.js';

export type FlywayEngineName = 'postgres' | 'mysql' | 'sqlite';

/** A scratch database and its real client. */
export interface FlywayEngine {
  readonly name: FlywayEngineName;
  /** Runs SQL; rows tab-separated, one per line. Throws on failure. */
  sql(sql: string): string;
  /** Runs a migration file as Flyway would: in one transaction where DDL is transactional. */
  runMigration(file: string): RunResult;
  /** Applies a script as a DBA would. */
  apply(file: string): RunResult;
  dump(file: string): void;
  drop(): void;
  /** The history table, qualified and quoted as Flyway's `Table.toString()` writes it. */
  readonly table: string;
  readonly createTable: string;
  readonly currentUser: string;
  readonly booleanTrue: string;
  readonly booleanFalse: string;
  quote(identifier: string): string;
}

const COLUMNS = ['installed_rank', 'version', 'description', 'type', 'script', 'checksum', 'installed_by', 'execution_time', 'success'];

export function openFlywayEngine(name: FlywayEngineName, prefix: string): FlywayEngine {
  switch (name) {
    case 'postgres': {
      const db = PgDatabase.create(prefix);
      const table = '"public"."flyway_schema_history"';
      return {
        name,
        sql: (sql) => db.sql(sql).replaceAll('|', '\t'),
        runMigration: (file) => run('psql', ['-X', '-q', '-1', '-v', 'ON_ERROR_STOP=1', '-d', db.name, '-f', file]),
        apply: (file) => db.applyFile(file),
        // A fixed \restrict key, so that the same database dumps to the same file.
        dump: (file) => db.dump(file, ['--restrict-key=migstampSampleDumpKey']),
        drop: () => db.drop(),
        table,
        createTable:
          `CREATE TABLE ${table} (\n    "installed_rank" INT NOT NULL,\n    "version" VARCHAR(50),\n    "description" VARCHAR(200) NOT NULL,\n    "type" VARCHAR(20) NOT NULL,\n    "script" VARCHAR(1000) NOT NULL,\n    "checksum" INTEGER,\n    "installed_by" VARCHAR(100) NOT NULL,\n    "installed_on" TIMESTAMP NOT NULL DEFAULT now(),\n    "execution_time" INTEGER NOT NULL,\n    "success" BOOLEAN NOT NULL\n);\n` +
          `ALTER TABLE ${table} ADD CONSTRAINT "flyway_schema_history_pk" PRIMARY KEY ("installed_rank");\n` +
          `CREATE INDEX "flyway_schema_history_s_idx" ON ${table} ("success");`,
        currentUser: 'SELECT current_user;',
        booleanTrue: 'TRUE',
        booleanFalse: 'FALSE',
        quote: (identifier) => `"${identifier}"`,
      };
    }
    case 'mysql': {
      const db = MysqlDatabase.create(prefix);
      const table = `\`${db.name}\`.\`flyway_schema_history\``;
      return {
        name,
        sql: (sql) => db.sql(sql),
        runMigration: (file) => db.applyFile(file),
        apply: (file) => db.applyFile(file),
        dump: (file) => db.dump(file),
        drop: () => db.drop(),
        table,
        createTable:
          `CREATE TABLE ${table} (\n    \`installed_rank\` INT NOT NULL,\n    \`version\` VARCHAR(50),\n    \`description\` VARCHAR(200) NOT NULL,\n    \`type\` VARCHAR(20) NOT NULL,\n    \`script\` VARCHAR(1000) NOT NULL,\n    \`checksum\` INT,\n    \`installed_by\` VARCHAR(100) NOT NULL,\n    \`installed_on\` TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP,\n    \`execution_time\` INT NOT NULL,\n    \`success\` BOOL NOT NULL,\n    CONSTRAINT \`flyway_schema_history_pk\` PRIMARY KEY (\`installed_rank\`)\n);\n` +
          `CREATE INDEX \`flyway_schema_history_s_idx\` ON ${table} (\`success\`);`,
        currentUser: "SELECT SUBSTRING_INDEX(USER(),'@',1);",
        booleanTrue: '1',
        booleanFalse: '0',
        quote: (identifier) => `\`${identifier}\``,
      };
    }
    case 'sqlite': {
      const db = SqliteDatabase.create();
      const table = '"main"."flyway_schema_history"';
      const scratch = tempDir(`${prefix}-`);
      return {
        name,
        sql: (sql) => db.sql(`.separator "\\t"\n${sql}`),
        runMigration: (file) => {
          const wrapped = join(scratch.path, 'migration.sql');
          writeFileSync(wrapped, `BEGIN;\n${readFileSync(file, 'utf8')}\nCOMMIT;\n`);
          return db.applyFile(wrapped);
        },
        apply: (file) => db.applyFile(file),
        dump: (file) => db.dump(file),
        drop: () => {
          db.drop();
          scratch.cleanup();
        },
        table,
        createTable:
          `CREATE TABLE ${table} (\n    "installed_rank" INT NOT NULL PRIMARY KEY,\n    "version" VARCHAR(50),\n    "description" VARCHAR(200) NOT NULL,\n    "type" VARCHAR(20) NOT NULL,\n    "script" VARCHAR(1000) NOT NULL,\n    "checksum" INT,\n    "installed_by" VARCHAR(100) NOT NULL,\n    "installed_on" TEXT NOT NULL DEFAULT (strftime('%Y-%m-%d %H:%M:%f','now')),\n    "execution_time" INT NOT NULL,\n    "success" BOOLEAN NOT NULL\n);\n` +
          `CREATE INDEX "main"."flyway_schema_history_s_idx" ON "flyway_schema_history" ("success");`,
        // SQLiteDatabase.doGetCurrentUser returns "".
        currentUser: "SELECT '';",
        booleanTrue: '1',
        booleanFalse: '0',
        quote: (identifier) => `"${identifier}"`,
      };
    }
  }
}

/** A migration file as Flyway resolves it. */
export interface ResolvedFile {
  readonly name: string;
  readonly file: string;
  readonly script: string;
  /** Null for a repeatable migration. */
  readonly version: string | null;
  readonly parts: readonly bigint[];
  readonly description: string;
  readonly checksum: number;
}

/** Flyway's checksum, formulated apart from migstamp's: CRC-32 of the text with every line terminator removed, BOM dropped. */
export function independentChecksum(bytes: Buffer): number {
  let text = bytes.toString('utf8');
  if (text.startsWith('\ufeff')) text = text.slice(1);
  return crc32(Buffer.from(text.replace(/[\r\n]/g, ''), 'utf8')) | 0;
}

function parts(version: string): bigint[] {
  const numbers = version.split(/\.(?=\d)/).map((part) => BigInt(part));
  while (numbers.length > 1 && numbers[numbers.length - 1] === 0n) numbers.pop();
  return numbers;
}

function compare(a: readonly bigint[], b: readonly bigint[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? 0n;
    const y = b[i] ?? 0n;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** The folder's SQL migrations in Flyway's order: versioned by version, then repeatable by description. */
export function resolveFolder(folder: string): ResolvedFile[] {
  const files: ResolvedFile[] = [];
  for (const script of readdirSync(folder)) {
    const match = /^(?:V([0-9._]+)|R)__(.*)\.sql$/i.exec(script);
    if (match === null) continue;
    const version = match[1] === undefined ? null : match[1].replace(/_/g, '.');
    const file = join(folder, script);
    files.push({ name: script.slice(0, -4), file, script, version, parts: version === null ? [] : parts(version), description: match[2]!.replace(/_/g, ' '), checksum: independentChecksum(readFileSync(file)) });
  }
  return files.sort((a, b) => {
    if (a.version !== null && b.version !== null) return compare(a.parts, b.parts);
    if (a.version !== null) return -1;
    if (b.version !== null) return 1;
    return a.description < b.description ? -1 : a.description > b.description ? 1 : 0;
  });
}

interface HistoryRow {
  readonly rank: number;
  readonly version: string | null;
  readonly description: string;
  readonly type: string;
  readonly script: string;
  readonly checksum: number | null;
  readonly success: boolean;
}

export function historyRows(engine: FlywayEngine): HistoryRow[] {
  const q = engine.quote;
  const out = engine.sql(
    `SELECT ${q('installed_rank')}, COALESCE(${q('version')}, '<null>'), ${q('description')}, ${q('type')}, ${q('script')}, COALESCE(CAST(${q('checksum')} AS CHAR(12)), '<null>'), CASE WHEN ${q('success')} THEN 1 ELSE 0 END FROM ${engine.table} ORDER BY ${q('installed_rank')};`,
  );
  return out
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => {
      const [rank, version, description, type, script, checksum, success] = line.split('\t');
      return { rank: Number(rank), version: version === '<null>' ? null : version!, description: description!, type: type!, script: script!, checksum: checksum === '<null>' ? null : Number(checksum), success: success === '1' };
    });
}

/** What `flyway info` shows for each file, and what `flyway validate` (run by migrate) would report. */
export interface FlywayInfo {
  readonly states: ReadonlyMap<string, string>;
  readonly errors: readonly string[];
  /** Files in state PENDING (or OUTDATED, for repeatables): what migrate runs. */
  readonly pending: readonly string[];
}

export function flywayInfo(engine: FlywayEngine, files: readonly ResolvedFile[], outOfOrder: boolean): FlywayInfo {
  const rows = historyRows(engine);
  const versioned = rows.filter((row) => row.version !== null && row.type !== 'SCHEMA');
  const deleted = new Set<HistoryRow>();
  for (const row of versioned) {
    if (row.type === 'DELETE' && row.success) for (const earlier of versioned) if (earlier.rank < row.rank && earlier.type !== 'DELETE' && compare(parts(earlier.version!), parts(row.version!)) === 0) deleted.add(earlier);
  }
  const live = versioned.filter((row) => row.type !== 'DELETE' && !deleted.has(row));
  const baselines = live.filter((row) => row.type === 'BASELINE').map((row) => parts(row.version!));
  const baseline = baselines.sort(compare).pop() ?? null;
  let lastApplied: bigint[] | null = null;
  for (const row of live) if (lastApplied === null || compare(parts(row.version!), lastApplied) > 0) lastApplied = parts(row.version!);
  const states = new Map<string, string>();
  const errors: string[] = [];
  const pending: string[] = [];
  const matched = new Set<HistoryRow>();
  for (const file of files) {
    if (file.version === null) {
      const runs = rows.filter((row) => row.version === null && row.type !== 'SCHEMA' && row.description === file.description);
      const latest = runs[runs.length - 1];
      runs.forEach((row) => matched.add(row));
      const state = latest === undefined ? 'PENDING' : !latest.success ? 'FAILED' : latest.checksum === file.checksum ? 'SUCCESS' : 'OUTDATED';
      states.set(file.name, state);
      if (state === 'FAILED') errors.push(`Detected failed repeatable migration: ${file.description}`);
      else if (state !== 'SUCCESS') pending.push(file.name);
      continue;
    }
    const applied = [...live].reverse().find((row) => compare(parts(row.version!), file.parts) === 0);
    if (applied !== undefined) {
      matched.add(applied);
      if (applied.type === 'BASELINE') {
        states.set(file.name, 'BASELINE');
        continue;
      }
      if (!applied.success) {
        states.set(file.name, 'FAILED');
        errors.push(`Detected failed migration to version ${file.version} (${file.description})`);
        continue;
      }
      states.set(file.name, 'SUCCESS');
      if (baseline === null || compare(file.parts, baseline) > 0) {
        if (applied.type !== 'SQL') errors.push(`Migration type mismatch for version ${file.version}`);
        else if (applied.checksum !== file.checksum) errors.push(`Migration checksum mismatch for migration version ${file.version}: applied ${applied.checksum}, resolved locally ${file.checksum}`);
        else if (applied.description !== file.description) errors.push(`Migration description mismatch for migration version ${file.version}`);
      }
      continue;
    }
    if (baseline !== null && compare(file.parts, baseline) < 0) states.set(file.name, 'BELOW_BASELINE');
    else if (baseline !== null && compare(file.parts, baseline) === 0) states.set(file.name, 'BASELINE_IGNORED');
    else if (lastApplied !== null && compare(file.parts, lastApplied) < 0 && !outOfOrder) {
      states.set(file.name, 'IGNORED');
      errors.push(`Detected resolved migration not applied to database: ${file.version}`);
    } else {
      states.set(file.name, 'PENDING');
      pending.push(file.name);
    }
  }
  const lastResolved = files.filter((file) => file.version !== null).map((file) => file.parts).sort(compare).pop() ?? null;
  for (const row of live) {
    if (matched.has(row) || row.type === 'BASELINE') continue;
    // The default ignoreMigrationPatterns `*:future` passes over versions above every file's.
    if (lastResolved !== null && compare(parts(row.version!), lastResolved) > 0) continue;
    errors.push(`Detected applied migration not resolved locally: ${row.version}`);
  }
  return { states, errors, pending };
}

/** The row `doAddAppliedMigration` inserts, with the values Flyway computes in Java given as literals. */
function insertRow(engine: FlywayEngine, file: ResolvedFile, success: boolean): void {
  const rank = Number(engine.sql(`SELECT COALESCE(MAX(${engine.quote('installed_rank')}), 0) FROM ${engine.table};`).trim()) + 1;
  const user = engine.sql(engine.currentUser).trim();
  const literal = (value: string | null): string => (value === null ? 'NULL' : `'${value.replace(/'/g, "''")}'`);
  const values = [String(rank), literal(file.version), literal(file.description), "'SQL'", literal(file.script), String(file.checksum), literal(user), '0', success ? engine.booleanTrue : engine.booleanFalse];
  engine.sql(`INSERT INTO ${engine.table} (${COLUMNS.map(engine.quote).join(', ')}) VALUES (${values.join(', ')});`);
}

export interface MigrateResult {
  readonly ran: readonly string[];
  /** Null when every pending migration ran; else why migrate stopped. */
  readonly failure: string | null;
}

/**
 * `flyway migrate`: validation first, then every pending migration in order (the
 * versioned ones up to and including `target` when given; repeatable ones always),
 * each recorded as it finishes.
 */
export function flywayMigrate(engine: FlywayEngine, files: readonly ResolvedFile[], options: { outOfOrder?: boolean; target?: string } = {}): MigrateResult {
  const info = flywayInfo(engine, files, options.outOfOrder ?? false);
  if (info.errors.length > 0) return { ran: [], failure: `Validate failed: ${info.errors.join('; ')}` };
  const ran: string[] = [];
  for (const name of info.pending) {
    const file = files.find((candidate) => candidate.name === name)!;
    if (options.target !== undefined && file.version !== null && compare(file.parts, parts(options.target)) > 0) continue;
    const result = engine.runMigration(file.file);
    if (result.code !== 0) {
      if (engine.name === 'mysql') insertRow(engine, file, false);
      return { ran, failure: `Migration ${file.script} failed: ${result.stderr.trim()}` };
    }
    insertRow(engine, file, true);
    ran.push(name);
  }
  return { ran, failure: null };
}

/** `flyway_schema_history` created as Flyway creates it. */
export function createHistoryTable(engine: FlywayEngine): void {
  engine.sql(engine.createTable);
}
