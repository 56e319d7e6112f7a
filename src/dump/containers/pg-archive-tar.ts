import { createReadStream } from 'node:fs';
import { InputError } from '../../model/index.js';
import type { FileCursor } from './file-cursor.js';
import type { ArchiveDataSource } from './pg-archive-stream.js';
import type { TocEntry } from './pg-archive-toc.js';

/** One file inside a tar: where its bytes start and how many there are. */
export interface TarMember {
  readonly start: number;
  readonly size: number;
}

const BLOCK = 512;

/**
 * Lists a tar file's members by walking the 512-byte headers and jumping over
 * each member's content, so a tar of any size costs one read per member.
 * pg_dump's tar archives hold `toc.dat`, one `NNNN.dat` per table and `restore.sql`.
 */
export function tarMembers(cursor: FileCursor): Map<string, TarMember> {
  const members = new Map<string, TarMember>();
  while (cursor.offset + BLOCK <= cursor.end - cursor.start) {
    const header = cursor.bytes(BLOCK);
    // Two zero blocks end the archive; one is enough to know we are done.
    if (header.every((byte) => byte === 0)) break;
    if (!validChecksum(header)) throw new InputError(`${cursor.label} has a damaged tar header at byte ${cursor.offset - BLOCK}; the file looks corrupt`);
    const name = cString(header.subarray(0, 100));
    const size = tarNumber(header.subarray(124, 136));
    const start = cursor.offset;
    if (start + size > cursor.end - cursor.start) throw cursor.truncated();
    members.set(name, { start, size });
    cursor.seek(start + Math.ceil(size / BLOCK) * BLOCK);
  }
  return members;
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
    return createReadStream(this.path, { start: member.start, end: member.start + member.size - 1, highWaterMark: 1024 * 1024 });
  }
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
