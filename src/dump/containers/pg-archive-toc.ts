import { InputError } from '../../model/index.js';
import type { ByteCursor } from './file-cursor.js';
import { pgRestoreCommand } from './restore-command.js';

/**
 * The header and table of contents pg_dump writes at the start of a custom
 * archive (`-Fc`) and in the `toc.dat` of directory (`-Fd`) and tar (`-Ft`)
 * archives. Layout, as written by pg_dump 12–17 (archive versions 1.14–1.16;
 * 1.12 and 1.13 from pg_dump 9.0–11 share it):
 *
 * - integers: one sign byte (0 = positive), then `intSize` bytes little-endian;
 * - strings: an integer length (-1 = NULL), then that many bytes, no terminator;
 * - offsets: one flag byte (1 = not set, 2 = set, 3 = no data), then `offSize` bytes little-endian.
 *
 * https://www.postgresql.org/docs/current/app-pgdump.html (the formats);
 * the fields and their order follow ReadHead and ReadToc in PostgreSQL's
 * src/bin/pg_dump/pg_backup_archiver.c (REL_16_STABLE, REL_17_STABLE), and
 * were checked against archives the real pg_dump 15, 16 and 17 wrote
 * (test/fixtures/archives, its pg16/ and pg17/).
 */

/** How the archive's data blocks are compressed. */
export type ArchiveCompression = 'none' | 'gzip' | 'lz4' | 'zstd';

export interface ArchiveHeader {
  /** e.g. "1.14.0" */
  readonly version: string;
  readonly intSize: number;
  readonly offSize: number;
  /** The format byte as stored (1 for a custom archive; the TOC inside a directory or tar archive stores another). */
  readonly format: number;
  readonly compression: ArchiveCompression;
  readonly createdAt: Date;
  readonly database: string;
  readonly serverVersion: string | null;
  readonly pgDumpVersion: string | null;
}

/** Where a TOC entry's data is, in the format that holds it. */
export type DataLocation =
  | { readonly kind: 'none' }
  /** Custom archive: a byte offset, or "somewhere after the TOC, in entry order" when pg_dump wrote to a pipe. */
  | { readonly kind: 'offset'; readonly offset: number | null }
  /** Directory and tar archives: a member file name such as `3662.dat`. */
  | { readonly kind: 'file'; readonly name: string };

export interface TocEntry {
  readonly dumpId: number;
  readonly hadDumper: boolean;
  readonly tableoid: string;
  readonly oid: string;
  /** The object's name (a table's name for TABLE and TABLE DATA). */
  readonly tag: string;
  /** The object kind: "TABLE", "TABLE DATA", "INDEX", "SEQUENCE SET", … */
  readonly desc: string;
  /** 1 none, 2 pre-data, 3 data, 4 post-data. */
  readonly section: number;
  /** The DDL, exactly as a plain dump prints it. */
  readonly defn: Buffer;
  readonly dropStmt: Buffer;
  /** `COPY … FROM stdin;` for TABLE DATA entries. */
  readonly copyStmt: Buffer;
  readonly namespace: string | null;
  readonly tablespace: string | null;
  readonly tableam: string | null;
  readonly relkind: number | null;
  readonly owner: string | null;
  readonly dependencies: readonly number[];
  readonly data: DataLocation;
}

export interface ArchiveToc {
  readonly header: ArchiveHeader;
  readonly entries: readonly TocEntry[];
  /** Offset just after the TOC, where a custom archive's data blocks begin. */
  readonly dataStart: number;
}

const MIN_MINOR = 12;
const MAX_MINOR = 16;
const COMPRESSION_ALGORITHMS: readonly ArchiveCompression[] = ['none', 'gzip', 'lz4', 'zstd'];
const OFFSET_SET = 2;
const OFFSET_NO_DATA = 3;
/** No real schema has a million objects; a larger count means the file is not what it claims. */
const MAX_ENTRIES = 10_000_000;

/** The format codes pg_dump stores in a header (ArchiveFormat in src/bin/pg_dump/pg_backup.h). */
const ARCH_TAR = 3;
/** Where the format code is: after `PGDMP`, three version bytes, the integer size and the offset size. */
const FORMAT_AT = 10;

/**
 * What a file that starts with `PGDMP` holds: a custom archive, or the
 * `toc.dat` of a directory archive, which is a table of contents without the
 * data. pg_dump writes that TOC with the tar format's code
 * (InitArchiveFmt_Directory and _CloseArchive in src/bin/pg_dump/pg_backup_directory.c),
 * as it does the `toc.dat` inside a tar archive. Any other code is left to
 * {@link readArchiveToc} to judge.
 */
export function pgDumpFileKind(head: Buffer): 'custom' | 'toc' {
  return head[FORMAT_AT] === ARCH_TAR ? 'toc' : 'custom';
}

/** Reads the header and TOC from `cursor` (positioned at the `PGDMP` magic). */
export function readArchiveToc(cursor: ByteCursor, dataIn: 'offset' | 'file'): ArchiveToc {
  const reader = new ArchiveFields(cursor);
  const header = readHeader(reader);
  const count = reader.int();
  if (count < 0 || count > MAX_ENTRIES) throw new InputError(`${cursor.label} has an implausible table of contents (${count} entries); the file looks corrupt`);
  const entries: TocEntry[] = [];
  for (let i = 0; i < count; i++) entries.push(readEntry(reader, header, dataIn));
  return { header, entries, dataStart: cursor.offset };
}

function readHeader(reader: ArchiveFields): ArchiveHeader {
  const { cursor } = reader;
  const magic = cursor.bytes(5).toString('latin1');
  if (magic !== 'PGDMP') throw new InputError(`${cursor.label} is not a pg_dump archive (no PGDMP header)`);
  const major = cursor.byte();
  const minor = cursor.byte();
  const revision = cursor.byte();
  const version = `${major}.${minor}.${revision}`;
  if (major !== 1 || minor < MIN_MINOR || minor > MAX_MINOR) {
    throw new InputError(`${cursor.label} is a pg_dump archive of version ${version}, which migstamp does not know (it reads 1.${MIN_MINOR}–1.${MAX_MINOR}, pg_dump 9.0–17); convert it with: ${pgRestoreCommand(cursor.label, !cursor.seekable)}`);
  }
  reader.version = minor;
  reader.intSize = cursor.byte();
  reader.offSize = cursor.byte();
  if (reader.intSize < 1 || reader.intSize > 8 || reader.offSize < 1 || reader.offSize > 8) {
    throw new InputError(`${cursor.label} has integer sizes (${reader.intSize}, ${reader.offSize}) no pg_dump writes; the file looks corrupt`);
  }
  const format = cursor.byte();
  let compression: ArchiveCompression;
  if (minor >= 15) {
    const algorithm = cursor.byte();
    const named = COMPRESSION_ALGORITHMS[algorithm];
    if (named === undefined) throw new InputError(`${cursor.label} names an unknown compression method (${algorithm}); the file looks corrupt`);
    compression = named;
  } else {
    // Before 1.15 only a zlib level was stored: -1 (default) or 1–9 mean gzip, 0 none.
    compression = reader.int() === 0 ? 'none' : 'gzip';
  }
  const [sec, min, hour, day, month, year] = [reader.int(), reader.int(), reader.int(), reader.int(), reader.int(), reader.int()];
  reader.int(); // isdst
  const database = reader.str() ?? '';
  const serverVersion = reader.str();
  const pgDumpVersion = reader.str();
  return {
    version,
    intSize: reader.intSize,
    offSize: reader.offSize,
    format,
    compression,
    createdAt: new Date(year! + 1900, month!, day!, hour!, min!, sec!),
    database,
    serverVersion,
    pgDumpVersion,
  };
}

function readEntry(reader: ArchiveFields, header: ArchiveHeader, dataIn: 'offset' | 'file'): TocEntry {
  const dumpId = reader.int();
  const hadDumper = reader.int() !== 0;
  const tableoid = reader.str() ?? '';
  const oid = reader.str() ?? '';
  const tag = reader.str() ?? '';
  const desc = reader.str() ?? '';
  const section = reader.int();
  const defn = reader.bytes();
  const dropStmt = reader.bytes();
  const copyStmt = reader.bytes();
  const namespace = reader.str();
  const tablespace = reader.str();
  const tableam = reader.version >= 14 ? reader.str() : null;
  const relkind = reader.version >= 16 ? reader.int() : null;
  const owner = reader.str();
  reader.str(); // "false": the long-gone WITH OIDS flag
  const dependencies: number[] = [];
  for (;;) {
    const dependency = reader.str();
    if (dependency === null) break;
    dependencies.push(Number(dependency));
  }
  let data: DataLocation;
  if (dataIn === 'offset') {
    const flag = reader.cursor.byte();
    const offset = reader.unsigned(header.offSize);
    data = flag === OFFSET_NO_DATA ? { kind: 'none' } : { kind: 'offset', offset: flag === OFFSET_SET ? offset : null };
  } else {
    const name = reader.str() ?? '';
    data = name === '' ? { kind: 'none' } : { kind: 'file', name };
  }
  return { dumpId, hadDumper, tableoid, oid, tag, desc, section, defn, dropStmt, copyStmt, namespace, tablespace, tableam, relkind, owner, dependencies, data };
}

/** The archive's integer and string encodings, once the header has said their sizes. */
export class ArchiveFields {
  version = 0;
  intSize = 4;
  offSize = 8;

  constructor(readonly cursor: ByteCursor) {}

  int(): number {
    const negative = this.cursor.byte() !== 0;
    const value = this.unsigned(this.intSize);
    return negative ? -value : value;
  }

  unsigned(size: number): number {
    let value = 0;
    let scale = 1;
    for (let i = 0; i < size; i++) {
      value += this.cursor.byte() * scale;
      scale *= 256;
    }
    return value;
  }

  /** A string's raw bytes; an empty Buffer for NULL. */
  bytes(): Buffer {
    const length = this.int();
    if (length <= 0) return Buffer.alloc(0);
    return this.cursor.bytes(length);
  }

  str(): string | null {
    const length = this.int();
    if (length < 0) return null;
    if (length === 0) return '';
    return this.cursor.bytes(length).toString('utf8');
  }
}
