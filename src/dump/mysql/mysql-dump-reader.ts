import { InputError } from '../../model/errors.js';
import type { SchemaSnapshot } from '../../model/schema.js';
import type { Diagnostic } from '../../model/source.js';
import type { DumpReadOptions } from '../../model/stages.js';
import { readCreateTable } from './mysql-create-table.js';
import { SnapshotBuilder } from './mysql-ddl-to-snapshot.js';
import { unquoteIdentifier } from './mysql-identifiers.js';
import { insertTarget, readInsert } from './mysql-rows.js';
import { KeptRows, toDataRow } from '../rows.js';
import { unwrapExecutableComments } from './mysql-sql-text.js';
import { type MysqlStatementScanner, type ScanHandler, scanMysqlDump } from './mysql-statement-scanner.js';
import { CREATE_OBJECT, readObjectHead } from './mysql-object-heads.js';
import { type DatabaseContent, DatabaseSections } from '../databases.js';
import { namesInStatement } from '../unread-names.js';

/**
 * Reads a mysqldump / mariadb-dump file (also `php artisan schema:dump`
 * output for MySQL) into a SchemaSnapshot. Statements are classified by
 * their first bytes; only CREATE TABLE/VIEW, DROP, USE, sql_mode changes and
 * the INSERTs of wanted tables are read in full. Triggers, routines and
 * sequences are named from their first bytes and the rest skipped unread;
 * events, LOCK TABLES and SET noise are skipped unread.
 */

const NAME = '(`(?:[^`]|``)+`|[\\w$]+)';
const CREATE_TABLE = /^create\s+(?:temporary\s+)?table\b/i;
const CREATE_VIEW = new RegExp(`^create\\s+(?:or\\s+replace\\s+)?(?:algorithm\\s*=\\s*\\w+\\s+)?(?:definer\\s*=\\s*\\S+\\s+)?(?:sql\\s+security\\s+\\w+\\s+)?view\\s+(?:if\\s+not\\s+exists\\s+)?(?:${NAME}\\s*\\.\\s*)?${NAME}`, 'i');
const DROP = new RegExp(`^drop\\s+(table|view)\\s+(?:if\\s+exists\\s+)?(?:${NAME}\\s*\\.\\s*)?${NAME}`, 'i');
const USE = new RegExp(`^use\\s+${NAME}`, 'i');
/** The start of a table's data section: `LOCK TABLES t WRITE` or `ALTER TABLE t DISABLE KEYS`. */
const DATA_SECTION = new RegExp(`^(?:lock\\s+tables\\s+${NAME}\\s+write|alter\\s+table\\s+${NAME}\\s+disable\\s+keys)\\s*$`, 'i');
const SQL_MODE = /^set\s+(?:(?:session|local)\s+|@@(?:session\.)?)?sql_mode\s*=\s*(.*)$/is;
/** The trailer mysqldump writes last unless comments are off; its absence after a header means a cut file. */
const HEADER = /^-- (?:MySQL|MariaDB) dump /m;
const TRAILER = /-- Dump completed/;
/** mysqldump's header names the database it was asked for first: `-- Host: localhost    Database: app`. */
const HEADER_DATABASE = /^-- Host: .*?\sDatabase: (\S+)\s*$/m;
const EDGE_BYTES = 4096;

/**
 * `Dialect.read` for MySQL and MariaDB. Throws InputError for a truncated dump,
 * and for a `--databases`/`--all-databases` dump whose databases leave the
 * choice open (see DatabaseSections). A PostgreSQL schema cannot be chosen here.
 */
export async function readMysqlDump(chunks: AsyncIterable<Buffer>, options: DumpReadOptions): Promise<SchemaSnapshot> {
  if (options.schema !== null) {
    throw new InputError(`the dump ${options.file} is a MySQL/MariaDB dump, which has no schemas; --schema is for PostgreSQL, choose a database with --database`);
  }
  let scanner: MysqlStatementScanner | null = null;
  const sections = new DatabaseSections(options.file, options.database ?? null, (name) => new DumpReader(options, name, () => scanner));
  const edges = { head: '', tail: Buffer.alloc(0), lines: 0 };
  const handler: ScanHandler = {
    begin: (head, line) => {
      const text = unwrapExecutableComments(head);
      if (switchesSession(text)) return true;
      return sections.current?.begin(text, line) ?? false;
    },
    statement: (sql, line) => {
      const text = unwrapExecutableComments(sql);
      const use = USE.exec(text);
      if (use) {
        sections.enter(unquoteIdentifier(use[1]!), line);
        return;
      }
      const mode = SQL_MODE.exec(text);
      if (mode) {
        // A literal mode decides how later strings are escaped; restoring a saved mode returns to mysqldump's default.
        if (scanner) scanner.backslashEscapes = !/^['"].*NO_BACKSLASH_ESCAPES/i.test(mode[1]!.trim());
        return;
      }
      sections.current?.statement(text, line);
    },
  };
  await scanMysqlDump(watchEdges(chunks, edges), options.file, handler, (made) => (scanner = made));
  if (HEADER.test(edges.head) && !TRAILER.test(edges.tail.toString('utf8'))) {
    throw new InputError(`the dump has mysqldump's header but not its closing "-- Dump completed" line; the file looks truncated after line ${edges.lines + 1}`, { file: options.file, line: edges.lines + 1 });
  }
  const { reader, note } = sections.choose((r) => r.content(), options.trackingTable, HEADER_DATABASE.exec(edges.head)?.[1] ?? null);
  return reader.snapshot(note);
}

/** `USE db` or a sql_mode change: they hold for the rest of the file, whichever database it is in. Called for every statement, so the first letter goes first. */
function switchesSession(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return (first === 0x75 && USE.test(text)) || (first === 0x73 && SQL_MODE.test(text));
}

/** Passes chunks through, remembering the first and last bytes and counting lines. */
async function* watchEdges(chunks: AsyncIterable<Buffer>, edges: { head: string; tail: Buffer; lines: number }): AsyncIterable<Buffer> {
  for await (const chunk of chunks) {
    if (edges.head.length < EDGE_BYTES) edges.head += chunk.toString('utf8', 0, Math.min(chunk.length, EDGE_BYTES));
    edges.tail = Buffer.concat([edges.tail, chunk.subarray(Math.max(0, chunk.length - EDGE_BYTES))]).subarray(-EDGE_BYTES);
    for (let i = chunk.indexOf(0x0a); i >= 0; i = chunk.indexOf(0x0a, i + 1)) edges.lines++;
    yield chunk;
  }
}

/** Reads the statements of one database (`text` has its executable comments unwrapped). */
class DumpReader {
  private readonly builder = new SnapshotBuilder();
  private readonly warnings: Diagnostic[] = [];
  /** Names in schema statements that could not be parsed (see SchemaSnapshot.unreadNames). */
  private readonly unreadNames = new Set<string>();
  private readonly kept: KeptRows;
  private hasData = false;

  /** `database` is the name the file gives it (`USE name`), null before the first USE. */
  constructor(
    private readonly options: DumpReadOptions,
    private readonly database: string | null,
    private readonly scanner: () => MysqlStatementScanner | null,
  ) {
    this.kept = new KeptRows(options.maxRowsPerTable, options.trackingRows);
  }

  begin(text: string, line: number): boolean {
    const insert = insertTarget(text);
    if (insert !== null) {
      // Laravel's schema:dump has INSERTs for the tracking table only: that is not table data.
      if (insert.table !== this.options.trackingTable) this.hasData = true;
      return this.isOwn(insert.database) && this.wanted(insert.table);
    }
    if (CREATE_TABLE.test(text)) return true;
    const object = CREATE_OBJECT.test(text) ? readObjectHead(text) : null;
    if (object !== null) {
      // Named from the head; the body is skipped unread.
      if (this.isOwn(object.table?.database ?? object.database)) this.builder.createObject(object, line);
      return false;
    }
    return CREATE_VIEW.test(text) || DROP.test(text) || DATA_SECTION.test(text);
  }

  statement(text: string, line: number): void {
    const data = DATA_SECTION.exec(text);
    if (data) {
      // An empty table has a data section without INSERTs: its kept rows are known to be none.
      this.hasData = true;
      const table = unquoteIdentifier(data[1] ?? data[2]!);
      if (this.options.keepRowsOf.has(table)) this.kept.expect(table, table);
      return;
    }
    if (CREATE_TABLE.test(text)) this.createTable(text, line);
    else if (insertTarget(text) !== null) this.insert(text, line);
    else this.viewOrDrop(text, line);
  }

  /** What this database holds, for choosing among the databases of the file. */
  content(): DatabaseContent {
    return { schema: this.builder.tables.size > 0 || this.builder.views.size > 0, data: this.hasData, tracking: this.findTable(this.options.trackingTable) !== undefined };
  }

  snapshot(note: Diagnostic | null): SchemaSnapshot {
    const trackingName = this.options.trackingTable;
    if (note !== null) this.warnings.unshift(note);
    return {
      dialect: 'mysql',
      schema: null,
      file: this.options.file,
      tables: this.builder.tables,
      views: this.builder.views,
      enumTypes: new Map(),
      triggers: this.builder.triggers,
      routines: this.builder.routines,
      sequences: this.builder.sequences,
      tracking: this.kept.tracking(trackingName, null, this.findTable(trackingName)),
      rows: this.kept.evidence(trackingName),
      hasData: this.hasData,
      warnings: this.warnings,
      unreadNames: this.unreadNames,
    };
  }

  /** A statement naming another database (`db`.`t`) does not describe this one. */
  private isOwn(qualifier: string | null): boolean {
    return qualifier === null || this.database === null || qualifier === this.database;
  }

  private wanted(table: string): boolean {
    return table === this.options.trackingTable || this.options.keepRowsOf.has(table);
  }

  private findTable(name: string) {
    return this.builder.tables.get(name);
  }

  private createTable(text: string, line: number): void {
    const def = readCreateTable(text);
    if (def === null) {
      this.unparsed(text, line, 'a CREATE TABLE whose column list could not be read');
      return;
    }
    if (def.temporary || !this.isOwn(def.database)) return;
    this.builder.createTable(def, text, line);
  }

  private viewOrDrop(text: string, line: number): void {
    const view = CREATE_VIEW.exec(text);
    if (view) {
      if (this.isOwn(view[1] === undefined ? null : unquoteIdentifier(view[1]))) this.builder.createView(unquoteIdentifier(view[2]!), line);
      return;
    }
    const drop = DROP.exec(text);
    if (drop) {
      if (!this.isOwn(drop[2] === undefined ? null : unquoteIdentifier(drop[2]))) return;
      const name = unquoteIdentifier(drop[3]!);
      if (drop[1]!.toLowerCase() === 'table') this.builder.dropTable(name);
      else this.builder.dropView(name);
      return;
    }
    this.unparsed(text, line, 'a statement migstamp does not read');
  }

  private insert(text: string, line: number): void {
    const read = readInsert(text, line, this.scanner()?.backslashEscapes ?? true);
    if (read === null || !this.isOwn(read.database)) return;
    const table = read.table;
    const columns = read.columns ?? this.findTable(table)?.columns.map((c) => c.name) ?? [];
    const isTracking = table === this.options.trackingTable;
    const isEvidence = this.options.keepRowsOf.has(table);
    if (isTracking) this.kept.sawTrackingTable();
    if (isEvidence) this.kept.expect(table, table);
    for (const values of read.rows) {
      const row = toDataRow(columns, values.values, values.line);
      if (isTracking) this.kept.trackingRow(row);
      if (isEvidence) this.kept.evidenceRow(table, table, row);
    }
  }

  private unparsed(text: string, line: number, what: string): void {
    for (const name of namesInStatement(text)) this.unreadNames.add(name);
    this.warnings.push({
      code: 'W-DUMP-UNPARSED',
      message: `skipped ${what}: ${text.slice(0, 80).replace(/\s+/g, ' ')}`,
      at: { file: this.options.file, line },
    });
  }
}
