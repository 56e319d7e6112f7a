/**
 * Counting line feeds in skipped COPY data. Line numbers after a data block
 * must stay right, but the block itself is never split into rows, so this is
 * the only work done on its bytes besides finding the terminator.
 */

const LF = 0x0a;

/** After this many line feeds, look at the average line length and pick the faster method. */
const SAMPLE_LINES = 256;
/** Below this average line length, one `indexOf` call per line costs more than reading words. */
const SHORT_LINE_BYTES = 48;

/**
 * Number of line feeds in `buf[start, end)`.
 * Long lines: native `indexOf` jumps from one line feed to the next.
 * Short lines: a word-at-a-time loop that touches every byte once.
 */
export function countNewlines(buf: Uint8Array, start: number, end: number): number {
  let count = 0;
  let pos = start;
  while (pos < end) {
    const lf = buf.indexOf(LF, pos);
    if (lf < 0 || lf >= end) return count;
    count++;
    pos = lf + 1;
    if (count === SAMPLE_LINES && pos - start < SAMPLE_LINES * SHORT_LINE_BYTES) {
      return count + countNewlinesWordwise(buf, pos, end);
    }
  }
  return count;
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
