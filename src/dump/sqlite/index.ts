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
const SQLITE_HEAD = /^(?:\uFEFF)?PRAGMA foreign_keys=OFF;\r?\nBEGIN TRANSACTION;\r?\n/;

export const sqlite: Dialect = {
  name: 'sqlite',
  transactionalDdl: true,
  detect: (head) => SQLITE_HEAD.test(head),
  read: readSqliteDump,
  lowerSql: lowerSqliteSql,
  typeMatches,
  renderType,
  defaultMatches,
  identifiersEqual,
};
