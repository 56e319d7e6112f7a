import { InputError } from '../../model/errors.js';
import { truncatedDump } from '../scanning.js';
import { MysqldumpHeader, skipToStatementEnd } from './mysqldump-lines.js';

/**
 * Splits mysqldump / mariadb-dump output into statements as it streams in,
 * the way the `mysql` client does: the current delimiter (`;`, or what a
 * `DELIMITER` line set) ends a statement except inside quotes, backtick
 * identifiers and comments. `/*!NNNNN … *\/` executable comments are statement
 * text, not comments: they carry real DDL. MariaDB's sandbox line
 * `/*M!999999\- enable the sandbox mode *\/` (first, and again wherever a
 * second dump was appended, as in Laravel's schema:dump) is a comment.
 * https://dev.mysql.com/doc/refman/8.0/en/comments.html
 * https://mariadb.com/kb/en/mariadb-dump/
 */

/** What the scanner reports, in input order. */
export interface ScanHandler {
  /**
   * The first bytes of a statement (all of it when short) and its line: return
   * true to receive the whole text, false to have the rest skipped unread.
   */
  begin(head: string, line: number): boolean;
  /** A complete wanted statement without its delimiter. */
  statement(sql: string, line: number): void;
}

/** Enough of a statement to classify it without buffering a large INSERT. */
const HEAD_BYTES = 512;

const LF = 0x0a;
const SQUOTE = 0x27;
const DQUOTE = 0x22;
const BACKTICK = 0x60;
const BACKSLASH = 0x5c;
const DASH = 0x2d;
const SLASH = 0x2f;
const STAR = 0x2a;
const HASH = 0x23;
const BANG = 0x21;
const UPPER_M = 0x4d;
const SEMICOLON = 0x3b;
/**
 * An executable comment for servers of version 99.99.99 and later is a
 * comment for every real server; MariaDB writes its sandbox line so.
 */
const NEVER_VERSION = '999999';

/** Scanner modes: where the next byte is. */
const enum Mode {
  Between,
  Statement,
  Quoted,
  LineComment,
  BlockComment,
  /** After `/`: `*` may open a comment. */
  Slash,
  /** After `/*`: `!` or `M!` makes it an executable comment. */
  CommentOpen,
  /** After `/*!` or `/*M`: the optional `!` and version digits. */
  ExecVersion,
  /** After `-`: a second `-` may open a comment. */
  Dash,
  /** After `--`: white space or a control character makes it a comment. */
  DashDash,
  DelimiterLine,
  /** A skipped statement of a mysqldump file: jump from line feed to line feed until one ends it. */
  SkipToStatementEnd,
}

function indexOrEnd(buf: Buffer, byte: number, from: number): number {
  const at = buf.indexOf(byte, from);
  return at < 0 ? buf.length : at;
}

function isSpace(b: number): boolean {
  return b === 0x20 || (b >= 0x09 && b <= 0x0d);
}

/** Feed chunks with `push`, then call `finish` once. */
export class MysqlStatementScanner {
  /** False after `SET sql_mode = '…NO_BACKSLASH_ESCAPES…'`: backslashes in strings are then ordinary. */
  backslashEscapes = true;
  private line = 1;
  private mode = Mode.Between;
  /** Where a comment returns to: Between (no statement yet) or Statement. */
  private returnTo = Mode.Between;
  private quote = 0;
  private escapeNext = false;
  private constructLine = 0;
  private prevStar = false;
  /** The statement so far is only a `-` or `/` that may yet open a comment before any statement text. */
  private opensStatement = false;
  private delimiter: Buffer = Buffer.from(';');
  private matched = 0;
  /** The statement so far: kept pieces, and where it starts in the current chunk. */
  private pieces: Buffer[] = [];
  private pieceBytes = 0;
  private inStatement = false;
  private stmtStart = 0;
  private stmtLine = 0;
  /** Null until the statement's head was shown to the handler; then whether it is kept. */
  private keep: boolean | null = null;
  /** Version digits of the executable comment being opened; null after `/*M` until its `!`. */
  private execVersion: string | null = null;
  /**
   * The next backslash and line feed at or after the last search in the current
   * chunk (the chunk's length when there is none): searching again for every
   * string would rescan the rest of a long one-line INSERT each time.
   */
  private nextBackslash = -1;
  private nextLf = -1;
  /** Likewise the next byte equal to the open quote. */
  private nextQuote = -1;
  /** Whether skipped statements may be crossed line by line (mysqldump output). */
  private readonly header = new MysqldumpHeader();
  /** The last byte of the previous chunk, for SkipToStatementEnd. */
  private previousByte = 0;

  constructor(
    private readonly file: string,
    private readonly handler: ScanHandler,
  ) {}

  push(buf: Buffer): void {
    this.header.see(buf);
    if (this.inStatement) this.stmtStart = 0;
    this.nextBackslash = -1;
    this.nextLf = -1;
    this.nextQuote = -1;
    let pos = 0;
    while (pos < buf.length) {
      // Classify a long statement as soon as its head is read, not at the chunk's end:
      // a skipped INSERT is then crossed quickly from there on. The head ends at
      // exactly HEAD_BYTES whatever the chunks, so the outcome never depends on them.
      let limit = buf.length;
      if (this.keep === null && this.inStatement) {
        const headEnd = this.stmtStart + HEAD_BYTES - this.pieceBytes;
        if (pos >= headEnd) this.decideEarly(buf, pos);
        else limit = Math.min(limit, headEnd);
      }
      if (this.mode === Mode.SkipToStatementEnd) pos = this.skipToStatementEnd(buf, pos);
      else if (this.mode === Mode.Quoted) pos = this.quoted(buf, pos, limit);
      else if (this.mode === Mode.Statement && this.keep !== null && this.matched === 0) pos = this.step(buf, this.plainRun(buf, pos));
      else pos = this.step(buf, pos);
    }
    if (this.inStatement) this.collect(buf.subarray(this.stmtStart));
    if (buf.length > 0) this.previousByte = buf[buf.length - 1]!;
  }

  /** The rest of a skipped statement in mysqldump output (see mysqldump-lines.ts). */
  private skipToStatementEnd(buf: Buffer, pos: number): number {
    const skip = skipToStatementEnd(buf, pos, this.previousByte);
    this.line += skip.lines;
    if (skip.ended) {
      this.mode = Mode.Between;
      this.matched = 0;
      this.inStatement = false;
      this.keep = null;
    }
    return skip.next;
  }

  /** Throws InputError when the input stopped in the middle of something. */
  finish(): void {
    const truncated = (what: string, line: number): InputError => truncatedDump(this.file, what, line);
    switch (this.mode) {
      case Mode.Between:
      case Mode.DelimiterLine:
        return;
      case Mode.Quoted:
        throw truncated(this.quote === BACKTICK ? 'a backtick-quoted identifier' : 'a quoted string', this.constructLine);
      case Mode.BlockComment:
      case Mode.CommentOpen:
      case Mode.ExecVersion:
        throw truncated('a comment', this.constructLine);
      case Mode.LineComment:
      case Mode.DashDash:
        if (this.returnTo === Mode.Between) return;
        throw truncated(`a statement (no closing ${this.delimiter.toString()})`, this.stmtLine);
      default:
        throw truncated(`a statement (no closing ${this.delimiter.toString()})`, this.stmtLine);
    }
  }

  /**
   * Skips statement text that cannot change the scanner's state (digits,
   * commas, parentheses of a long INSERT) in a tight loop, counting line feeds.
   */
  private plainRun(buf: Buffer, pos: number): number {
    const end = this.delimiter[0];
    let i = pos;
    for (; i < buf.length; i++) {
      const b = buf[i]!;
      if (b === SQUOTE || b === DQUOTE || b === BACKTICK || b === end || b === DASH || b === SLASH || b === HASH) break;
      if (b === LF) this.line++;
    }
    return i;
  }

  /** One byte outside quotes; returns the next position (the chunk's end is left to the caller). */
  private step(buf: Buffer, pos: number): number {
    if (pos >= buf.length) return pos;
    const b = buf[pos]!;
    if (b === LF) this.line++;
    switch (this.mode) {
      case Mode.Between:
        if (isSpace(b)) break;
        this.startStatement(pos);
        this.opensStatement = b === SLASH || b === DASH;
        if (b === SLASH) this.mode = Mode.Slash;
        else if (b === DASH) this.mode = Mode.Dash;
        else if (b === HASH) this.comment(Mode.LineComment, Mode.Between);
        else this.statementByte(buf, pos, b);
        break;
      case Mode.Statement:
        this.statementByte(buf, pos, b);
        break;
      case Mode.Slash:
        if (b === STAR) {
          this.mode = Mode.CommentOpen;
          this.constructLine = this.line;
        } else {
          this.mode = Mode.Statement;
          this.statementByte(buf, pos, b);
        }
        break;
      case Mode.CommentOpen:
        if (b === BANG || b === UPPER_M) {
          this.mode = Mode.ExecVersion;
          this.execVersion = b === BANG ? '' : null;
        } else {
          this.plainComment(b);
        }
        break;
      case Mode.ExecVersion:
        this.execVersionByte(buf, pos, b);
        break;
      case Mode.Dash:
        if (b === DASH) this.mode = Mode.DashDash;
        else {
          this.mode = Mode.Statement;
          this.statementByte(buf, pos, b);
        }
        break;
      case Mode.DashDash:
        if (b <= 0x20) {
          this.comment(Mode.LineComment, this.opensStatement ? Mode.Between : Mode.Statement);
          if (b === LF) this.endComment();
        } else {
          this.mode = Mode.Statement;
          this.statementByte(buf, pos, b);
        }
        break;
      case Mode.LineComment:
        if (b === LF) this.endComment();
        break;
      case Mode.BlockComment:
        if (this.prevStar && b === SLASH) this.endComment();
        else this.prevStar = b === STAR;
        break;
      case Mode.DelimiterLine:
        if (b === LF) this.endDelimiterLine(buf, pos);
        break;
    }
    return pos + 1;
  }

  private plainComment(b: number): void {
    this.comment(Mode.BlockComment, this.opensStatement ? Mode.Between : Mode.Statement);
    this.prevStar = b === STAR;
  }

  /** An executable comment's content is statement text and its `*\/` harmless text, unless its version is never reached. */
  private execVersionByte(buf: Buffer, pos: number, b: number): void {
    if (this.execVersion === null) {
      if (b === BANG) this.execVersion = '';
      else this.plainComment(b);
      return;
    }
    if (b >= 0x30 && b <= 0x39) {
      this.execVersion += String.fromCharCode(b);
      return;
    }
    if (this.execVersion === NEVER_VERSION) {
      this.plainComment(b);
      return;
    }
    this.mode = Mode.Statement;
    this.statementByte(buf, pos, b);
  }

  private startStatement(pos: number): void {
    this.inStatement = true;
    this.mode = Mode.Statement;
    this.stmtStart = pos;
    this.stmtLine = this.line;
    this.pieces = [];
    this.pieceBytes = 0;
    this.keep = null;
    this.matched = 0;
  }

  private statementByte(buf: Buffer, pos: number, b: number): void {
    this.opensStatement = false;
    if (b === SQUOTE || b === DQUOTE || b === BACKTICK) {
      this.mode = Mode.Quoted;
      this.quote = b;
      this.nextQuote = -1;
      this.escapeNext = false;
      this.constructLine = this.line;
      this.matched = 0;
      return;
    }
    if (b === this.delimiter[this.matched]) {
      this.matched++;
      if (this.matched === this.delimiter.length) this.endStatement(buf, pos + 1);
      return;
    }
    this.matched = b === this.delimiter[0] ? 1 : 0;
    if (b === HASH) this.comment(Mode.LineComment, Mode.Statement);
    else if (b === SLASH) this.mode = Mode.Slash;
    else if (b === DASH) this.mode = Mode.Dash;
    else if (isSpace(b) && this.keep === null && this.isDelimiterCommand(buf, pos)) this.mode = Mode.DelimiterLine;
  }

  /** `DELIMITER x` is a client command, recognised only as a statement's first word. */
  private isDelimiterCommand(buf: Buffer, pos: number): boolean {
    if (this.pieceBytes + pos - this.stmtStart !== 9) return false;
    const head = this.pieceBytes === 0 ? buf.subarray(this.stmtStart, pos) : Buffer.concat([...this.pieces, buf.subarray(0, pos)]);
    return head.toString('latin1').toLowerCase() === 'delimiter';
  }

  private endDelimiterLine(buf: Buffer, pos: number): void {
    const text = this.take(buf, pos).toString('utf8');
    const word = text.slice('delimiter'.length).trim().split(/\s+/)[0] ?? '';
    if (word !== '') this.delimiter = Buffer.from(word, 'utf8');
    this.mode = Mode.Between;
  }

  /** Inside quotes: jump to the next quote or backslash with indexOf, counting line feeds on the way. */
  private quoted(buf: Buffer, pos: number, limit: number): number {
    if (this.escapeNext) {
      this.escapeNext = false;
      if (buf[pos] === LF) this.line++;
      return pos + 1;
    }
    if (this.nextQuote < pos) this.nextQuote = indexOrEnd(buf, this.quote, pos);
    const stop = this.nextQuote;
    if (this.backslashEscapes && this.quote !== BACKTICK) {
      if (this.nextBackslash < pos) this.nextBackslash = indexOrEnd(buf, BACKSLASH, pos);
      const backslash = this.nextBackslash;
      if (backslash < stop && backslash < limit) {
        this.countLines(buf, pos, backslash);
        this.escapeNext = true;
        return backslash + 1;
      }
    }
    if (limit <= stop) {
      this.countLines(buf, pos, limit);
      return limit;
    }
    this.countLines(buf, pos, stop);
    if (stop === buf.length) return stop;
    this.mode = Mode.Statement;
    return stop + 1;
  }

  private countLines(buf: Buffer, from: number, to: number): void {
    if (this.nextLf < from) this.nextLf = indexOrEnd(buf, LF, from);
    while (this.nextLf < to) {
      this.line++;
      this.nextLf = indexOrEnd(buf, LF, this.nextLf + 1);
    }
  }

  private comment(mode: Mode.LineComment | Mode.BlockComment, returnTo: Mode.Between | Mode.Statement): void {
    this.mode = mode;
    this.returnTo = returnTo;
    this.prevStar = false;
    if (returnTo === Mode.Between) {
      // A comment before any statement text belongs to no statement.
      this.inStatement = false;
      this.pieces = [];
      this.pieceBytes = 0;
    } else {
      this.constructLine = this.line;
    }
  }

  private endComment(): void {
    this.mode = this.returnTo;
    this.matched = 0;
  }

  /** Keeps statement bytes: all of a wanted statement, the head of an undecided one, nothing of a skipped one. */
  private collect(bytes: Buffer): void {
    if (this.keep === false || bytes.length === 0) return;
    // Chunks are reused by some streams: copy what is kept.
    this.pieces.push(Buffer.from(bytes));
    this.pieceBytes += bytes.length;
    if (this.keep === null && this.pieceBytes >= HEAD_BYTES) this.decide();
  }

  private decideEarly(buf: Buffer, pos: number): void {
    const head = Buffer.concat([...this.pieces, buf.subarray(this.stmtStart, pos)]).subarray(0, HEAD_BYTES);
    this.keep = this.handler.begin(head.toString('utf8'), this.stmtLine);
    if (!this.keep) this.skipRest();
  }

  /** Drops what was kept of a skipped statement; in mysqldump output, crosses its rest line by line. */
  private skipRest(): void {
    this.pieces = [];
    this.pieceBytes = 0;
    const plainDelimiter = this.delimiter.length === 1 && this.delimiter[0] === SEMICOLON;
    if (this.header.linesEndStatements && this.backslashEscapes && plainDelimiter) this.mode = Mode.SkipToStatementEnd;
  }

  private decide(): void {
    const head = Buffer.concat(this.pieces);
    this.keep = this.handler.begin(head.subarray(0, HEAD_BYTES).toString('utf8'), this.stmtLine);
    if (!this.keep) {
      this.skipRest();
    } else {
      this.pieces = [head];
    }
  }

  private take(buf: Buffer, end: number): Buffer {
    const tail = buf.subarray(this.stmtStart, end);
    const bytes = this.pieces.length > 0 ? Buffer.concat([...this.pieces, tail]) : tail;
    this.pieces = [];
    this.pieceBytes = 0;
    this.inStatement = false;
    return bytes;
  }

  private endStatement(buf: Buffer, end: number): void {
    const line = this.stmtLine;
    this.mode = Mode.Between;
    this.matched = 0;
    if (this.keep === false) {
      this.inStatement = false;
      this.keep = null;
      return;
    }
    const bytes = this.take(buf, end);
    const text = bytes.subarray(0, bytes.length - this.delimiter.length).toString('utf8');
    const keep = this.keep ?? this.handler.begin(text.slice(0, HEAD_BYTES), line);
    this.keep = null;
    if (keep) this.handler.statement(text, line);
  }
}

/** Runs the scanner over a stream of chunks; `configure` sees the scanner before the first byte. */
export async function scanMysqlDump(
  chunks: AsyncIterable<Buffer>,
  file: string,
  handler: ScanHandler,
  configure: (scanner: MysqlStatementScanner) => void = () => undefined,
): Promise<void> {
  const scanner = new MysqlStatementScanner(file, handler);
  configure(scanner);
  for await (const chunk of chunks) scanner.push(chunk);
  scanner.finish();
}
