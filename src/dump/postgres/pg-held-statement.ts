/**
 * How much of one statement is held in memory. Real statements are far smaller
 * (pg_dump's INSERTs hold one row); a 100 MB one is kept as its head, so memory
 * does not grow with a damaged or hostile file. Above the reader's limit for
 * parsing an INSERT, so every statement the reader would parse arrives whole.
 */
export const MAX_HELD_BYTES = 17 * 1024 * 1024;

/**
 * The bytes of a statement that spans chunks: copies of its pieces from
 * earlier chunks, up to MAX_HELD_BYTES, and a count of the bytes beyond.
 */
export class HeldStatement {
  private pieces: Buffer[] = [];
  private heldBytes = 0;
  private droppedBytes = 0;

  hold(piece: Buffer): void {
    if (this.droppedBytes === 0 && this.heldBytes + piece.length <= MAX_HELD_BYTES) {
      // Copied: the caller may reuse the chunk's buffer for the next one.
      this.pieces.push(Buffer.from(piece));
      this.heldBytes += piece.length;
    } else {
      this.droppedBytes += piece.length;
    }
  }

  /** The statement ending with `tail` (the part in the current chunk): its held bytes and its full length. */
  take(tail: Buffer): { bytes: Buffer; length: number } {
    // Most statements lie within one chunk: hand them over without a copy.
    if (this.pieces.length === 0 && this.droppedBytes === 0) return { bytes: tail, length: tail.length };
    this.hold(tail);
    const bytes = Buffer.concat(this.pieces);
    const length = bytes.length + this.droppedBytes;
    this.clear();
    return { bytes, length };
  }

  clear(): void {
    this.pieces = [];
    this.heldBytes = 0;
    this.droppedBytes = 0;
  }
}
