import { closeSync, openSync, readSync } from 'node:fs';
import { InputError } from '../../model/index.js';

/**
 * Synchronous reads of an archive's small binary records (header, table of
 * contents, block headers). A read past the bytes at hand throws: an
 * InputError when the input ends there, or (on a stream) a signal that
 * {@link ArchiveCursor.parse} catches to wait for more input and start over.
 */
export interface ByteCursor {
  /** How the input is named in messages. */
  readonly label: string;
  /** Bytes from the start of the input to the current position. */
  readonly offset: number;
  /** False for a stream read once, front to back (a pipe): it cannot move back, and advice for it differs. */
  readonly seekable: boolean;
  byte(): number;
  /** `n` bytes as a fresh Buffer (callers keep them beyond the next read). */
  bytes(n: number): Buffer;
  truncated(): InputError;
}

/**
 * A {@link ByteCursor} over a whole archive, file or stream, with the moves a
 * data section needs. A file can move anywhere; a stream (a pipe) only
 * forwards, reading what it passes over.
 */
export interface ArchiveCursor extends ByteCursor {
  /** Runs `read`, a series of synchronous reads, once the bytes it needs are at hand. */
  parse<T>(read: () => T): Promise<T>;
  /** Moves to `offset` bytes after the start of the input; back only when {@link ByteCursor.seekable}. */
  moveTo(offset: number): Promise<void>;
  /** The next `n` bytes, in pieces of at most `piece` bytes, each valid until the next is asked for. */
  pieces(n: number, piece: number): AsyncIterable<Buffer>;
  /** True once the position is at the end of the input. */
  ended(): Promise<boolean>;
}

/**
 * A forward reader over a region of a file with random repositioning. Archive
 * headers and tables of contents are small, length-prefixed binary records, so
 * they are read synchronously through one buffer; data the caller does not want
 * is skipped by moving the position, never read.
 */
export class FileCursor implements ArchiveCursor {
  readonly seekable = true;
  private readonly buffer: Buffer;
  /** File offset of buffer[0]. */
  private bufferStart = 0;
  private bufferEnd = 0;
  private position: number;
  /** Bytes actually read from disk, for progress reports. */
  bytesRead = 0;

  /**
   * @param fd an open file descriptor the caller owns (see {@link openCursor})
   * @param label how the file is named in error messages
   * @param start first byte of the region (a tar member starts inside the tar)
   * @param end one past the last byte of the region
   */
  constructor(
    readonly fd: number,
    readonly label: string,
    readonly start: number,
    readonly end: number,
    bufferBytes = 64 * 1024,
  ) {
    this.buffer = Buffer.allocUnsafe(bufferBytes);
    this.position = start;
  }

  /** The current position, relative to the start of the region. */
  get offset(): number {
    return this.position - this.start;
  }

  /** Moves to `offset` bytes after the start of the region. */
  seek(offset: number): void {
    if (offset < 0 || this.start + offset > this.end) throw this.truncated();
    this.position = this.start + offset;
  }

  skip(bytes: number): void {
    this.seek(this.offset + bytes);
  }

  atEnd(): boolean {
    return this.position >= this.end;
  }

  byte(): number {
    this.fill(1);
    return this.buffer[this.position++ - this.bufferStart]!;
  }

  /** `n` bytes as a fresh Buffer (callers keep them beyond the next read). */
  bytes(n: number): Buffer {
    if (n <= this.buffer.length) {
      this.fill(n);
      const from = this.position - this.bufferStart;
      this.position += n;
      return Buffer.from(this.buffer.subarray(from, from + n));
    }
    if (this.position + n > this.end) throw this.truncated();
    const out = Buffer.allocUnsafe(n);
    let done = 0;
    // Serve what the buffer already holds, then read the rest straight into `out`.
    if (this.position < this.bufferEnd && this.position >= this.bufferStart) {
      done = this.buffer.copy(out, 0, this.position - this.bufferStart, this.bufferEnd - this.bufferStart);
    }
    while (done < n) {
      const got = readSync(this.fd, out, done, n - done, this.position + done);
      if (got === 0) throw this.truncated();
      this.bytesRead += got;
      done += got;
    }
    this.position += n;
    return out;
  }

  /** Makes sure `n` bytes from the current position are in the buffer. */
  private fill(n: number): void {
    if (this.position >= this.bufferStart && this.position + n <= this.bufferEnd) return;
    if (this.position + n > this.end) throw this.truncated();
    const want = Math.min(this.buffer.length, this.end - this.position);
    let got = 0;
    while (got < n) {
      const read = readSync(this.fd, this.buffer, got, want - got, this.position + got);
      if (read === 0) throw this.truncated();
      got += read;
    }
    this.bytesRead += got;
    this.bufferStart = this.position;
    this.bufferEnd = this.position + got;
  }

  parse<T>(read: () => T): Promise<T> {
    return Promise.resolve(read());
  }

  moveTo(offset: number): Promise<void> {
    this.seek(offset);
    return Promise.resolve();
  }

  async *pieces(n: number, piece: number): AsyncIterable<Buffer> {
    for (let left = n; left > 0; left -= piece) yield this.bytes(Math.min(left, piece));
  }

  ended(): Promise<boolean> {
    return Promise.resolve(this.atEnd());
  }

  truncated(): InputError {
    return new InputError(`${this.label} ends in the middle of a record; the file looks truncated or corrupt`);
  }
}

/** Opens `path` for a cursor over its whole length; the caller closes it with {@link closeCursor}. */
export function openCursor(path: string, size: number, label = path): FileCursor {
  return new FileCursor(openSync(path, 'r'), label, 0, size);
}

export function closeCursor(cursor: FileCursor): void {
  closeSync(cursor.fd);
}
