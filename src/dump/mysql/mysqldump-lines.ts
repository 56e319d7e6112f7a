/**
 * mysqldump and mariadb-dump write every line break inside a string as `\n`,
 * so in their output a raw line feed is never inside a string, and a `;`
 * right before a line feed ends a statement. A statement nobody asked about
 * (an extended INSERT of rows) can then be crossed from line feed to line
 * feed with `indexOf`, without looking at its bytes.
 */

const LF = 0x0a;
const SEMICOLON = 0x3b;

/** The first line mysqldump and mariadb-dump write (after MariaDB's sandbox line, when there is one). */
const MYSQLDUMP_HEADER = /^(?:\/\*M!999999\\- enable the sandbox mode \*\/[ \t]*\n)?-- (?:MySQL|MariaDB) dump /;
/** Enough of the file's start to see its first line whole (and that it ends without a CR). */
const HEADER_BYTES = 256;

/**
 * Decides from exactly the file's first 256 bytes, however the chunks fall,
 * whether the file is mysqldump output whose statements may be crossed line by line.
 */
export class MysqldumpHeader {
  private start: Buffer | null = Buffer.alloc(0);
  private lineWise = false;

  /** Call with every chunk in order; only the first 256 bytes are looked at. */
  see(chunk: Buffer): void {
    if (this.start === null) return;
    const start = Buffer.concat([this.start, chunk.subarray(0, HEADER_BYTES - this.start.length)]);
    // A file shorter than that has no statement long enough to be worth skipping line by line.
    if (start.length < HEADER_BYTES) {
      this.start = start;
      return;
    }
    const text = start.toString('latin1');
    // A CR LF file would put a CR between the `;` and the line feed: leave it to the byte-wise path.
    this.lineWise = MYSQLDUMP_HEADER.test(text) && !text.includes('\r');
    this.start = null;
  }

  /** True once the header showed mysqldump output written with plain line feeds. */
  get linesEndStatements(): boolean {
    return this.lineWise;
  }
}

/** How far `skipToStatementEnd` got in a chunk. */
export interface LineSkip {
  /** Where scanning goes on: after the line feed that ended the statement, or the chunk's end. */
  readonly next: number;
  /** Line feeds crossed. */
  readonly lines: number;
  readonly ended: boolean;
}

/**
 * Crosses the rest of a skipped statement from `pos`: from line feed to line
 * feed until one follows a `;`. `byteBefore` is the byte before the chunk,
 * since the `;` may end the previous one.
 */
export function skipToStatementEnd(chunk: Buffer, pos: number, byteBefore: number): LineSkip {
  let lines = 0;
  for (let from = pos; ; ) {
    const lf = chunk.indexOf(LF, from);
    if (lf < 0) return { next: chunk.length, lines, ended: false };
    lines++;
    const before = lf > 0 ? chunk[lf - 1]! : byteBefore;
    if (before === SEMICOLON) return { next: lf + 1, lines, ended: true };
    from = lf + 1;
  }
}
