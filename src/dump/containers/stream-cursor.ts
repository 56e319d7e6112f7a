import { InputError } from '../../model/index.js';
import type { ArchiveCursor } from './file-cursor.js';

/** A synchronous read ran past the bytes that have arrived; {@link StreamCursor.parse} waits for more and starts over. */
class NotArrivedYet extends Error {}

/** The least a refill asks for, so a run of small records costs few refills. */
const MIN_REFILL_BYTES = 64 * 1024;
const EMPTY = Buffer.alloc(0);

/**
 * An {@link ArchiveCursor} over a stream that can only be read once, front to
 * back (a pipe). Bytes are held in a window from the earliest position a
 * pending {@link parse} may return to; everything before it is let go, so
 * memory stays at the largest record plus one chunk however long the stream.
 * Moving forward reads and drops what lies between; moving back throws.
 *
 * The stream may reuse a chunk's memory once the next chunk is asked for (a
 * pipe is read into buffers that take turns), so bytes kept across reads are
 * copied: a window built from several chunks, and every piece handed out.
 */
export class StreamCursor implements ArchiveCursor {
  readonly seekable = false;
  private readonly iterator: AsyncIterator<Buffer>;
  /** Bytes from {@link windowStart} on that have arrived and are still kept. */
  private window: Buffer = EMPTY;
  private windowStart = 0;
  private position = 0;
  private done = false;

  /**
   * @param chunks the stream's bytes; a chunk may be overwritten once the next is asked for
   * @param label how the stream is named in messages
   */
  constructor(
    chunks: AsyncIterable<Buffer>,
    readonly label: string,
  ) {
    this.iterator = chunks[Symbol.asyncIterator]();
  }

  get offset(): number {
    return this.position;
  }

  byte(): number {
    this.need(1);
    return this.window[this.position++ - this.windowStart]!;
  }

  bytes(n: number): Buffer {
    this.need(n);
    const from = this.position - this.windowStart;
    this.position += n;
    return Buffer.from(this.window.subarray(from, from + n));
  }

  truncated(): InputError {
    return new InputError(`${this.label} ends in the middle of a record; the input looks truncated or corrupt`);
  }

  /**
   * Runs `read` from the current position; when it runs past the bytes that
   * have arrived, waits for at least twice as many and runs it again from the
   * same position. Doubling keeps a large record (a table of contents of
   * several megabytes) at a few retries.
   */
  async parse<T>(read: () => T): Promise<T> {
    const start = this.position;
    for (;;) {
      try {
        return read();
      } catch (error) {
        if (!(error instanceof NotArrivedYet)) throw error;
        const had = this.windowStart + this.window.length - start;
        this.position = start;
        await this.refill(start, Math.max(MIN_REFILL_BYTES, 2 * had));
      }
    }
  }

  /**
   * Makes up to `n` bytes from the current position available to synchronous
   * reads, fewer only at the end of the stream; returns how many are.
   */
  async fill(n: number): Promise<number> {
    if (this.available() < n) await this.refill(this.position, n);
    return this.available();
  }

  /** Up to `n` of the bytes at hand from the current position, without moving (see {@link fill}). */
  peek(n: number): Buffer {
    const from = this.position - this.windowStart;
    return this.window.subarray(from, from + Math.min(n, this.available()));
  }

  async moveTo(offset: number): Promise<void> {
    if (offset < this.position) throw new InputError(`${this.label} would have to be read backwards, which a pipe cannot do`);
    let skip = offset - this.position;
    for (;;) {
      const here = Math.min(skip, this.available());
      this.position += here;
      skip -= here;
      if (skip === 0) return;
      if (!(await this.advance())) throw this.truncated();
    }
  }

  /** Pieces are copies: they go on to decompressors, which may hold input beyond the next read. */
  async *pieces(n: number, piece: number): AsyncIterable<Buffer> {
    let left = n;
    while (left > 0) {
      if (this.available() === 0 && !(await this.advance())) throw this.truncated();
      const size = Math.min(left, piece, this.available());
      left -= size;
      yield this.bytes(size);
    }
  }

  async ended(): Promise<boolean> {
    return (await this.fill(1)) === 0;
  }

  /** What is left of the stream, as it arrives: the bytes at hand first; each chunk valid until the next is asked for. */
  async *rest(): AsyncIterable<Buffer> {
    if (this.available() > 0) {
      const from = this.position - this.windowStart;
      this.position += this.available();
      yield this.window.subarray(from);
    }
    this.window = EMPTY;
    this.windowStart = this.position;
    for (;;) {
      const next = await this.iterator.next();
      if (next.done === true) return;
      this.position += next.value.length;
      this.windowStart = this.position;
      yield next.value;
    }
  }

  /** Reads the stream to its end, dropping what is left (so its bytes are hashed and its writer is not cut off). */
  async drain(): Promise<void> {
    for await (const _ of this.rest());
  }

  private available(): number {
    return this.windowStart + this.window.length - this.position;
  }

  private need(n: number): void {
    if (this.available() >= n) return;
    throw this.done ? this.truncated() : new NotArrivedYet();
  }

  /** Replaces the window, used up, with the next chunk; false at the end of the stream. */
  private async advance(): Promise<boolean> {
    this.window = EMPTY;
    this.windowStart = this.position;
    if (this.done) return false;
    const next = await this.iterator.next();
    if (next.done === true) {
      this.done = true;
      return false;
    }
    this.window = next.value;
    return true;
  }

  /** Reads until `n` bytes from `keep` on are at hand (or the stream ends), keeping nothing before `keep`. */
  private async refill(keep: number, n: number): Promise<void> {
    // Copied before the next read, which may reuse the memory of what is at hand.
    const parts = [Buffer.from(this.window.subarray(keep - this.windowStart))];
    let have = parts[0]!.length;
    while (have < n && !this.done) {
      const next = await this.iterator.next();
      if (next.done === true) this.done = true;
      else {
        parts.push(Buffer.from(next.value));
        have += next.value.length;
      }
    }
    this.window = parts.length === 1 ? parts[0]! : Buffer.concat(parts, have);
    this.windowStart = keep;
  }
}
