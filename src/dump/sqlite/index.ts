import type { Dialect } from '../../model/stages.js';
import { readSqliteDump } from './sqlite-dump-reader.js';
import { identifiersEqual } from './sqlite-identifiers.js';
import { lowerSqliteSql } from './sqlite-sql-lowering.js';
import { defaultMatches, renderType, typeMatches } from './sqlite-types.js';

/**
 * SQLite: `sqlite3 FILE .dump` output, migration SQL read by a small
 * hand-written reader of SQLite's DDL grammar, and Laravel's SQLiteGrammar
 * type spellings. DDL is transactional in SQLite.
 * https://sqlite.org/cli.html#converting_an_entire_database_to_a_text_file
 */

/** `.dump` always opens with these two lines (the shell prints them before any table). */
const DUMP_HEAD = /^(?:\uFEFF)?PRAGMA foreign_keys=OFF;\r?\nBEGIN TRANSACTION;\r?\n/;
/**
 * Laravel's `schema:dump` on SQLite writes `sqlite3 .schema` (tables as SQLite
 * stored them) and then the migrations rows: it starts with a CREATE TABLE,
 * and SQLite's spelling `autoincrement` (MySQL's is `auto_increment`, PostgreSQL
 * has neither) marks Laravel's id columns.
 */
const SCHEMA_DUMP_HEAD = /^(?:\uFEFF)?CREATE TABLE [^;]*\bprimary key autoincrement\b/i;

export const sqlite: Dialect = {
  name: 'sqlite',
  transactionalDdl: true,
  addsForeignKeysToExistingTables: false,
  retypingAutoIncrementKeepsPrimaryKey: false,
  showsColumnComments: false,
  // Nothing to prepare: its parsers are plain JavaScript, loaded on first use.
  load: () => Promise.resolve(),
  detect: (head) => DUMP_HEAD.test(head) || SCHEMA_DUMP_HEAD.test(head),
  read: readSqliteDump,
  lowerSql: lowerSqliteSql,
  typeMatches,
  renderType,
  defaultMatches,
  identifiersEqual,
  // Laravel writes enum() as a CHECK here too, but Doctrine's table rebuilds (Laravel 8–10 change()) lose it.
  enumCheck: () => null,
};
