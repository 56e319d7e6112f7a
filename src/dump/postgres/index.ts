import type { Dialect } from '../../model/stages.js';
import { parserReady } from './pg-ast.js';
import { readPgDump } from './pg-dump-reader.js';
import { identifiersEqual } from './pg-identifiers.js';
import { lowerPgSql } from './pg-sql-lowering.js';
import { defaultMatches, enumCheck, renderType, typeMatches } from './pg-types.js';

/**
 * PostgreSQL: plain-format pg_dump files (and Laravel's `schema:dump`),
 * migration SQL parsed with PostgreSQL's own parser (libpg-query), and
 * Laravel's PostgresGrammar type spellings.
 * https://www.postgresql.org/docs/current/app-pgdump.html
 */

/** Lines pg_dump and psql scripts start with. */
const POSTGRES_HEAD = [
  /^-- PostgreSQL database dump/m,
  /^\\restrict /m,
  /^SET statement_timeout = /m,
  /^SELECT pg_catalog\.set_config\('search_path'/m,
];

export const postgres: Dialect = {
  name: 'postgres',
  transactionalDdl: true,
  addsForeignKeysToExistingTables: true,
  retypingAutoIncrementKeepsPrimaryKey: true,
  showsColumnComments: true,
  load: () => parserReady,
  detect: (head) => POSTGRES_HEAD.some((pattern) => pattern.test(head)),
  read: readPgDump,
  lowerSql: lowerPgSql,
  typeMatches,
  renderType,
  defaultMatches,
  identifiersEqual,
  enumCheck,
};
