import type { Precondition } from '../../model/index.js';
import { type ScriptDialect, qualifiedName } from './script-dialect.js';

/**
 * MySQL and MariaDB. Neither has anonymous code blocks that run on both (only
 * MariaDB has `BEGIN NOT ATOMIC`), and the `mysql` client keeps going after an
 * error when run with `--force`. So the preconditions work in two ways, both
 * plain SQL: when an expected object is missing, a prepared statement creates
 * a TEMPORARY table under the tracking table's name, which hides the real one
 * from this session, so every INSERT below fails on its columns and nothing is
 * written; and a `SET sql_mode` to an impossible value raises an error naming
 * the missing objects, which stops a client that stops on errors.
 * String literals are plain only when they read the same under every sql_mode
 * and client character set (printable ASCII without backslashes); any other
 * value is written as `_utf8mb4 X'…'`, which no setting reinterprets.
 * https://dev.mysql.com/doc/refman/8.0/en/string-literals.html
 * https://dev.mysql.com/doc/refman/8.0/en/create-temporary-table.html
 */

/** Printable ASCII other than the backslash: the same bytes and meaning everywhere. */
const PLAIN = /^[\x20-\x5b\x5d-\x7e]*$/;

export const mysqlScript: ScriptDialect = {
  name: 'mysql',
  runCommand: 'mysql --database=DB < FILE',
  constantsFrom: ' FROM DUAL',
  quoteIdentifier: (name) => `\`${name.replace(/`/g, '``')}\``,
  quoteLiteral: (value) => (PLAIN.test(value) ? `'${value.replace(/'/g, "''")}'` : `_utf8mb4 X'${Buffer.from(value, 'utf8').toString('hex').toUpperCase()}'`),
  // MySQL's TRUE and FALSE are 1 and 0, what a BOOLEAN (TINYINT(1)) column stores.
  booleanLiteral: (value) => (value ? 'TRUE' : 'FALSE'),
  // Under READ COMMITTED the lock below would cover only the existing rows, not
  // the gaps a concurrent insert goes into; this applies to the next transaction only.
  begin: () => ['SET TRANSACTION ISOLATION LEVEL REPEATABLE READ;', 'START TRANSACTION;'],
  preconditions(target, checks) {
    const tests = [
      existsTest(this, { kind: 'table', table: target.table }, `tracking table ${target.table}`),
      ...checks.map((check) => existsTest(this, check, label(check))),
    ];
    const tracking = qualifiedName(this, null, target.table);
    const shadow = `CREATE TEMPORARY TABLE ${tracking} (migstamp_precondition_failed int)`;
    const message = 'migstamp: this database does not match the dump so nothing was changed; missing: ';
    return [
      `SET @migstamp_missing = CONCAT_WS('; ',\n${tests.map((test) => `  ${test}`).join(',\n')}\n);`,
      '-- A missing object hides the tracking table behind an empty temporary one:',
      '-- every INSERT below then fails.',
      `SET @migstamp_guard = IF(@migstamp_missing = '', 'DO 0', ${this.quoteLiteral(shadow)});`,
      `SET @migstamp_unguard = IF(@migstamp_missing = '', 'DO 0', ${this.quoteLiteral(`DROP TEMPORARY TABLE ${tracking}`)});`,
      'PREPARE migstamp_guard FROM @migstamp_guard;',
      'EXECUTE migstamp_guard;',
      'DEALLOCATE PREPARE migstamp_guard;',
      '-- ...and this raises an error naming what is missing (the value is not a valid sql_mode).',
      `SET SESSION sql_mode = IF(@migstamp_missing = '', @@SESSION.sql_mode, CONCAT(${this.quoteLiteral(message)}, @migstamp_missing));`,
      '-- Locks every tracking row and the gaps between them until COMMIT:',
      '-- a concurrent `migrate` cannot add rows meanwhile.',
      `SELECT COUNT(*) INTO @migstamp_locked_rows FROM ${tracking} FOR UPDATE;`,
    ];
  },
  commit: () => [
    'COMMIT;',
    '-- Removes the temporary table, if a failed precondition made one,',
    '-- so this session sees the real table again.',
    'PREPARE migstamp_unguard FROM @migstamp_unguard;',
    'EXECUTE migstamp_unguard;',
    'DEALLOCATE PREPARE migstamp_unguard;',
  ],
};

/** A SQL expression that is NULL when the object exists and its label when it does not. */
function existsTest(dialect: ScriptDialect, check: Precondition, text: string): string {
  const literal = (value: string) => dialect.quoteLiteral(value);
  const here = 'TABLE_SCHEMA = DATABASE()';
  let exists: string;
  switch (check.kind) {
    case 'table':
      exists = `SELECT 1 FROM information_schema.TABLES WHERE ${here} AND TABLE_NAME = ${literal(check.table)}`;
      break;
    case 'view':
      exists = `SELECT 1 FROM information_schema.TABLES WHERE ${here} AND TABLE_NAME = ${literal(check.name)}`;
      break;
    case 'column':
      exists = `SELECT 1 FROM information_schema.COLUMNS WHERE ${here} AND TABLE_NAME = ${literal(check.table)} AND COLUMN_NAME = ${literal(check.column)}`;
      break;
    case 'index':
      exists = `SELECT 1 FROM information_schema.STATISTICS WHERE ${here} AND TABLE_NAME = ${literal(check.table)} AND INDEX_NAME = ${literal(check.name)}`;
      break;
    case 'constraint':
      // Unique keys and the primary key are indexes too; CHECK and FOREIGN KEY are constraints only.
      exists =
        `SELECT 1 FROM information_schema.TABLE_CONSTRAINTS WHERE ${here} AND TABLE_NAME = ${literal(check.table)} AND CONSTRAINT_NAME = ${literal(check.name)}` +
        ` UNION ALL SELECT 1 FROM information_schema.STATISTICS WHERE ${here} AND TABLE_NAME = ${literal(check.table)} AND INDEX_NAME = ${literal(check.name)}`;
      break;
    case 'trigger':
      exists = `SELECT 1 FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND EVENT_OBJECT_TABLE = ${literal(check.table)} AND TRIGGER_NAME = ${literal(check.name)}`;
      break;
    case 'routine':
      exists = `SELECT 1 FROM information_schema.ROUTINES WHERE ROUTINE_SCHEMA = DATABASE() AND ROUTINE_NAME = ${literal(check.name)}${check.routine === null ? '' : ` AND ROUTINE_TYPE = ${literal(check.routine.toUpperCase())}`}`;
      break;
    case 'sequence':
      // A MariaDB sequence is a table of type SEQUENCE.
      exists = `SELECT 1 FROM information_schema.TABLES WHERE ${here} AND TABLE_NAME = ${literal(check.name)}`;
      break;
  }
  return `IF(EXISTS(${exists}), NULL, ${literal(text)})`;
}

/** What a missing object is called in the error; commas would end the sql_mode value the error prints. */
function label(check: Precondition): string {
  const text = (() => {
    switch (check.kind) {
      case 'table':
        return `table ${check.table}`;
      case 'view':
        return `view ${check.name}`;
      case 'column':
        return `column ${check.table}.${check.column}`;
      case 'index':
        return `index ${check.name} on ${check.table}`;
      case 'constraint':
        return `constraint ${check.name} on ${check.table}`;
      case 'trigger':
        return `trigger ${check.name} on ${check.table}`;
      case 'routine':
        return `${check.routine ?? 'routine'} ${check.name}`;
      case 'sequence':
        return `sequence ${check.name}`;
    }
  })();
  return text.replace(/,/g, ' ');
}
