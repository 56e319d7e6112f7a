import { InputError } from '../../model/errors.js';
import { ByteOrderMark, truncatedDump } from '../scanning.js';
import { HeldStatement } from './pg-held-statement.js';
import { CopyBlock } from './pg-copy-block.js';

/**
 * Splits a plain-format pg_dump (or any psql script) into statements as it
 * streams in, the way psql does: semicolons end statements except inside
 * strings, quoted identifiers, dollar quotes and comments; lines starting with
 * a backslash are meta-commands; `COPY … FROM stdin;` is followed by data.
 * https://www.postgresql.org/docs/current/sql-syntax-lexical.html
 */

/** What the scanner reports, in input order. */
export interface ScanHandler {
  /**
   * A statement without its semicolon, and the line it starts on. `length` is
   * its length in bytes: when it is larger than `sql`, the statement was too
   * long to hold and `sql` is only its first MAX_HELD_BYTES.
   */
  statement(sql: Buffer, line: number, length: number): void;
  /** A psql meta-command line (`\restrict KEY`, `\connect db`), without its line end. */
  metaCommand(text: string, line: number): void;
  /** A `COPY … FROM stdin` statement; returns how many data rows to hand over (0 skips the block unread). */
  copyStart(sql: string, line: number): number;
  /** One kept data row, raw COPY text without its line end. */
  copyRow(row: Buffer, line: number): void;
  /** The block's `\.` was reached; `more` tells whether rows beyond the kept ones existed. */
  copyEnd(delivered: number, more: boolean): void;
}


const LF = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;
const TAB = 0x09;
const FF = 0x0c;
const VT = 0x0b;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const DOLLAR = 0x24;
const DASH = 0x2d;
const SLASH = 0x2f;
const STAR = 0x2a;
const SEMICOLON = 0x3b;
const BACKSLASH = 0x5c;

/** Scanner modes: where the next byte is. */
const BETWEEN = 0;
const STATEMENT = 1;
const STRING = 2;
const ESCAPE_STRING = 3;
const IDENTIFIER = 4;
const DOLLAR_TAG = 5;
const DOLLAR_BODY = 6;
const LINE_COMMENT = 7;
const BLOCK_COMMENT = 8;
const META = 9;
const COPY_LINE_REST = 10;
const COPY_DATA = 11;
type Mode = number;

/** Letters, digits, `_`, `$` and non-ASCII bytes continue an identifier. */
function isIdentByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === DOLLAR || b >= 0x80;
}

/** A dollar-quote tag is an identifier without `$`, not starting with a digit. */
function isTagByte(b: number, first: boolean): boolean {
  if (b === DOLLAR) return false;
  if (first && b >= 0x30 && b <= 0x39) return false;
  return isIdentByte(b);
}

function isSpace(b: number): boolean {
  return b === SPACE || b === LF || b === CR || b === TAB || b === FF || b === VT;
}

const COPY_FROM_STDIN = /^copy\s+(\S+)[\s\S]*\bfrom\s+stdin\b/i;

/**
 * Feed chunks with `push`, then call `finish` once; the handler hears about
 * every statement. A pushed chunk may be overwritten by the caller once
 * `push` returns: nothing is kept by reference across calls.
 */
export class PgStatementScanner {
  private line = 1;
  private mode: Mode = BETWEEN;
  private readonly bom = new ByteOrderMark();
  /** The current statement's bytes from earlier chunks; `stmtStart` indexes the current chunk. */
  private readonly held = new HeldStatement();
  private inStatement = false;
  private stmtStart = 0;
  private stmtLine = 0;
  /** The statement began with `-` or `/`: a comment opener on the next byte cancels it. */
  private tentative = false;
  private prev = 0;
  private prevPrev = 0;
  /** `E'a''b'`: a quote right after an escape string closed reopens an escape string. */
  private reopenEscape = false;
  private escapeNext = false;
  private constructLine = 0;
  private commentDepth = 0;
  private commentReturn: Mode = BETWEEN;
  private tag: number[] = [];
  private delimiter: Buffer = Buffer.alloc(0);
  private matched = 0;
  private copy: CopyBlock | null = null;

  constructor(
    private readonly file: string,
    private readonly handler: ScanHandler,
  ) {}

  push(buf: Buffer): void {
    let pos = this.bom.skip(buf);
    if (this.inStatement) this.stmtStart = pos;
    while (pos < buf.length) {
      if (this.mode === COPY_DATA) pos = this.consumeCopy(buf, pos);
      else pos = this.scanSql(buf, pos);
    }
    if (this.inStatement) this.held.hold(buf.subarray(this.stmtStart));
  }

  /** Checks that the input did not stop in the middle of something; throws InputError if it did. */
  finish(): void {
    const truncated = (what: string, line: number): InputError => truncatedDump(this.file, what, line);
    switch (this.mode) {
      case BETWEEN:
        return;
      case META:
        this.stmtStart = 0;
        this.endMeta(Buffer.alloc(0), 0);
        return;
      case LINE_COMMENT:
        if (this.commentReturn === BETWEEN) return;
        throw truncated('a statement (no closing semicolon)', this.stmtLine);
      case STATEMENT:
      case DOLLAR_TAG:
        throw truncated('a statement (no closing semicolon)', this.stmtLine);
      case STRING:
      case ESCAPE_STRING:
        throw truncated('a quoted string', this.constructLine);
      case IDENTIFIER:
        throw truncated('a quoted identifier', this.constructLine);
      case DOLLAR_BODY:
        throw truncated('a dollar-quoted string', this.constructLine);
      case BLOCK_COMMENT:
        throw truncated('a block comment', this.constructLine);
      default: {
        const copy = this.copy;
        if (copy && copy.finishAtEof()) {
          this.handler.copyEnd(copy.delivered, copy.more);
          return;
        }
        throw truncated(`the COPY data of ${copy?.table ?? 'a table'}`, copy?.startLine ?? this.stmtLine);
      }
    }
  }

  private consumeCopy(buf: Buffer, pos: number): number {
    const copy = this.copy!;
    const next = copy.consume(buf, pos);
    this.line = copy.line;
    if (copy.done) {
      this.handler.copyEnd(copy.delivered, copy.more);
      this.copy = null;
      this.mode = BETWEEN;
    }
    return next;
  }

  /** Byte-by-byte over SQL text; returns at the chunk end or when a COPY data block begins. */
  private scanSql(buf: Buffer, pos: number): number {
    const len = buf.length;
    for (; pos < len; pos++) {
      const b = buf[pos]!;
      if (b === LF) this.line++;
      switch (this.mode) {
        case BETWEEN:
          if (isSpace(b)) break;
          this.inStatement = true;
          this.stmtStart = pos;
          this.stmtLine = this.line;
          if (b === BACKSLASH) {
            this.mode = META;
            break;
          }
          this.mode = STATEMENT;
          this.prevPrev = 0;
          this.prev = 0;
          // `-` or `/` may open a comment rather than a statement: the next byte decides.
          this.tentative = b === DASH || b === SLASH;
          if (this.tentative) this.prev = b;
          else this.statementByte(buf, pos, b);
          break;
        case STATEMENT:
          this.statementByte(buf, pos, b);
          break;
        case STRING:
          if (b === QUOTE) this.closeQuote(false);
          break;
        case ESCAPE_STRING:
          if (this.escapeNext) this.escapeNext = false;
          else if (b === BACKSLASH) this.escapeNext = true;
          else if (b === QUOTE) this.closeQuote(true);
          break;
        case IDENTIFIER:
          if (b === DQUOTE) this.backToStatement(DQUOTE);
          break;
        case DOLLAR_TAG:
          this.dollarTagByte(buf, pos, b);
          break;
        case DOLLAR_BODY:
          if (b === this.delimiter[this.matched]) {
            this.matched++;
            if (this.matched === this.delimiter.length) this.backToStatement(DOLLAR);
          } else {
            // The tag holds no `$`, so a new match can only begin at this byte.
            this.matched = b === DOLLAR ? 1 : 0;
          }
          break;
        case LINE_COMMENT:
          if (b === LF) this.endComment();
          break;
        case BLOCK_COMMENT:
          this.blockCommentByte(b);
          break;
        case META:
          if (b === LF) this.endMeta(buf, pos);
          break;
        case COPY_LINE_REST:
          if (b === LF) {
            this.startCopyData();
            return pos + 1;
          }
          break;
      }
    }
    return pos;
  }

  private statementByte(buf: Buffer, pos: number, b: number): void {
    const prev = this.prev;
    const reopenEscape = this.reopenEscape;
    this.reopenEscape = false;
    if (this.tentative) {
      this.tentative = false;
      if ((prev === DASH && b === DASH) || (prev === SLASH && b === STAR)) {
        // A comment before any statement text: not part of a statement.
        this.inStatement = false;
        this.held.clear();
        this.startComment(b === DASH ? LINE_COMMENT : BLOCK_COMMENT, BETWEEN);
        return;
      }
    }
    switch (b) {
      case QUOTE: {
        const escape = (prev === QUOTE && reopenEscape) || ((prev === 0x45 || prev === 0x65) && !isIdentByte(this.prevPrev));
        this.mode = escape ? ESCAPE_STRING : STRING;
        this.constructLine = this.line;
        break;
      }
      case DQUOTE:
        this.mode = IDENTIFIER;
        this.constructLine = this.line;
        break;
      case DOLLAR:
        if (!isIdentByte(prev)) {
          this.mode = DOLLAR_TAG;
          this.tag = [];
          this.constructLine = this.line;
        }
        break;
      case DASH:
        if (prev === DASH) {
          this.startComment(LINE_COMMENT, STATEMENT);
          return;
        }
        break;
      case STAR:
        if (prev === SLASH) {
          this.startComment(BLOCK_COMMENT, STATEMENT);
          return;
        }
        break;
      case SEMICOLON:
        this.endStatement(buf, pos);
        return;
    }
    this.prevPrev = prev;
    this.prev = b;
  }

  private closeQuote(escape: boolean): void {
    this.backToStatement(QUOTE);
    this.reopenEscape = escape;
  }

  private backToStatement(last: number): void {
    this.mode = STATEMENT;
    this.prevPrev = 0;
    this.prev = last;
  }

  private dollarTagByte(buf: Buffer, pos: number, b: number): void {
    if (b === DOLLAR) {
      this.delimiter = Buffer.from([DOLLAR, ...this.tag, DOLLAR]);
      this.matched = 0;
      this.mode = DOLLAR_BODY;
    } else if (isTagByte(b, this.tag.length === 0)) {
      this.tag.push(b);
    } else {
      // Not a dollar quote after all (`$1`, `a $ b`): the byte is ordinary statement text.
      this.mode = STATEMENT;
      this.prev = this.tag.length > 0 ? this.tag[this.tag.length - 1]! : DOLLAR;
      this.statementByte(buf, pos, b);
    }
  }

  private startComment(mode: Mode, returnTo: Mode): void {
    this.mode = mode;
    this.commentReturn = returnTo;
    this.commentDepth = 1;
    this.constructLine = this.line;
    this.prev = 0;
  }

  private endComment(): void {
    this.mode = this.commentReturn;
    this.prev = 0;
    this.prevPrev = 0;
  }

  /** Block comments nest in PostgreSQL, unlike in the SQL standard. */
  private blockCommentByte(b: number): void {
    if (this.prev === SLASH && b === STAR) {
      this.commentDepth++;
      this.prev = 0;
    } else if (this.prev === STAR && b === SLASH) {
      this.commentDepth--;
      if (this.commentDepth === 0) this.endComment();
      else this.prev = 0;
    } else {
      this.prev = b;
    }
  }

  /** The statement's held bytes (all of it unless it outgrew MAX_HELD_BYTES) and its full length. */
  private takeStatement(buf: Buffer, end: number): { bytes: Buffer; length: number } {
    this.inStatement = false;
    return this.held.take(buf.subarray(this.stmtStart, end));
  }

  private endStatement(buf: Buffer, pos: number): void {
    const { bytes, length } = this.takeStatement(buf, pos);
    this.mode = BETWEEN;
    const first = bytes[0]! | 0x20;
    if (first === 0x63 && bytes.length > 4) {
      const text = bytes.toString('utf8');
      const copy = COPY_FROM_STDIN.exec(text);
      if (copy) {
        const limit = this.handler.copyStart(text, this.stmtLine);
        this.copy = new CopyBlock(copy[1]!, this.stmtLine, limit, this.handler);
        this.mode = COPY_LINE_REST;
        return;
      }
    }
    this.handler.statement(bytes, this.stmtLine, length);
  }

  private startCopyData(): void {
    this.copy!.line = this.line;
    this.mode = COPY_DATA;
  }

  private endMeta(buf: Buffer, end: number): void {
    let text = this.takeStatement(buf, end).bytes.toString('utf8');
    if (text.endsWith('\r')) text = text.slice(0, -1);
    this.mode = BETWEEN;
    this.handler.metaCommand(text, this.stmtLine);
  }
}

/** Runs the scanner over a stream of chunks. */
export async function scanPgDump(chunks: AsyncIterable<Buffer>, file: string, handler: ScanHandler): Promise<void> {
  const scanner = new PgStatementScanner(file, handler);
  for await (const chunk of chunks) scanner.push(chunk);
  scanner.finish();
}
