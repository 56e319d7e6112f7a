import { createReadStream } from 'node:fs';
import { InputError } from '../../model/index.js';
import type { ArchiveCursor, FileCursor } from './file-cursor.js';
import type { ArchiveDataSource } from './pg-archive-stream.js';
import { readArchiveToc, type ArchiveToc, type TocEntry } from './pg-archive-toc.js';
import { writeToFileFirst } from './restore-command.js';
import { StreamCursor } from './stream-cursor.js';

/** One file inside a tar: where its bytes start and how many there are. */
export interface TarMember {
  readonly start: number;
  readonly size: number;
}

const BLOCK = 512;
const PIECE_BYTES = 1024 * 1024;

/**
 * Lists a tar file's members by walking the 512-byte headers and jumping over
 * each member's content, so a tar of any size costs one read per member.
 * pg_dump's tar archives hold `toc.dat`, one `NNNN.dat` per table and `restore.sql`.
 */
export function tarMembers(cursor: FileCursor): Map<string, TarMember> {
  const members = new Map<string, TarMember>();
  while (cursor.offset + BLOCK <= cursor.end - cursor.start) {
    const member = memberHeader(cursor.bytes(BLOCK), cursor.label, cursor.offset - BLOCK);
    if (member === null) break;
    const start = cursor.offset;
    if (start + member.size > cursor.end - cursor.start) throw cursor.truncated();
    members.set(member.name, { start, size: member.size });
    cursor.seek(start + padded(member.size));
  }
  return members;
}

/** A member's name and size from its 512-byte header; null for a zero block (two end the archive; one is enough to know). */
function memberHeader(header: Buffer, label: string, at: number): { name: string; size: number } | null {
  if (header.every((byte) => byte === 0)) return null;
  if (!validChecksum(header)) throw new InputError(`${label} has a damaged tar header at byte ${at}; the file looks corrupt`);
  return { name: cString(header.subarray(0, 100)), size: tarNumber(header.subarray(124, 136)) };
}

/** A member's content fills whole blocks. */
function padded(size: number): number {
  return Math.ceil(size / BLOCK) * BLOCK;
}

/** True when `head` starts like a tar archive: a header whose checksum adds up. */
export function looksLikeTar(head: Buffer): boolean {
  return head.length >= BLOCK && validChecksum(head.subarray(0, BLOCK));
}

/** Data members of a tar archive (`pg_dump -Ft`); pg_dump never compresses them. */
export class TarArchiveData implements ArchiveDataSource {
  constructor(
    private readonly path: string,
    private readonly members: ReadonlyMap<string, TarMember>,
  ) {}

  read(entry: TocEntry): AsyncIterable<Buffer> {
    if (entry.data.kind !== 'file') return (async function* () {})();
    const member = this.members.get(entry.data.name);
    if (member === undefined) throw new InputError(`the tar archive ${this.path} lacks ${entry.data.name}, the data of ${entry.tag}; the archive is incomplete`);
    if (member.size === 0) return (async function* () {})();
    return createReadStream(this.path, { start: member.start, end: member.start + member.size - 1, highWaterMark: PIECE_BYTES });
  }
}

/**
 * A tar archive (`pg_dump -Ft`) read once, front to back, as it comes down a
 * pipe. pg_dump writes `toc.dat` first, then one member per table's data in
 * the order of the TOC, then `restore.sql` (_CloseArchive in
 * src/bin/pg_dump/pg_backup_tar.c), so the TOC is read first and each data
 * member is reached by skipping the ones before it. pg_restore reads a piped
 * tar archive the same way (_PrintTocData and tarPositionTo in pg_backup_tar.c).
 */
export class TarStreamData implements ArchiveDataSource {
  /** Members skipped so far: one asked for later was stored out of order. */
  private readonly passed = new Set<string>();

  constructor(private readonly cursor: ArchiveCursor) {}

  /** The table of contents: the content of the first member, which must be `toc.dat`. */
  async toc(): Promise<ArchiveToc> {
    const first = await this.next();
    if (first === null || first.name !== 'toc.dat') {
      const found = first === null ? 'no member' : `its first member is ${first.name}`;
      throw new InputError(`${this.cursor.label} is a tar file but ${found}, not the toc.dat a pg_dump tar archive starts with; ${writeToFileFirst()}`);
    }
    const end = this.cursor.offset + padded(first.size);
    const bytes = await this.cursor.parse(() => this.cursor.bytes(first.size));
    await this.cursor.moveTo(end);
    // A cursor of its own keeps the TOC reader inside the member.
    const member = new StreamCursor(once(bytes), this.cursor.label);
    return member.parse(() => readArchiveToc(member, 'file'));
  }

  read(entry: TocEntry): AsyncIterable<Buffer> {
    if (entry.data.kind !== 'file') return (async function* () {})();
    return this.member(entry, entry.data.name);
  }

  private async *member(entry: TocEntry, name: string): AsyncIterable<Buffer> {
    for (;;) {
      const member = await this.next();
      if (member === null) {
        if (this.passed.has(name)) throw new InputError(`${this.cursor.label} stores ${name}, the data of ${entry.tag}, before data that comes earlier in its table of contents, which cannot be read from a pipe; ${writeToFileFirst()}`);
        throw new InputError(`the tar archive ${this.cursor.label} lacks ${name}, the data of ${entry.tag}; the archive is incomplete`);
      }
      const end = this.cursor.offset + padded(member.size);
      if (member.name === name) {
        yield* this.cursor.pieces(member.size, PIECE_BYTES);
        await this.cursor.moveTo(end);
        return;
      }
      this.passed.add(member.name);
      await this.cursor.moveTo(end);
    }
  }

  /** The next member's header, the cursor left at its content; null at the end of the archive. */
  private async next(): Promise<{ name: string; size: number } | null> {
    if (await this.cursor.ended()) return null;
    const at = this.cursor.offset;
    return memberHeader(await this.cursor.parse(() => this.cursor.bytes(BLOCK)), this.cursor.label, at);
  }
}

async function* once(bytes: Buffer): AsyncIterable<Buffer> {
  yield bytes;
}

function cString(bytes: Buffer): string {
  const end = bytes.indexOf(0);
  return bytes.toString('utf8', 0, end === -1 ? bytes.length : end);
}

/** Octal digits, or (GNU, for members over 8 GB) big-endian binary after a 0x80 byte. */
function tarNumber(field: Buffer): number {
  if (field[0]! & 0x80) {
    let value = 0;
    for (let i = 1; i < field.length; i++) value = value * 256 + field[i]!;
    return value;
  }
  const digits = cString(field).trim();
  return digits === '' ? 0 : parseInt(digits, 8);
}

/** The header checksum: the byte sum with the checksum field itself counted as spaces. */
function validChecksum(header: Buffer): boolean {
  const stored = tarNumber(header.subarray(148, 156));
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : header[i]!;
  return sum === stored;
}
