/**
 * `bytes` in chunks of `size` from two buffers that take turns, as migstamp
 * reads a pipe; a chunk is overwritten with 0xEE as soon as the next is asked
 * for, so a reader that keeps one too long reads garbage.
 */
export async function* reusedChunks(bytes: Buffer, size: number): AsyncIterable<Buffer> {
  const buffers = [Buffer.alloc(size), Buffer.alloc(size)];
  let turn = 0;
  for (let at = 0; at < bytes.length; at += size) {
    const buffer = buffers[turn]!;
    const length = bytes.copy(buffer, 0, at, Math.min(at + size, bytes.length));
    yield buffer.subarray(0, length);
    buffer.fill(0xee);
    turn = 1 - turn;
  }
}
