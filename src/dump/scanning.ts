import { InputError } from '../model/errors.js';

/*
 * What the statement scanners of every dialect share: the UTF-8 byte order
 * mark a dump may start with, and how a dump cut short is reported.
 */

const UTF8_BOM = [0xef, 0xbb, 0xbf];

/** Steps over a UTF-8 byte order mark at the start of the input, however the first chunks fall. */
export class ByteOrderMark {
  private seen = 0;

  /** Where the text starts in `chunk`: after the mark's bytes it holds, else 0. */
  skip(chunk: Buffer): number {
    let pos = 0;
    while (this.seen < UTF8_BOM.length && pos < chunk.length) {
      if (chunk[pos] !== UTF8_BOM[this.seen]) {
        this.seen = UTF8_BOM.length;
        return 0;
      }
      this.seen++;
      pos++;
    }
    return pos;
  }
}

/** The input stopped inside `what` (a string, a comment, a statement…), which began at `line`. */
export function truncatedDump(file: string, what: string, line: number): InputError {
  return new InputError(`the dump ends inside ${what} that starts at line ${line}; the file looks truncated`, { file, line });
}
