/**
 * The Prisma Migrate adapter: https://www.prisma.io/docs/orm/prisma-migrate
 *
 * Each migration is a folder holding `migration.sql`, plain SQL that `migrate dev`
 * generated and people may have edited. Its statements go, one by one with their
 * lines, to the dump's SQL reader; the folder's `migration_lock.toml` says which
 * engine's lexical rules split them.
 */
import type { DialectName, FrameworkAdapter, Migration, Operation } from '../../model/index.js';
import { SQL_LEXICONS, splitSqlStatements } from '../sql-file.js';
import { MIGRATION_FILE, type PrismaFolder, compareNames, migrationName, prismaRecord, providerDialect, readPrismaFolder } from './migration-files.js';
import { prismaTrackingTable } from './tracking-table.js';

/** One rawSql operation per statement, each at its own line. */
export function analyzePrismaMigration(name: string, file: string, source: string, folder: PrismaFolder | undefined): Migration {
  // Without a lock file the SQL is read with PostgreSQL's rules, Prisma's most common provider; strings and comments split alike elsewhere.
  const lexicon = SQL_LEXICONS[providerDialect(folder?.provider ?? null) ?? 'postgres'];
  const operations: Operation[] = splitSqlStatements(source, lexicon).map((statement) => ({ kind: 'rawSql', sql: statement.sql, at: { file, line: statement.line }, guards: [] }));
  return { name, file, connection: null, operations, error: null, warnings: [] };
}

/** One sentence when the lock file's provider is not the dump's engine, or there is no lock file. */
export function providerWarning(migrations: readonly Migration[], dialect: DialectName): string | null {
  const providers = [...new Set(migrations.map((migration) => String(migration.record?.['provider'] ?? '')))];
  if (providers.includes('')) return `no ${'migration_lock.toml'} beside the migrations: their provider is unknown, and they are read as written for the dump's engine (${dialect})`;
  const foreign = providers.filter((provider) => providerDialect(provider) !== dialect);
  if (foreign.length === 0) return null;
  return `migration_lock.toml names provider ${foreign.join(', ')}, but the dump is ${dialect}: these migrations were written for another engine (prisma migrate stops with P3019 on such a database), so their verdicts compare SQL of one engine with a schema of another`;
}

export const prisma: FrameworkAdapter = {
  name: 'prisma',
  filePatterns: [`*/${MIGRATION_FILE}`],
  fileInEachFolder: MIGRATION_FILE,
  tracking: prismaTrackingTable,
  // The native engine sends a PostgreSQL script as one simple query (one implicit
  // transaction), but through a driver adapter (@prisma/adapter-pg 7.10 `executeScript`)
  // it splits the script on ';' and runs each statement alone; MySQL commits each DDL
  // statement and SQLite runs them with no transaction. Which runner made a dump cannot be
  // told, so a failed migration may have kept its first statements on every engine.
  runsEachMigrationInTransaction: () => false,
  // apply_migrations.rs runs the folders that have no row and never looks at rows without a folder.
  orphanRows: 'ignored',
  packageOfTable: () => null,
  // `migrate dev` opens every statement with a `-- CreateTable`-style comment; the folder layout is Prisma's own.
  recognises: (file, head) => migrationName(file) !== null && (/^-- (?:Create|Alter|Drop|Add|Rename|Redefine)\w+/m.test(head) || /^\d{14}_/.test(migrationName(file)!)),
  migrationName,
  compareNames,
  analyze: (name, file, source, options) => analyzePrismaMigration(name, file, source, options.folder as PrismaFolder | undefined),
  readFolder: readPrismaFolder,
  recordOf: (name, _file, bytes, options) => prismaRecord(name, bytes, options),
  dialectWarning: providerWarning,
};
