/**
 * Skipped COPY data: finding where it ends and counting its line feeds, so
 * that line numbers after the block stay right. The block is never split into
 * rows; this is the only work done on its bytes.
 */

const LF = 0x0a;
const BACKSLASH = 0x5c;
const DOT = 0x2e;
/** A line feed followed by `\.`: where a terminator line can start after the first line. */
const TERMINATOR_START = Buffer.from('\n\\.', 'latin1');

/** After this many line feeds, look at the average line length and pick the faster method. */
const SAMPLE_LINES = 256;
/** Below this average line length, one `indexOf` call per line costs more than reading words. */
const SHORT_LINE_BYTES = 48;

/**
 * Where skipped COPY data in `buf[start, …)` ends, and how many line feeds come
 * before that: `at` is the line feed that starts a line beginning with `\.` (the
 * caller checks that the line is the terminator), -1 when the buffer ends
 * first; `lines` counts the line feeds up to and including `at`, or to the end.
 * A line starting with `\.` at the very end may be cut by the chunk boundary;
 * the caller keeps such a tail. Long lines: one pass, native `indexOf` from
 * each line feed to the next, looking at the two bytes after each, which is
 * half the work of searching for the terminator and then counting lines up to
 * it. Short lines: native search for `\n\.`, then a count by words.
 */
export function skipCopyData(buf: Buffer, start: number): { readonly at: number; readonly lines: number } {
  let lines = 0;
  let pos = start;
  while (pos < buf.length) {
    const lf = buf.indexOf(LF, pos);
    if (lf < 0) return { at: -1, lines };
    lines++;
    if (buf[lf + 1] === BACKSLASH && buf[lf + 2] === DOT) return { at: lf, lines };
    pos = lf + 1;
    if (lines === SAMPLE_LINES && pos - start < SAMPLE_LINES * SHORT_LINE_BYTES) {
      const at = buf.indexOf(TERMINATOR_START, pos);
      return { at, lines: lines + countNewlinesWordwise(buf, pos, at < 0 ? buf.length : at + 1) };
    }
  }
  return { at: -1, lines };
}

/**
 * Counts line feeds four bytes at a time: XOR with 0x0a0a0a0a turns line
 * feeds into zero bytes, and the classic "has zero byte" bit trick marks each
 * zero byte's high bit, which are then summed.
 */
export function countNewlinesWordwise(buf: Uint8Array, start: number, end: number): number {
  let count = 0;
  let pos = start;
  // Int32Array views need 4-byte alignment of the absolute offset.
  while (pos < end && (buf.byteOffset + pos) % 4 !== 0) {
    if (buf[pos] === LF) count++;
    pos++;
  }
  const words = (end - pos) >>> 2;
  if (words > 0) {
    const view = new Int32Array(buf.buffer, buf.byteOffset + pos, words);
    for (let i = 0; i < words; i++) {
      const x = view[i]! ^ 0x0a0a0a0a;
      const t = (((x & 0x7f7f7f7f) + 0x7f7f7f7f) | x | 0x7f7f7f7f);
      if (t !== -1) {
        const marks = (~t >>> 7) & 0x01010101;
        count += Math.imul(marks, 0x01010101) >>> 24;
      }
    }
    pos += words << 2;
  }
  for (; pos < end; pos++) if (buf[pos] === LF) count++;
  return count;
}
