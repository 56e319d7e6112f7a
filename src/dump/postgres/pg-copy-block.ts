import { skipCopyData } from './pg-copy-skip.js';

/**
 * The data block that follows `COPY … FROM stdin;` in a plain pg_dump: one row
 * per line in COPY text format, ended by a line holding only `\.`.
 * https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2
 */

const LF = 0x0a;
const CR = 0x0d;
const BACKSLASH = 0x5c;
const DOT = 0x2e;
const EMPTY = Buffer.alloc(0);

/** Receives the rows a caller asked to keep. */
export interface CopyRowSink {
  copyRow(row: Buffer, line: number): void;
}

type LineStart =
  | { readonly kind: 'terminator'; readonly consumed: number }
  | { readonly kind: 'row' }
  | { readonly kind: 'incomplete' };

/**
 * Reads one COPY data block across chunks. The first `limit` rows go to the
 * sink; the rest are skipped by searching for the terminator with native
 * `indexOf` and counting line feeds, with no per-row work in JavaScript.
 */
export class CopyBlock {
  /** Rows handed to the sink. */
  delivered = 0;
  /** True when the block had rows beyond the delivered ones. */
  more = false;
  done = false;
  /** The line the next unread byte is on; the scanner sets it when the data begins. */
  line = 0;
  private atLineStart = true;
  /** First bytes of the current line, from an earlier chunk, that may still be a terminator. */
  private carry: Buffer = EMPTY;
  private rowPieces: Buffer[] = [];
  private rowLine = 0;

  constructor(
    readonly table: string,
    readonly startLine: number,
    private readonly limit: number,
    private readonly sink: CopyRowSink,
  ) {}

  /** Consumes bytes from `pos`; returns where it stopped: past the terminator line, or `buf.length`. */
  consume(buf: Buffer, pos: number): number {
    while (pos < buf.length && !this.done) {
      if (this.atLineStart) {
        pos = this.consumeLineStart(buf, pos);
      } else if (this.delivered < this.limit) {
        pos = this.consumeKeptRow(buf, pos);
      } else {
        pos = this.skipRows(buf, pos);
      }
    }
    return pos;
  }

  /** At end of input: accepts a final `\.` without its line feed; false when the block is unfinished. */
  finishAtEof(): boolean {
    if (this.done) return true;
    const last = this.carry;
    const endsWithTerminator =
      this.atLineStart && last.length >= 2 && last[0] === BACKSLASH && last[1] === DOT && (last.length === 2 || last[2] === CR);
    if (endsWithTerminator) this.done = true;
    return this.done;
  }

  private consumeLineStart(buf: Buffer, pos: number): number {
    const start = classifyLineStart(this.carry, buf, pos);
    if (start.kind === 'incomplete') {
      this.carry = Buffer.concat([this.carry, buf.subarray(pos)]);
      return buf.length;
    }
    if (start.kind === 'terminator') {
      this.carry = EMPTY;
      this.done = true;
      this.line++;
      return pos + start.consumed;
    }
    this.atLineStart = false;
    if (this.delivered < this.limit) {
      this.rowLine = this.line;
      this.rowPieces = this.carry.length > 0 ? [this.carry] : [];
    } else {
      this.more = true;
    }
    this.carry = EMPTY;
    return pos;
  }

  private consumeKeptRow(buf: Buffer, pos: number): number {
    const lf = buf.indexOf(LF, pos);
    if (lf < 0) {
      // Copied: the caller may reuse `buf` for the next chunk.
      this.rowPieces.push(Buffer.from(buf.subarray(pos)));
      return buf.length;
    }
    const tail = buf.subarray(pos, lf);
    const row = this.rowPieces.length > 0 ? Buffer.concat([...this.rowPieces, tail]) : tail;
    // A dump that went through CRLF conversion: the CR is not part of the row.
    const end = row.length > 0 && row[row.length - 1] === CR ? row.length - 1 : row.length;
    this.sink.copyRow(row.subarray(0, end), this.rowLine);
    this.rowPieces = [];
    this.delivered++;
    this.line++;
    this.atLineStart = true;
    return lf + 1;
  }

  private skipRows(buf: Buffer, pos: number): number {
    const { at, lines } = skipCopyData(buf, pos);
    this.line += lines;
    if (at >= 0) {
      this.atLineStart = true;
      return at + 1;
    }
    // The terminator may straddle chunks: keep a line start that could still be one.
    const n = buf.length;
    if (n >= 1 && buf[n - 1] === LF) {
      this.atLineStart = true;
    } else if (n - pos >= 2 && buf[n - 2] === LF && buf[n - 1] === BACKSLASH) {
      this.atLineStart = true;
      this.carry = Buffer.from([BACKSLASH]);
    }
    return n;
  }
}

/**
 * Looks at the first bytes of a data line (`carry` from earlier chunks, then
 * `buf` from `pos`): is it the terminator `\.` (with LF or CRLF), a row, or
 * too short to tell yet?
 */
function classifyLineStart(carry: Buffer, buf: Buffer, pos: number): LineStart {
  const byteAt = (i: number): number | undefined =>
    i < carry.length ? carry[i] : buf[pos + i - carry.length];
  const pattern = [BACKSLASH, DOT];
  for (let i = 0; i < pattern.length; i++) {
    const b = byteAt(i);
    if (b === undefined) return { kind: 'incomplete' };
    if (b !== pattern[i]) return { kind: 'row' };
  }
  const third = byteAt(2);
  if (third === undefined) return { kind: 'incomplete' };
  if (third === LF) return { kind: 'terminator', consumed: 3 - carry.length };
  if (third !== CR) return { kind: 'row' };
  const fourth = byteAt(3);
  if (fourth === undefined) return { kind: 'incomplete' };
  return fourth === LF ? { kind: 'terminator', consumed: 4 - carry.length } : { kind: 'row' };
}
