import type { CopyStmt, InsertStmt, Node } from 'libpg-query';
import type { Diagnostic } from '../../model/source.js';
import type { DumpReadOptions } from '../../model/stages.js';
import { InputError } from '../../model/errors.js';
import type { SchemaSnapshot, TableSnapshot } from '../../model/schema.js';
import { constValue, parseStatements, relationName, stringList, parserReady } from './pg-ast.js';
import { SnapshotBuilder, type StatementSource } from './pg-ddl-to-snapshot.js';
import { decodeCopyRow, insertedRows } from './pg-rows.js';
import { KeptRows, toDataRow } from '../rows.js';
import { SqlText } from './pg-sql-text.js';
import { scanPgDump } from './pg-statement-scanner.js';
import { OBJECT_HEAD, readColumnComment, readObjectHead } from './pg-object-heads.js';
import { connectTarget } from './pg-connect.js';
import { SequenceValues } from './pg-sequence-values.js';
import { type DatabaseContent, DatabaseSections } from '../databases.js';
import { namesInStatement } from '../unread-names.js';

/**
 * Reads a plain-format pg_dump (also `php artisan schema:dump` output) into a
 * SchemaSnapshot. Only statements that shape the schema reach the parser; the
 * rest are recognised by their first words and skipped.
 */

/** Statements whose AST the snapshot needs. */
const SCHEMA_SHAPING = /^(?:create\s+(?:(?:global\s+|local\s+)?(?:temp|temporary|unlogged)\s+)?table|create\s+(?:or\s+replace\s+)?(?:(?:temp|temporary|recursive)\s+)?view|create\s+materialized\s+view|create\s+(?:unique\s+)?index|create\s+type|alter\s+table)\b/i;
/** Column comments are read whole: their text is the evidence. */
const COMMENT_ON_COLUMN = /^comment\s+on\s+column\b/i;
const INSERT_INTO = /^insert\s+into\s+((?:"(?:[^"]|"")+"|[^\s.("]+)(?:\.(?:"(?:[^"]|"")+"|[^\s.("]+))?)/i;
/** Enough of a statement's start to classify it without decoding the whole of a large INSERT. */
const HEAD_BYTES = 512;
const CLIENT_ENCODING = /^set\s+client_encoding\s*(?:=|to)\s*'([^']*)'/i;
const CREATE_SCHEMA = /^create\s+schema\s+(?:if\s+not\s+exists\s+)?("(?:[^"]|"")+"|[^\s;"]+)/i;
/** The schema every database has, whether or not the dump creates it. */
const PUBLIC = 'public';
/**
 * The largest INSERT whose rows are parsed. The parser needs about ten times a
 * statement's size in memory; a real tracking or seed row is far smaller.
 */
const MAX_PARSED_INSERT_BYTES = 16 * 1024 * 1024;

/**
 * Text encodings pg_dump may declare with `SET client_encoding`, by their
 * WHATWG names. UTF8 and SQL_ASCII (bytes as they are) need no decoder; LATIN1
 * is ISO 8859-1, which WHATWG would read as windows-1252, so Buffer decodes it.
 * https://www.postgresql.org/docs/current/multibyte.html
 */
const DECODERS: { readonly [pgName: string]: string } = {
  LATIN2: 'iso-8859-2',
  LATIN9: 'iso-8859-15',
  WIN1250: 'windows-1250',
  WIN1251: 'windows-1251',
  WIN1252: 'windows-1252',
  KOI8R: 'koi8-r',
  EUC_JP: 'euc-jp',
  SJIS: 'shift_jis',
  EUC_KR: 'euc-kr',
  GBK: 'gbk',
  BIG5: 'big5',
};

/**
 * `Dialect.read` for PostgreSQL. Throws InputError for a truncated dump, and for
 * a `pg_dumpall` file whose databases leave the choice open (see DatabaseSections).
 */
export async function readPgDump(chunks: AsyncIterable<Buffer>, options: DumpReadOptions): Promise<SchemaSnapshot> {
  await parserReady;
  const schema = options.schema ?? 'public';
  const trackingSchema = options.trackingSchema ?? schema;
  const sections = new DatabaseSections(options.file, options.database ?? null, () => new DumpReader(options, schema, trackingSchema));
  await scanPgDump(chunks, options.file, {
    statement: (sql, line, length) => sections.current?.statement(sql, line, length),
    metaCommand: (text, line) => {
      const database = connectTarget(text);
      if (database !== null) sections.enter(database, line);
    },
    copyStart: (sql, line) => sections.current?.copyStart(sql, line) ?? 0,
    // Rows are handed over only when copyStart asked for them, so within the current database.
    copyRow: (row, line) => sections.current!.copyRow(row, line),
    copyEnd: (_delivered, more) => sections.current?.copyEnd(more),
  });
  const { reader, note } = sections.choose((r) => r.content(), options.trackingTable);
  return reader.snapshot(note);
}

/**
 * Where a data block's rows go: the tracking table's rows are read whole, a kept
 * table's (DumpReadOptions.keepRowsOf) up to the cap; a table may be both.
 */
interface RowTarget {
  readonly table: string;
  readonly columns: readonly string[];
  readonly tracking: boolean;
  readonly evidence: boolean;
}

/**
 * Reads the statements of one database: the tables of `schema`, and the tracking
 * table of `trackingSchema`, which is read apart when that is another schema.
 */
class DumpReader {
  private searchPath: string[] = ['public'];
  private readonly builder: SnapshotBuilder;
  /** The tracking table's own schema, when it is not the application's; null when it is. */
  private readonly trackingBuilder: SnapshotBuilder | null;
  private readonly warnings: Diagnostic[] = [];
  /** Names in schema statements that could not be parsed (see SchemaSnapshot.unreadNames). */
  private readonly unreadNames = new Set<string>();
  private readonly kept: KeptRows;
  private readonly sequences = new SequenceValues();
  private hasData = false;
  /** Where the current COPY block's rows go, if anywhere. */
  private copyTarget: RowTarget | null = null;
  /** Every schema the dump creates or puts tables in: how many tables, and whether the tracking table is one. */
  private readonly schemas = new Map<string, { tables: number; tracking: boolean }>();
  /** Decodes statement bytes; replaced when the dump declares a client_encoding other than UTF-8. */
  private decoder: ((bytes: Buffer) => string) | null = null;

  constructor(
    private readonly options: DumpReadOptions,
    private readonly schema: string,
    private readonly trackingSchema: string,
  ) {
    this.builder = new SnapshotBuilder(schema, (s) => s ?? this.creationSchema());
    this.trackingBuilder = trackingSchema === schema ? null : new SnapshotBuilder(trackingSchema, (s) => s ?? this.creationSchema());
    this.kept = new KeptRows(options.maxRowsPerTable, options.trackingRows);
  }

  copyRow(row: Buffer, line: number): void {
    this.keepRow(this.copyTarget!, decodeCopyRow(this.decode(row)), line);
  }

  copyEnd(more: boolean): void {
    if (more && this.copyTarget) this.kept.truncate(this.copyTarget.table, this.copyTarget.table);
    this.copyTarget = null;
  }

  /** What this database holds, for choosing among the databases of a pg_dumpall file. */
  content(): DatabaseContent {
    return { schema: this.builder.tables.size > 0 || this.builder.views.size > 0, data: this.hasData, tracking: this.trackingDefinition() !== undefined };
  }

  /** The tracking table as its schema defines it, if the dump creates it there. */
  private trackingDefinition(): TableSnapshot | undefined {
    return (this.trackingBuilder ?? this.builder).tables.get(this.options.trackingTable);
  }

  /** Whether a relation, named as a statement names it, is the tracking table in its schema. */
  private isTracking(schema: string | null, name: string): boolean {
    return name === this.options.trackingTable && (schema ?? this.creationSchema()) === this.trackingSchema;
  }

  snapshot(note: Diagnostic | null = null): SchemaSnapshot {
    const trackingName = this.options.trackingTable;
    if (note !== null) this.warnings.unshift(note);
    if (this.schema !== PUBLIC && !this.schemas.has(this.schema)) {
      const names = [...new Set([...this.schemas.keys(), PUBLIC])].sort();
      throw new InputError(`the dump ${this.options.file} has no schema ${this.schema}; its schemas are ${names.join(', ')}`);
    }
    return {
      dialect: 'postgres',
      schema: this.schema,
      file: this.options.file,
      tables: this.builder.tables,
      views: this.builder.views,
      enumTypes: this.builder.enumTypes,
      triggers: this.builder.triggers,
      routines: this.builder.routines,
      sequences: this.builder.sequences,
      tracking: this.sequences.withNextId(this.kept.tracking(trackingName, this.trackingSchema, this.trackingDefinition()), this.trackingDefinition()),
      rows: this.kept.evidence(trackingName),
      hasData: this.hasData,
      warnings: this.warnings,
      unreadNames: this.unreadNames,
      otherSchemas: [...this.schemas].filter(([name, held]) => name !== this.schema && held.tables > 0).map(([name, held]) => ({ name, ...held })),
    };
  }

  private schemaHolding(name: string): { tables: number; tracking: boolean } {
    let held = this.schemas.get(name);
    if (!held) {
      held = { tables: 0, tracking: false };
      this.schemas.set(name, held);
    }
    return held;
  }

  /** The schema unqualified names are created in: the first real entry of search_path. */
  private creationSchema(): string {
    return this.searchPath.find((s) => s !== '' && s !== '$user') ?? 'public';
  }

  statement(sql: Buffer, line: number, length: number): void {
    const head = this.decode(sql.subarray(0, HEAD_BYTES));
    const insert = INSERT_INTO.exec(head);
    if (insert) {
      this.hasData = true;
      const target = this.wantedTable(insert[1]!);
      if (target === null) return;
      if (length > MAX_PARSED_INSERT_BYTES) {
        this.oversizedInsert(target, length, line);
        return;
      }
      this.parse(this.decode(sql), line, (node, src) => this.insert(node, src));
      return;
    }
    const encoding = CLIENT_ENCODING.exec(head);
    if (encoding) {
      this.setClientEncoding(encoding[1]!, line);
      return;
    }
    if (this.sequences.record(head, line)) return;
    if (/^(set|select)\b/i.test(head) && /search_path/i.test(head)) {
      this.parse(this.decode(sql), line, (node) => this.setSearchPath(node));
      return;
    }
    const schema = CREATE_SCHEMA.exec(head);
    if (schema) {
      this.schemaHolding(unquoteName(schema[1]!));
      return;
    }
    if (OBJECT_HEAD.test(head)) {
      // Named from the first words: a function body is never decoded or parsed.
      const object = readObjectHead(head);
      if (object !== null) this.builder.createObject(object, line);
      return;
    }
    const comment = COMMENT_ON_COLUMN.test(head);
    if (comment && length === sql.length) {
      // The form pg_dump writes is read with one regular expression; others go to the parser.
      const plain = readColumnComment(this.decode(sql));
      if (plain !== null) {
        this.builder.commentOnColumn(plain.schema, plain.table, plain.column, plain.text, line);
        return;
      }
    }
    if (!comment && !SCHEMA_SHAPING.test(head)) return;
    if (length > sql.length) {
      this.warnings.push({ code: 'W-DUMP-UNPARSED', message: `skipped a ${Math.round(length / (1024 * 1024))} MB schema statement, too long to read: ${head.slice(0, 80).replace(/\s+/g, ' ')}`, at: { file: this.options.file, line } });
      for (const name of namesInStatement(head)) this.unreadNames.add(name);
      return;
    }
    this.parse(this.decode(sql), line, (node, src) => (comment ? this.comment(node, src.line) : this.schemaStatement(node, src)));
  }

  private comment(node: Node, line: number): void {
    if (!('CommentStmt' in node) || node.CommentStmt.objtype !== 'OBJECT_COLUMN') return;
    const object = node.CommentStmt.object;
    const parts = object && 'List' in object ? stringList(object.List.items) : [];
    if (parts.length < 2) return;
    const [column, table, schema] = [parts.at(-1)!, parts.at(-2)!, parts.at(-3) ?? null];
    this.builder.commentOnColumn(schema, table, column, node.CommentStmt.comment ?? null, line);
  }

  private decode(bytes: Buffer): string {
    return this.decoder === null ? bytes.toString('utf8') : this.decoder(bytes);
  }

  /** Later statements are text in this encoding (pg_dump states it first thing, before any DDL). */
  private setClientEncoding(name: string, line: number): void {
    const normalized = name.toUpperCase().replace(/[-_]/g, '');
    if (normalized === 'UTF8' || normalized === 'UNICODE' || normalized === 'SQLASCII') {
      this.decoder = null;
      return;
    }
    if (normalized === 'LATIN1') {
      this.decoder = (bytes) => bytes.toString('latin1');
      return;
    }
    const label = Object.entries(DECODERS).find(([pgName]) => pgName.replace(/_/g, '') === normalized)?.[1];
    if (label === undefined) {
      this.warnings.push({ code: 'W-DUMP-ENCODING', message: `the dump declares client_encoding ${name}, which migstamp does not decode; non-ASCII text is read as UTF-8`, at: { file: this.options.file, line } });
      return;
    }
    const decoder = new TextDecoder(label);
    this.decoder = (bytes) => decoder.decode(bytes);
  }

  /**
   * Tracking rows decide what is already stamped: guessing around one is not
   * safe, so the run stops. A kept data table just loses its row evidence.
   */
  private oversizedInsert(target: { readonly table: string; readonly tracking: boolean }, bytes: number, line: number): void {
    const size = `${Math.round(bytes / (1024 * 1024))} MB`;
    const table = target.table;
    if (target.tracking) {
      throw new InputError(`an INSERT into the tracking table ${table} is ${size} long, far beyond any real tracking row; the file looks damaged`, { file: this.options.file, line });
    }
    this.kept.truncate(table, table);
    this.warnings.push({ code: 'W-DUMP-UNPARSED', message: `skipped the rows of a ${size} INSERT into ${table}; rows of ${table} are not used as evidence`, at: { file: this.options.file, line } });
  }

  private parse(text: string, line: number, use: (node: Node, src: StatementSource) => void): void {
    let nodes;
    try {
      nodes = parseStatements(text);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.warnings.push({
        code: 'W-DUMP-UNPARSED',
        message: `skipped a statement the PostgreSQL parser rejects (${reason}): ${text.slice(0, 80).replace(/\s+/g, ' ')}`,
        at: { file: this.options.file, line },
      });
      for (const name of namesInStatement(text)) this.unreadNames.add(name);
      return;
    }
    const src = { text: new SqlText(text), line };
    for (const parsed of nodes) use(parsed.node, src);
  }

  private schemaStatement(node: Node, src: StatementSource): void {
    if ('CreateStmt' in node) {
      const rel = relationName(node.CreateStmt.relation);
      const held = this.schemaHolding(rel.schema ?? this.creationSchema());
      held.tables++;
      if (rel.name === this.options.trackingTable) held.tracking = true;
      this.builder.createTable(node.CreateStmt, src);
      if (this.trackingBuilder !== null && this.isTracking(rel.schema, rel.name)) this.trackingBuilder.createTable(node.CreateStmt, src);
    } else if ('AlterTableStmt' in node) {
      this.builder.alterTable(node.AlterTableStmt, src);
      // Its id column's default (the sequence it takes ids from) comes in an ALTER TABLE.
      this.trackingBuilder?.alterTable(node.AlterTableStmt, src);
    }
    else if ('IndexStmt' in node) this.builder.createIndex(node.IndexStmt, src);
    else if ('ViewStmt' in node) {
      const rel = relationName(node.ViewStmt.view);
      this.builder.createView(rel.schema, rel.name, false, src.line);
    } else if ('CreateTableAsStmt' in node && node.CreateTableAsStmt.objtype === 'OBJECT_MATVIEW') {
      const rel = relationName(node.CreateTableAsStmt.into?.rel);
      this.builder.createView(rel.schema, rel.name, true, src.line);
    } else if ('CreateEnumStmt' in node) {
      this.builder.createEnum(node.CreateEnumStmt.typeName, node.CreateEnumStmt.vals, src.line);
    }
  }

  /** `SET search_path = a, b` and pg_dump's `SELECT pg_catalog.set_config('search_path', '', false)`. */
  private setSearchPath(node: Node): void {
    if ('VariableSetStmt' in node && node.VariableSetStmt.name === 'search_path') {
      this.searchPath = (node.VariableSetStmt.args ?? []).flatMap((a) => ('A_Const' in a ? [constValue(a.A_Const) ?? ''] : []));
      return;
    }
    const target = 'SelectStmt' in node ? node.SelectStmt.targetList?.[0] : undefined;
    const call = target && 'ResTarget' in target ? target.ResTarget.val : undefined;
    if (!call || !('FuncCall' in call) || stringList(call.FuncCall.funcname).at(-1) !== 'set_config') return;
    const [setting, value] = (call.FuncCall.args ?? []).map((a) => ('A_Const' in a ? constValue(a.A_Const) : null));
    if (setting === 'search_path' && value !== null && value !== undefined) {
      this.searchPath = value.split(',').map((s) => s.trim().replace(/^"(.*)"$/, '$1'));
    }
  }

  copyStart(sql: string, line: number): number {
    this.hasData = true;
    this.copyTarget = null;
    let stmt: CopyStmt | undefined;
    try {
      const node = parseStatements(sql)[0]?.node;
      stmt = node && 'CopyStmt' in node ? node.CopyStmt : undefined;
    } catch {
      stmt = undefined;
    }
    if (!stmt?.relation) {
      this.warnings.push({ code: 'W-DUMP-UNPARSED', message: `skipped the data of a COPY statement that could not be read: ${sql.slice(0, 80)}`, at: { file: this.options.file, line } });
      return 0;
    }
    const rel = relationName(stmt.relation);
    const target = this.rowTarget(rel.schema, rel.name, stmt.attlist ? stringList(stmt.attlist) : null);
    const limit = target === null ? 0 : this.rowLimit(target);
    if (limit > 0) this.copyTarget = target;
    return limit;
  }

  private insert(node: Node, src: StatementSource): void {
    if (!('InsertStmt' in node)) return;
    const stmt: InsertStmt = node.InsertStmt;
    const rel = relationName(stmt.relation);
    const named = (stmt.cols ?? []).flatMap((c) => ('ResTarget' in c && c.ResTarget.name ? [c.ResTarget.name] : []));
    const target = this.rowTarget(rel.schema, rel.name, named.length > 0 ? named : null);
    if (target === null || this.rowLimit(target) === 0) return;
    const lineOf = (byteLocation: number): number => {
      const before = src.text.text.slice(0, src.text.charIndex(byteLocation));
      return src.line + before.split('\n').length - 1;
    };
    for (const row of insertedRows(stmt, src.text, lineOf)) this.keepRow(target, row.values, row.line);
  }

  private keepRow(target: RowTarget, values: Array<string | null>, line: number): void {
    const row = toDataRow(target.columns, values, line);
    if (target.tracking) this.kept.trackingRow(row);
    if (target.evidence) this.kept.evidenceRow(target.table, target.table, row);
  }

  /** How many rows to read: all of the tracking table's, up to the cap for kept tables. */
  private rowLimit(target: RowTarget): number {
    if (target.tracking) return Number.MAX_SAFE_INTEGER;
    if (!target.evidence) return 0;
    // Registered now so an empty COPY block still says "read, no rows".
    this.kept.expect(target.table, target.table);
    return this.options.maxRowsPerTable;
  }

  /**
   * Where the rows of a relation go, named as the statement names it; `columns`
   * are the statement's own list, null to take the table's. Null when no rows of it are wanted.
   */
  private rowTarget(schema: string | null, name: string, columns: readonly string[] | null): RowTarget | null {
    const tracking = this.isTracking(schema, name);
    const own = this.builder.ownName(schema, name);
    const evidence = own !== null && this.options.keepRowsOf.has(own);
    if (!tracking && !evidence) return null;
    const definition = tracking ? this.trackingDefinition() : this.builder.tables.get(name);
    return { table: name, columns: columns ?? definition?.columns.map((c) => c.name) ?? [], tracking, evidence };
  }

  private wantedTable(qualified: string): RowTarget | null {
    const parts = qualified.split('.').map((p) => p.replace(/^"(.*)"$/, '$1').replace(/""/g, '"'));
    return this.rowTarget(parts.length > 1 ? parts[0]! : null, parts.at(-1)!, null);
  }
}

/** An identifier as pg_dump writes it: `"Mixed ""case"""` unquoted, a bare name as it is (pg_dump quotes what folding would change). */
function unquoteName(text: string): string {
  return text.startsWith('"') ? text.slice(1, -1).replace(/""/g, '"') : text;
}
