import { InputError } from '../../model/errors.js';
import type { SchemaSnapshot } from '../../model/schema.js';
import type { Diagnostic } from '../../model/source.js';
import type { DumpReadOptions } from '../../model/stages.js';
import { SqliteSyntaxError, type Statement } from './sqlite-ast.js';
import { SnapshotBuilder, lineAt, type StatementSource } from './sqlite-ddl-to-snapshot.js';
import { nameKey, unquoteIdentifier } from './sqlite-identifiers.js';
import { decodeValue } from './sqlite-rows.js';
import { KeptRows, toDataRow } from '../rows.js';
import { scanSqliteDump } from './sqlite-statement-scanner.js';
import { parseStatement } from './sqlite-statements.js';
import { namesInStatement } from '../unread-names.js';
import { refuseDatabaseChoice } from '../databases.js';

/**
 * Reads `sqlite3 FILE .dump` output into a SchemaSnapshot. Statements are
 * classified by their first bytes: DDL is parsed, the rows of the tracking
 * table and of the tables migrations insert into are decoded, every other
 * INSERT is passed over without being decoded. A dump that opened
 * `BEGIN TRANSACTION` must end with `COMMIT`; otherwise it was cut short.
 * https://sqlite.org/cli.html#converting_an_entire_database_to_a_text_file
 */

const NAME = String.raw`(?:"(?:[^"]|"")*"|\[[^\]]*\]|` + '`(?:[^`]|``)*`' + String.raw`|'(?:[^']|'')*'|[^\s("'.\[` + '`' + String.raw`]+)`;
const INSERT_INTO = new RegExp(String.raw`^(?:insert|replace)\s+(?:or\s+\w+\s+)?into\s+(?:${NAME}\s*\.\s*)?(${NAME})`, 'i');
const SCHEMA_SHAPING = /^create\s+(?:(?:temp|temporary)\s+)?(?:(?:virtual\s+)?table|(?:unique\s+)?index|view|trigger)\b/i;
/** Statements that would change the schema but that `.dump` never writes: reported, not applied. */
const SCHEMA_CHANGING = /^(?:alter\s+table|drop\s+(?:table|index|view))\b/i;
/** Enough of a statement's start to classify it without decoding a large INSERT. */
const HEAD_BYTES = 512;

/** `Dialect.read` for SQLite. Throws InputError for a truncated dump. */
export async function readSqliteDump(chunks: AsyncIterable<Buffer>, options: DumpReadOptions): Promise<SchemaSnapshot> {
  if (options.schema !== null) throw new InputError(`the dump ${options.file} is a SQLite dump, which has no schemas; --schema is for PostgreSQL`);
  refuseDatabaseChoice(options.file, options.database, 'a SQLite dump');
  const reader = new DumpReader(options);
  await scanSqliteDump(chunks, options.file, { statement: (sql, line) => reader.statement(sql, line) });
  return reader.snapshot();
}

class DumpReader {
  private readonly builder = new SnapshotBuilder();
  private readonly warnings: Diagnostic[] = [];
  /** Names in schema statements that could not be parsed (see SchemaSnapshot.unreadNames). */
  private readonly unreadNames = new Set<string>();
  private readonly kept: KeptRows;
  private hasData = false;
  /** `.dump` wraps everything, rows of every table included, in one transaction. */
  private dumpedWhole = false;
  /** Line of `BEGIN TRANSACTION`, until its `COMMIT` is read. */
  private openTransaction: number | null = null;
  private readonly trackingKey: string;
  private readonly keptKeys: Set<string>;

  constructor(private readonly options: DumpReadOptions) {
    this.trackingKey = nameKey(options.trackingTable);
    this.keptKeys = new Set([...options.keepRowsOf].map(nameKey));
    this.kept = new KeptRows(options.maxRowsPerTable, options.trackingRows);
  }

  statement(sql: Buffer, line: number): void {
    const head = sql.toString('utf8', 0, Math.min(sql.length, HEAD_BYTES));
    const insert = INSERT_INTO.exec(head);
    if (insert) {
      const key = nameKey(unquoteIdentifier(insert[1]!));
      // Laravel's schema:dump holds the tracking table's rows and no other data.
      if (key !== this.trackingKey) this.hasData = true;
      if (key === this.trackingKey || this.keptKeys.has(key) || key === 'sqlite_schema' || key === 'sqlite_master') this.parse(sql.toString('utf8'), line);
      return;
    }
    if (SCHEMA_SHAPING.test(head)) {
      this.parse(sql.toString('utf8'), line);
    } else if (/^begin\b/i.test(head)) {
      this.openTransaction = line;
      this.dumpedWhole = true;
    } else if (/^(?:commit|end)\b/i.test(head)) {
      this.openTransaction = null;
    } else if (/^rollback\b/i.test(head)) {
      throw new InputError('the dump ends its transaction with ROLLBACK: sqlite3 met errors while dumping (a damaged database?), and restoring this file would keep nothing', { file: this.options.file, line });
    } else if (SCHEMA_CHANGING.test(head)) {
      for (const name of namesInStatement(head)) this.unreadNames.add(name);
      this.warn(line, `skipped a statement that .dump does not write and that migstamp does not apply to the schema: ${head.slice(0, 80).replace(/\s+/g, ' ')}`);
    }
    // PRAGMA, DELETE FROM sqlite_sequence, ANALYZE sqlite_schema: bookkeeping of the engine, not schema.
  }

  snapshot(): SchemaSnapshot {
    if (this.openTransaction !== null) {
      throw new InputError(`the dump ends without the COMMIT of the transaction it began at line ${this.openTransaction}; the file looks truncated`, { file: this.options.file, line: this.openTransaction });
    }
    const trackingTable = this.builder.table(this.options.trackingTable);
    return {
      dialect: 'sqlite',
      schema: null,
      file: this.options.file,
      tables: this.builder.tables,
      views: this.builder.views,
      enumTypes: new Map(),
      triggers: this.builder.triggers,
      // SQLite has no stored routines and no sequences (sqlite_sequence is a table of counters).
      routines: [],
      sequences: [],
      tracking: this.kept.tracking(trackingTable?.name ?? this.options.trackingTable, null, trackingTable),
      rows: this.kept.evidence(this.trackingKey),
      hasData: this.hasData || this.dumpedWhole,
      warnings: this.warnings,
      unreadNames: this.unreadNames,
    };
  }

  private parse(text: string, line: number): void {
    let stmt: Statement;
    try {
      stmt = parseStatement(text);
    } catch (error) {
      if (!(error instanceof SqliteSyntaxError)) throw error;
      const at = lineAt({ text, line }, error.offset);
      this.warn(at, `skipped a statement migstamp cannot read (${error.message}): ${text.slice(0, 80).replace(/\s+/g, ' ')}`);
      for (const name of namesInStatement(text)) this.unreadNames.add(name);
      return;
    }
    const src: StatementSource = { text, line };
    switch (stmt.kind) {
      case 'createTable':
        this.builder.createTable(stmt, src);
        break;
      case 'createIndex':
        this.builder.createIndex(stmt, src);
        break;
      case 'createView':
        if (!stmt.temporary) this.builder.createView(stmt.name, line);
        break;
      case 'createTrigger':
        if (!stmt.temporary) this.builder.createTrigger(stmt.name, stmt.table, line);
        break;
      case 'insert':
        this.insert(stmt, src);
        break;
      default:
        break;
    }
  }

  private insert(stmt: Extract<Statement, { kind: 'insert' }>, src: StatementSource): void {
    const key = nameKey(stmt.table);
    if (stmt.rows === null) {
      this.warn(src.line, `skipped the rows of an INSERT into ${stmt.table} that are not literal VALUES`);
      return;
    }
    if (key === 'sqlite_schema' || key === 'sqlite_master') {
      // A virtual table: `.dump` writes its CREATE as the `sql` value of a row of the schema table.
      const sql = stmt.rows[0]?.[4];
      const text = sql ? decodeValue(sql, src.text) : null;
      if (text) this.parse(text, src.line);
      return;
    }
    const table = this.builder.table(stmt.table);
    // `.dump` leaves generated columns out of its INSERTs.
    const columns = stmt.columns ?? table?.columns.filter((c) => c.generated === null).map((c) => c.name) ?? [];
    for (const values of stmt.rows) this.keepRow(table?.name ?? stmt.table, columns, values.map((v) => decodeValue(v, src.text)), src.line);
  }

  private keepRow(table: string, columns: readonly string[], values: Array<string | null>, line: number): void {
    const row = toDataRow(columns, values, line);
    const key = nameKey(table);
    if (key === this.trackingKey) this.kept.trackingRow(row);
    if (!this.keptKeys.has(key)) return;
    const name = [...this.options.keepRowsOf].find((kept) => nameKey(kept) === key) ?? table;
    this.kept.evidenceRow(key, name, row);
  }

  private warn(line: number, message: string): void {
    this.warnings.push({ code: 'W-DUMP-UNPARSED', message, at: { file: this.options.file, line } });
  }
}
