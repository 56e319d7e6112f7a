import type { Precondition } from '../../model/index.js';
import type { ScriptDialect, TrackingTarget } from './script-dialect.js';

/**
 * SQLite has no procedural blocks, and RAISE() works only inside triggers, so
 * the script guards itself with temporary objects (they live in the `temp`
 * schema of this connection and vanish when it closes):
 *
 * 1. `temp.migstamp_missing` lists every object the stamps rely on that the
 *    database lacks, computed once from `sqlite_master` and `pragma_table_xinfo`.
 * 2. A temporary BEFORE INSERT trigger on the tracking table raises an error
 *    for every row while that list is not empty.
 * 3. A guarded insert of one sentinel row stops the script early.
 *
 * With `sqlite3 -bail` the first error ends the run and the open transaction
 * is rolled back; without it, every later INSERT fails the same way, so the
 * final COMMIT commits nothing. No ROLLBACK is ever issued, because statements
 * after a ROLLBACK would run outside any transaction.
 * https://www.sqlite.org/lang_createtrigger.html#raise
 */
/**
 * SQLite strings have no escapes besides the doubled quote, but the sqlite3
 * shell reads its input line by line and drops a carriage return before each
 * line feed; line breaks are therefore written as `char(…)` outside the quotes,
 * as `.dump` itself does: `'a' || char(13,10) || 'b'`. (A quoted identifier
 * has no such way out: a name holding CR LF cannot pass through the shell.)
 */
function quoteLiteral(value: string): string {
  if (value === '') return "''";
  return value
    .split(/([\r\n]+)/)
    .filter((part) => part !== '')
    .map((part) => (/^[\r\n]/.test(part) ? `char(${[...part].map((ch) => ch.charCodeAt(0)).join(',')})` : `'${part.replace(/'/g, "''")}'`))
    .join(' || ');
}

const literal = quoteLiteral;

export const sqliteScript: ScriptDialect = {
  name: 'sqlite',
  runCommand: 'sqlite3 -bail DATABASE < FILE',
  constantsFrom: '',
  quoteIdentifier: (name) => `"${name.replace(/"/g, '""')}"`,
  quoteLiteral,
  // SQLite stores booleans as 1 and 0; TRUE and FALSE are spellings of those only since 3.23.
  booleanLiteral: (value) => (value ? '1' : '0'),
  // IMMEDIATE takes the write lock now, so no `migrate` can write rows while the stamps go in.
  begin: () => ['BEGIN IMMEDIATE;'],
  preconditions(target, checks) {
    const schema = this.quoteIdentifier(target.schema ?? 'main');
    const tracked = this.quoteIdentifier(target.table);
    const rows = [trackingRow(target), ...checks.map(expectedRow)];
    const message = literal('migstamp: this database does not match the dump, nothing was changed');
    return [
      'CREATE TEMP TABLE migstamp_missing AS',
      'SELECT expected.column5 AS label',
      'FROM (VALUES',
      rows.map((row, n) => `  (${n + 1}, ${row})`).join(',\n'),
      ') AS expected',
      'WHERE NOT CASE expected.column2',
      `  WHEN 'table' THEN EXISTS (SELECT 1 FROM ${schema}.sqlite_master m WHERE m.type = 'table' AND m.name = expected.column3 COLLATE NOCASE)`,
      `  WHEN 'view' THEN EXISTS (SELECT 1 FROM ${schema}.sqlite_master m WHERE m.type = 'view' AND m.name = expected.column3 COLLATE NOCASE)`,
      `  WHEN 'index' THEN EXISTS (SELECT 1 FROM ${schema}.sqlite_master m WHERE m.type = 'index' AND m.name = expected.column4 COLLATE NOCASE AND m.tbl_name = expected.column3 COLLATE NOCASE)`,
      `  WHEN 'column' THEN EXISTS (SELECT 1 FROM ${schema}.sqlite_master m, pragma_table_xinfo(m.name, ${literal(target.schema ?? 'main')}) c WHERE m.type = 'table' AND m.name = expected.column3 COLLATE NOCASE AND c.name = expected.column4 COLLATE NOCASE)`,
      // Unnamed constraints are known by their declaring text (see the SQLite dump reader).
      `  WHEN 'trigger' THEN EXISTS (SELECT 1 FROM ${schema}.sqlite_master m WHERE m.type = 'trigger' AND m.name = expected.column4 COLLATE NOCASE AND m.tbl_name = expected.column3 COLLATE NOCASE)`,
      `  WHEN 'constraint' THEN EXISTS (SELECT 1 FROM ${schema}.sqlite_master m WHERE m.name = expected.column3 COLLATE NOCASE AND ((m.type = 'table' AND instr(m.sql, expected.column4) > 0) OR (m.type = 'index' AND m.name = expected.column4 COLLATE NOCASE)))`,
      '  ELSE 0',
      'END',
      'ORDER BY expected.column1;',
      '',
      `-- Refuses every row of the tracking table, for this connection only, while anything is missing.`,
      `CREATE TEMP TRIGGER migstamp_guard BEFORE INSERT ON ${schema}.${tracked}`,
      'BEGIN',
      `  SELECT RAISE(ABORT, ${message}) WHERE EXISTS (SELECT 1 FROM migstamp_missing);`,
      'END;',
      '',
      '-- Name what is missing, then stop here (the sentinel row never reaches the table).',
      "SELECT 'migstamp: missing: ' || group_concat(label, '; ') FROM temp.migstamp_missing HAVING count(*) > 0;",
      `INSERT INTO ${schema}.${tracked} (${this.quoteIdentifier(target.nameColumn)}) SELECT NULL WHERE EXISTS (SELECT 1 FROM temp.migstamp_missing);`,
    ];
  },
  commit: () => ['COMMIT;'],
};


function row(kind: 'table' | 'view' | 'index' | 'column' | 'constraint' | 'trigger' | 'none', relation: string, name: string | null, label: string): string {
  return [literal(kind), literal(relation), name === null ? 'NULL' : literal(name), literal(label)].join(', ');
}

function trackingRow(target: TrackingTarget): string {
  return row('table', target.table, null, `tracking table ${target.table}`);
}

function expectedRow(check: Precondition): string {
  switch (check.kind) {
    case 'table':
      return row('table', check.table, null, `table ${check.table}`);
    case 'view':
      return row('view', check.name, null, `view ${check.name}`);
    case 'index':
      return row('index', check.table, check.name, `index ${check.name}`);
    case 'column':
      return row('column', check.table, check.column, `column ${check.table}.${check.column}`);
    case 'constraint':
      return row('constraint', check.table, check.name, `constraint on ${check.table}: ${check.name}`);
    case 'trigger':
      return row('trigger', check.table, check.name, `trigger ${check.name} on ${check.table}`);
    case 'routine':
    case 'sequence':
      // SQLite has neither; a dump never shows one, so no stamp relies on one. Reported missing if asked.
      return row('none', check.name, null, `${check.kind} ${check.name}`);
  }
}
