import { InputError } from '../../model/errors.js';
import { ByteOrderMark, truncatedDump } from '../scanning.js';

/**
 * Splits SQLite SQL text (`sqlite3 FILE .dump` output) into statements as it
 * streams in, exactly where the sqlite3 shell would run them: at a semicolon
 * outside strings (`'…'`), quoted names (`"…"`, `[…]`, `` `…` ``) and
 * comments, except that `CREATE TRIGGER … BEGIN … END` runs on to `; END ;`
 * (the state machine of sqlite3_complete()). Works on bytes: the statements
 * of tables nobody asked for are never decoded.
 * https://www.sqlite.org/c3ref/complete.html
 */

/** What the scanner reports, in input order. */
export interface ScanHandler {
  /** A complete statement without its final semicolon, and the line it starts on. */
  statement(sql: Buffer, line: number): void;
}

const LF = 0x0a;
const QUOTE = 0x27;
const DQUOTE = 0x22;
const BACKTICK = 0x60;
const LBRACKET = 0x5b;
const RBRACKET = 0x5d;
const DASH = 0x2d;
const SLASH = 0x2f;
const STAR = 0x2a;
const SEMICOLON = 0x3b;
const DOT = 0x2e;

/** Where the next byte is. */
const enum Mode { Between, MaybeComment, Statement, String, Quoted, LineComment, BlockComment, DotCommand }

/** sqlite3_complete()'s token classes and states; a statement ends on a SEMI that leads to START. */
const enum Tok { Semi, Ws, Other, Explain, Create, Temp, Trigger, End }
const START = 1;
const NORMAL = 2;
const TRANSITIONS: readonly (readonly number[])[] = [
  /* INVALID */ [1, 0, 2, 3, 4, 2, 2, 2],
  /* START   */ [1, 1, 2, 3, 4, 2, 2, 2],
  /* NORMAL  */ [1, 2, 2, 2, 2, 2, 2, 2],
  /* EXPLAIN */ [1, 3, 3, 2, 4, 2, 2, 2],
  /* CREATE  */ [1, 4, 2, 2, 2, 4, 5, 2],
  /* TRIGGER */ [6, 5, 5, 5, 5, 5, 5, 5],
  /* SEMI    */ [6, 6, 5, 5, 5, 5, 5, 7],
  /* END     */ [1, 7, 5, 5, 5, 5, 5, 5],
];
const KEYWORDS: Readonly<Record<string, Tok>> = { explain: Tok.Explain, create: Tok.Create, temp: Tok.Temp, temporary: Tok.Temp, trigger: Tok.Trigger, end: Tok.End };

function isSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

function isNameByte(b: number): boolean {
  return (b >= 0x61 && b <= 0x7a) || (b >= 0x41 && b <= 0x5a) || (b >= 0x30 && b <= 0x39) || b === 0x5f || b === 0x24 || b >= 0x80;
}

/** Feed chunks with `push`, then call `finish` once. */
export class SqliteStatementScanner {
  private line = 1;
  private mode = Mode.Between;
  private readonly bom = new ByteOrderMark();
  private pieces: Buffer[] = [];
  private inStatement = false;
  private stmtStart = 0;
  private stmtLine = 0;
  private state = START;
  /** Lower-cased letters of the word being read, while the state machine still cares about words. */
  private word = '';
  private inWord = false;
  private closing = 0;
  private afterComment = Mode.Between;
  private constructLine = 0;
  private prev = 0;
  private pendingOperator = false;

  constructor(
    private readonly file: string,
    private readonly handler: ScanHandler,
  ) {}

  push(buf: Buffer): void {
    let pos = this.bom.skip(buf);
    if (this.inStatement) this.stmtStart = pos;
    while (pos < buf.length) {
      const b = buf[pos]!;
      switch (this.mode) {
        case Mode.String:
        case Mode.Quoted:
          pos = this.skipQuoted(buf, pos);
          continue;
        case Mode.Between:
          this.between(buf, pos, b);
          break;
        case Mode.MaybeComment:
          this.maybeComment(buf, pos, b);
          break;
        case Mode.Statement:
          this.statementByte(buf, pos, b);
          break;
        case Mode.LineComment:
        case Mode.DotCommand:
          if (b === LF) this.mode = this.mode === Mode.DotCommand ? Mode.Between : this.afterComment;
          break;
        case Mode.BlockComment:
          if (this.prev === STAR && b === SLASH) {
            this.mode = this.afterComment;
            this.prev = 0;
          } else this.prev = b;
          break;
      }
      if (b === LF) this.line++;
      pos++;
    }
    // Copied: the caller may reuse `buf` for the next chunk.
    if (this.inStatement) this.pieces.push(Buffer.from(buf.subarray(this.stmtStart)));
  }

  /** Throws InputError when the input stopped inside a statement, string, name or comment. */
  finish(): void {
    const truncated = (what: string, line: number): InputError => truncatedDump(this.file, what, line);
    switch (this.mode) {
      case Mode.Between:
      case Mode.DotCommand:
        return;
      case Mode.LineComment:
        if (this.afterComment === Mode.Between) return;
        throw truncated(this.statementName(), this.stmtLine);
      case Mode.String:
        throw truncated('a string literal', this.constructLine);
      case Mode.Quoted:
        throw truncated('a quoted name', this.constructLine);
      case Mode.BlockComment:
        throw truncated('a comment', this.constructLine);
      default:
        throw truncated(this.statementName(), this.stmtLine);
    }
  }

  private statementName(): string {
    return this.state >= 5 ? 'a CREATE TRIGGER statement (no closing END;)' : 'a statement (no closing semicolon)';
  }

  /** Jumps to the closing quote; a doubled quote is an escaped one and keeps the string open. */
  private skipQuoted(buf: Buffer, pos: number): number {
    if (this.closing === -1) {
      // The previous chunk ended on a quote: a second quote here means it was doubled.
      this.closing = this.mode === Mode.String ? QUOTE : this.prev;
      if (buf[pos] === this.closing && this.closing !== RBRACKET) return pos + 1;
      this.mode = Mode.Statement;
      return pos;
    }
    const close = buf.indexOf(this.closing, pos);
    const end = close < 0 ? buf.length : close;
    for (let lf = buf.indexOf(LF, pos); lf >= 0 && lf < end; lf = buf.indexOf(LF, lf + 1)) this.line++;
    if (close < 0) return buf.length;
    if (this.closing === RBRACKET) {
      this.mode = Mode.Statement;
    } else if (close + 1 >= buf.length) {
      this.prev = this.closing;
      this.closing = -1;
    } else if (buf[close + 1] === this.closing) {
      return close + 2;
    } else {
      this.mode = Mode.Statement;
    }
    return close + 1;
  }

  private between(buf: Buffer, pos: number, b: number): void {
    if (isSpace(b) || b === SEMICOLON) return;
    this.inStatement = true;
    this.stmtStart = pos;
    this.stmtLine = this.line;
    this.state = START;
    this.inWord = false;
    this.pendingOperator = false;
    if (b === DOT) {
      // A sqlite3 shell dot-command line (`.bail on`): not SQL, never part of a statement.
      this.discardStatement();
      this.mode = Mode.DotCommand;
    } else if (b === DASH || b === SLASH) {
      this.prev = b;
      this.mode = Mode.MaybeComment;
    } else {
      this.mode = Mode.Statement;
      this.statementByte(buf, pos, b);
    }
  }

  /** The byte after a leading `-` or `/` decides: a comment, or the start of a statement. */
  private maybeComment(buf: Buffer, pos: number, b: number): void {
    if ((this.prev === DASH && b === DASH) || (this.prev === SLASH && b === STAR)) {
      this.discardStatement();
      this.startComment(b === DASH ? Mode.LineComment : Mode.BlockComment, Mode.Between);
      return;
    }
    this.mode = Mode.Statement;
    this.transition(Tok.Other);
    this.statementByte(buf, pos, b);
  }

  private statementByte(buf: Buffer, pos: number, b: number): void {
    const prev = this.prev;
    this.prev = b;
    if (this.pendingOperator) {
      // A `-` or `/` is an operator unless the next byte makes it a comment, which counts as white space.
      this.pendingOperator = false;
      if ((prev === DASH && b === DASH) || (prev === SLASH && b === STAR)) {
        this.startComment(b === DASH ? Mode.LineComment : Mode.BlockComment, Mode.Statement);
        return;
      }
      this.transition(Tok.Other);
    }
    if (isNameByte(b)) {
      if (this.state !== NORMAL) this.word = this.inWord ? this.word + String.fromCharCode(b | 0x20) : String.fromCharCode(b | 0x20);
      this.inWord = true;
      return;
    }
    if (this.inWord) this.endWord();
    if (isSpace(b)) return;
    if (b === DASH || b === SLASH) {
      this.pendingOperator = true;
      return;
    }
    if (b === SEMICOLON) {
      this.transition(Tok.Semi);
      if (this.state === START) this.endStatement(buf, pos);
      return;
    }
    this.transition(Tok.Other);
    if (b === QUOTE || b === DQUOTE || b === BACKTICK || b === LBRACKET) {
      this.mode = b === QUOTE ? Mode.String : Mode.Quoted;
      this.closing = b === LBRACKET ? RBRACKET : b;
      this.constructLine = this.line;
    }
  }

  private endWord(): void {
    this.inWord = false;
    if (this.state === NORMAL) return;
    this.transition(this.word.length <= 9 ? (KEYWORDS[this.word] ?? Tok.Other) : Tok.Other);
  }

  private transition(token: Tok): void {
    this.state = TRANSITIONS[this.state]![token]!;
  }

  private startComment(mode: Mode, returnTo: Mode): void {
    this.mode = mode;
    this.afterComment = returnTo;
    this.constructLine = this.line;
    this.prev = 0;
  }

  private discardStatement(): void {
    this.inStatement = false;
    this.pieces = [];
  }

  private endStatement(buf: Buffer, pos: number): void {
    const tail = buf.subarray(this.stmtStart, pos);
    const bytes = this.pieces.length > 0 ? Buffer.concat([...this.pieces, tail]) : tail;
    this.discardStatement();
    this.mode = Mode.Between;
    this.handler.statement(bytes, this.stmtLine);
  }
}

/** Runs the scanner over a stream of chunks. */
export async function scanSqliteDump(chunks: AsyncIterable<Buffer>, file: string, handler: ScanHandler): Promise<void> {
  const scanner = new SqliteStatementScanner(file, handler);
  for await (const chunk of chunks) scanner.push(chunk);
  scanner.finish();
}
