import type { Dialect } from '../../model/stages.js';
import { readMysqlDump } from './mysql-dump-reader.js';
import { identifiersEqual } from './mysql-identifiers.js';
import { lowerMysqlSql } from './mysql-sql-lowering.js';
import { defaultMatches, renderType, typeMatches } from './mysql-types.js';

/**
 * MySQL and MariaDB: mysqldump / mariadb-dump files (and Laravel's
 * `schema:dump`), migration SQL parsed with node-sql-parser, and Laravel's
 * MySqlGrammar type spellings. DDL is not transactional: a failed migration
 * can leave its first statements applied.
 * https://dev.mysql.com/doc/refman/8.0/en/mysqldump.html
 * https://mariadb.com/kb/en/mariadb-dump/
 */

/** What mysqldump and mariadb-dump write first (with and without comments). */
const MYSQL_HEAD = [/^-- MySQL dump /m, /^-- MariaDB dump /m, /^\/\*M!999999\\- /, /^\/\*!40101 SET /m, /^\/\*!40\d{3} SET /m];

export const mysql: Dialect = {
  name: 'mysql',
  transactionalDdl: false,
  addsForeignKeysToExistingTables: true,
  retypingAutoIncrementKeepsPrimaryKey: true,
  showsColumnComments: true,
  // Nothing to prepare: its parsers are plain JavaScript, loaded on first use.
  load: () => Promise.resolve(),
  detect: (head) => MYSQL_HEAD.some((pattern) => pattern.test(head)),
  read: readMysqlDump,
  lowerSql: lowerMysqlSql,
  typeMatches,
  renderType,
  defaultMatches,
  identifiersEqual,
  // An enum is a type of its own in MySQL: no CHECK.
  enumCheck: () => null,
};
