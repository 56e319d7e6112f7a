#!/usr/bin/env node
/**
 * NOT Prisma's runner: an emulation of `prisma migrate deploy` / `migrate status` /
 * `migrate resolve --rolled-back` on MariaDB, because Prisma's schema engine built to
 * WebAssembly (the only one that runs here, scripts/prisma/engine.mjs) has no MySQL
 * connector. Each migration.sql is run by the real `mariadb` client; the
 * `_prisma_migrations` rows around it are written as prisma/prisma-engines writes them:
 *
 * - the table: flavour/mysql.rs `create_migrations_table` (the DDL below, verbatim in shape);
 * - deploy: commands/apply_migrations.rs `apply_migrations`: refuse while a row has neither
 *   finished_at nor rolled_back_at (`detect_failed_migrations`, P3009); run, in name order,
 *   every folder with no row of its name that is not rolled back; per migration
 *   sql_migration_persistence.rs `record_migration_started_impl` (INSERT id = a random
 *   UUID v4, checksum = SHA-256 hex of the script, started_at = now in UTC,
 *   migration_name), the script, then `record_successful_step` (applied_steps_count + 1)
 *   and `record_migration_finished` (finished_at = now), or on failure
 *   `record_failed_step` (logs = the error) and stop. MySQL commits each DDL statement,
 *   and the client stops at the first failing one, so a failed migration keeps its
 *   earlier statements, as under the engine. The logs hold the client's message, not
 *   the engine's wording.
 * - status: commands/diagnose_migration_history.rs: failed = rows with neither
 *   finished_at nor rolled_back_at; edited = a row whose checksum is not the folder's
 *   script's; unapplied = folders with no row of their name at all.
 * - resolve-rolled-back NAME: commands/mark_migration_rolled_back.rs: the failed rows of
 *   that name get rolled_back_at = now; none is an error.
 *
 * Usage: mariadb-runner.mjs <database> <migrations dir> <deploy|status|resolve-rolled-back> [NAME]
 * Prints JSON shaped as the engine's answers; exit 1 with a message when the engine would fail.
 * The `mariadb` client connects as configured for the current user (socket, ~/.my.cnf).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const [database, dir, command, name] = process.argv.slice(2);

const CREATE_TABLE = `CREATE TABLE _prisma_migrations (
    id                      VARCHAR(36) PRIMARY KEY NOT NULL,
    checksum                VARCHAR(64) NOT NULL,
    finished_at             DATETIME(3),
    migration_name          VARCHAR(255) NOT NULL,
    logs                    TEXT,
    rolled_back_at          DATETIME(3),
    started_at              DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    applied_steps_count     INTEGER UNSIGNED NOT NULL DEFAULT 0
) DEFAULT CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;`;

const literal = (value) => (value === null ? 'NULL' : `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "''")}'`);

function sql(statement) {
  return execFileSync('mariadb', ['--batch', '--raw', '--skip-column-names', database, '-e', statement], { encoding: 'utf8' });
}

/** The rows as list_migrations reads them, in started_at order; null when there is no table. */
function rows() {
  const exists = sql(`SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name = '_prisma_migrations'`).trim() === '1';
  if (!exists) return null;
  const out = sql('SELECT id, checksum, migration_name, finished_at IS NOT NULL, rolled_back_at IS NOT NULL, started_at FROM _prisma_migrations ORDER BY started_at');
  return out.split('\n').filter((line) => line !== '').map((line) => {
    const [id, checksum, migration, finished, rolledBack, startedAt] = line.split('\t');
    return { id, checksum, migration, finished: finished === '1', rolledBack: rolledBack === '1', startedAt };
  });
}

function folders() {
  return readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

const script = (folder) => readFileSync(join(dir, folder, 'migration.sql'), 'utf8');
const checksum = (text) => createHash('sha256').update(text).digest('hex');
const failedRows = (all) => all.filter((row) => !row.finished && !row.rolledBack);

function fail(message) {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function deploy() {
  let all = rows();
  // initialize(): the table is created only in an empty database (else P3005).
  if (all === null) {
    const tables = sql('SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = DATABASE()').trim();
    if (tables !== '0') fail('P3005: The database schema is not empty.');
    sql(CREATE_TABLE);
    all = [];
  }
  const failed = failedRows(all);
  if (failed.length > 0) fail(`P3009: migrate found failed migrations in the target database: ${failed.map((row) => `The \`${row.migration}\` migration started at ${row.startedAt} failed`).join('; ')}`);
  const applied = [];
  for (const folder of folders()) {
    if (all.some((row) => row.migration === folder && !row.rolledBack)) continue;
    const text = script(folder);
    const id = randomUUID();
    sql(`INSERT INTO _prisma_migrations (id, checksum, started_at, migration_name) VALUES (${literal(id)}, ${literal(checksum(text))}, UTC_TIMESTAMP(3), ${literal(folder)})`);
    const run = spawnSync('mariadb', [database], { input: text, encoding: 'utf8' });
    if (run.status !== 0) {
      // The client echoes the failing statement between dashed lines; the error is its `ERROR …` line.
      const error = run.stderr.split('\n').find((line) => line.startsWith('ERROR')) ?? run.stderr.trim();
      sql(`UPDATE _prisma_migrations SET logs = ${literal(error)} WHERE id = ${literal(id)}`);
      fail(`P3018: migration ${folder} failed to apply: ${error}`);
    }
    sql(`UPDATE _prisma_migrations SET applied_steps_count = applied_steps_count + 1 WHERE id = ${literal(id)}`);
    sql(`UPDATE _prisma_migrations SET finished_at = UTC_TIMESTAMP(3) WHERE id = ${literal(id)}`);
    applied.push(folder);
  }
  return { appliedMigrationNames: applied };
}

function status() {
  const all = rows();
  const list = folders();
  const recorded = all ?? [];
  const edited = list.filter((folder) => recorded.some((row) => row.migration === folder && row.checksum !== checksum(script(folder))));
  const unapplied = list.filter((folder) => !recorded.some((row) => row.migration === folder));
  const unpersisted = recorded.filter((row) => !list.includes(row.migration)).map((row) => row.migration);
  const history =
    unapplied.length === 0 && unpersisted.length === 0 ? null
    : unpersisted.length === 0 ? { diagnostic: 'databaseIsBehind', unappliedMigrationNames: unapplied }
    : unapplied.length === 0 ? { diagnostic: 'migrationsDirectoryIsBehind', unpersistedMigrationNames: unpersisted }
    : { diagnostic: 'historiesDiverge', unpersistedMigrationNames: unpersisted, unappliedMigrationNames: unapplied };
  return { editedMigrationNames: edited, failedMigrationNames: failedRows(recorded).map((row) => row.migration), hasMigrationsTable: all !== null, history };
}

function resolveRolledBack() {
  const failed = failedRows(rows() ?? []).filter((row) => row.migration === name);
  if (failed.length === 0) fail(`P3012: Migration \`${name}\` cannot be rolled back because it is not in a failed state.`);
  for (const row of failed) sql(`UPDATE _prisma_migrations SET rolled_back_at = UTC_TIMESTAMP(3) WHERE id = ${literal(row.id)}`);
  return {};
}

if (!existsSync(dir)) fail(`no migrations folder ${dir}`);
const commands = { deploy, status, 'resolve-rolled-back': resolveRolledBack };
if (!(command in commands)) fail(`unknown command ${command}`);
process.stdout.write(`${JSON.stringify(commands[command]())}\n`);
