import { Readable } from 'node:stream';
import { createUnzip } from 'node:zlib';
import { InputError } from '../../model/index.js';
import type { ArchiveCompression, ArchiveToc, TocEntry } from './pg-archive-toc.js';
import { pgRestoreCommand } from './restore-command.js';

/** Reads one TOC entry's data, decompressed: the rows of a TABLE DATA entry as a plain dump prints them. */
export interface ArchiveDataSource {
  read(entry: TocEntry): AsyncIterable<Buffer>;
}

/** Which format an archive is, for messages. */
export type ArchiveKind = 'custom' | 'directory' | 'tar';

/** Entries pg_restore folds into the fixed preamble instead of printing. */
const PREAMBLE_ENTRIES = new Set(['ENCODING', 'STDSTRINGS', 'SEARCHPATH']);
/** Entries a restore without --create leaves out, as a plain dump without -C does. */
const CREATE_ONLY_ENTRIES = new Set(['DATABASE', 'DATABASE PROPERTIES']);
/**
 * Object kinds pg_restore gives an `ALTER … OWNER TO` line, and the word it
 * uses for them (_getObjectDescription in src/bin/pg_dump/pg_backup_archiver.c).
 * Views, sequences and materialized views are listed in {@link ALTER_TABLE_KINDS}.
 */
const OWNED_KINDS = new Map<string, string>([
  ...['COLLATION', 'CONVERSION', 'DOMAIN', 'FOREIGN TABLE', 'STATISTICS', 'TABLE', 'TEXT SEARCH DICTIONARY', 'TEXT SEARCH CONFIGURATION', 'TYPE'].map((kind) => [kind, kind] as const),
  ...['VIEW', 'SEQUENCE', 'MATERIALIZED VIEW'].map((kind) => [kind, kind] as const),
  ...['DATABASE', 'PROCEDURAL LANGUAGE', 'SCHEMA', 'EVENT TRIGGER', 'FOREIGN DATA WRAPPER', 'SERVER', 'PUBLICATION', 'SUBSCRIPTION'].map((kind) => [kind, kind] as const),
  ['BLOB', 'LARGE OBJECT'],
  ...['AGGREGATE', 'FUNCTION', 'OPERATOR', 'OPERATOR CLASS', 'OPERATOR FAMILY', 'PROCEDURE'].map((kind) => [kind, ''] as const),
]);
/**
 * Kinds pg_dump up to 15 owned with `ALTER TABLE`; from 16 on it writes
 * `ALTER VIEW`/`ALTER SEQUENCE`/`ALTER MATERIALIZED VIEW` (commit 3655b46,
 * "pg_dump: Refactor code that constructs ALTER ... OWNER TO commands").
 */
const ALTER_TABLE_KINDS = new Set(['VIEW', 'SEQUENCE', 'MATERIALIZED VIEW']);
const FIRST_MAJOR_WITH_OWN_ALTER_KIND = 16;
const RELKIND_PARTITIONED_TABLE = 'p'.charCodeAt(0);
/** Stands in for the random key pg_dump prints after `\restrict`; only the line matters to the reader. */
const RESTRICT_KEY = 'migstampArchiveConversion';

/**
 * The archive as the text `pg_restore -f - ARCHIVE` prints, which is what a
 * plain-format pg_dump of the same database prints: the same statements on
 * the same lines, so warnings and evidence cite the same line numbers for
 * every format. Rows are materialised only for the tables `wantsData`
 * accepts; other tables' COPY blocks stand empty on their first line (the
 * reader skips rows it was not asked for, and does not cite their lines) and
 * their data is never read from disk.
 *
 * Not reproduced: large-object contents and verbose-mode comments; a dump with
 * large objects keeps its statements, but lines after them may be numbered
 * differently from pg_restore's.
 */
export async function* archiveAsPlainSql(toc: ArchiveToc, _kind: ArchiveKind, source: ArchiveDataSource, wantsData: (entry: TocEntry) => boolean): AsyncIterable<Buffer> {
  const text = (value: string): Buffer => Buffer.from(value, 'utf8');
  const { header } = toc;
  const restrict = printsRestrict(header.pgDumpVersion);
  let preamble = '--\n-- PostgreSQL database dump\n--\n\n';
  if (restrict) preamble += `\\restrict ${RESTRICT_KEY}\n\n`;
  if (header.serverVersion !== null) preamble += `-- Dumped from database version ${header.serverVersion}\n`;
  if (header.pgDumpVersion !== null) preamble += `-- Dumped by pg_dump version ${header.pgDumpVersion}\n`;
  preamble += '\n';
  yield text(preamble + fixedSettings(toc));

  // The text of the pg_dump release that wrote the archive: its plain dump is what the reader is compared with.
  const major = majorVersion(header.pgDumpVersion);
  let tablespace: string | null = null;
  let tableam: string | null = null;
  for (const pass of [0, 1, 2]) {
    for (const entry of toc.entries) {
      if (restorePass(entry) !== pass || PREAMBLE_ENTRIES.has(entry.desc) || CREATE_ONLY_ENTRIES.has(entry.desc)) continue;
      // Entries with a data part (table rows, large objects) get pg_restore's "Data for" heading.
      const hasData = entry.hadDumper && entry.data.kind !== 'none';
      const isData = hasData && entry.desc === 'TABLE DATA';
      let before = '';
      if (entry.tablespace !== null && entry.tablespace !== tablespace) {
        before += entry.tablespace === '' ? "SET default_tablespace = '';\n\n" : `SET default_tablespace = ${quoteIdentifier(entry.tablespace)};\n\n`;
        tablespace = entry.tablespace;
      }
      if (entry.tableam !== null && entry.relkind !== RELKIND_PARTITIONED_TABLE && entry.tableam !== tableam) {
        before += `SET default_table_access_method = ${quoteIdentifier(entry.tableam)};\n\n`;
        tableam = entry.tableam;
      }
      const place = entry.tablespace !== null && entry.tablespace !== '' ? `; Tablespace: ${oneLine(entry.tablespace)}` : '';
      before += `--\n-- ${hasData ? 'Data for ' : ''}Name: ${oneLine(entry.tag)}; Type: ${entry.desc}; Schema: ${entry.namespace === null ? '-' : oneLine(entry.namespace)}; Owner: ${entry.owner === null ? '-' : oneLine(entry.owner)}${place}\n--\n\n`;
      yield text(before);
      if (isData) {
        yield entry.copyStmt;
        if (wantsData(entry)) yield* source.read(entry);
        else if (entry.copyStmt.length > 0) yield END_OF_COPY;
        continue;
      }
      if (entry.desc === 'BLOB METADATA') {
        yield text(largeObjectStatements(entry));
        continue;
      }
      const largeObjects = largeObjectGroupOf(entry, toc);
      if (largeObjects !== null) {
        yield text(largeObjectGrants(entry, largeObjects));
        continue;
      }
      if (entry.defn.length > 0) {
        yield entry.defn;
        yield BLANK_LINES;
      }
      const owner = ownerStatement(entry, major);
      if (owner !== null) yield text(owner);
      if (entry.relkind === RELKIND_PARTITIONED_TABLE && entry.tableam !== null) {
        yield text(`ALTER TABLE ${qualified(entry)} SET ACCESS METHOD ${quoteIdentifier(entry.tableam)};\n\n`);
      }
    }
  }
  yield text(`--\n-- PostgreSQL database dump complete\n--\n\n${restrict ? `\\unrestrict ${RESTRICT_KEY}\n\n` : ''}`);
}

const BLANK_LINES = Buffer.from('\n\n');
const END_OF_COPY = Buffer.from('\\.\n\n\n');

/** pg_restore's session settings; the encoding, string and search_path lines come from the archive's own entries. */
function fixedSettings(toc: ArchiveToc): string {
  const defnOf = (desc: string): string | null => {
    const entry = toc.entries.find((e) => e.desc === desc);
    return entry === undefined ? null : entry.defn.toString('utf8');
  };
  const encoding = /'([^']*)'/.exec(defnOf('ENCODING') ?? '')?.[1] ?? 'UTF8';
  const standardStrings = /off/.test(defnOf('STDSTRINGS') ?? '') ? 'off' : 'on';
  const searchPath = defnOf('SEARCHPATH');
  const major = majorVersion(toc.header.pgDumpVersion);
  return [
    'SET statement_timeout = 0;',
    'SET lock_timeout = 0;',
    'SET idle_in_transaction_session_timeout = 0;',
    ...(major >= 17 ? ['SET transaction_timeout = 0;'] : []),
    `SET client_encoding = '${encoding}';`,
    `SET standard_conforming_strings = ${standardStrings};`,
    ...(searchPath === null ? [] : [searchPath.replace(/\n$/, '')]),
    'SET check_function_bodies = false;',
    'SET xmloption = content;',
    'SET client_min_messages = warning;',
    'SET row_security = off;',
    '',
    '',
  ].join('\n');
}

/** ACLs go after everything else, and event triggers and materialized-view refreshes after them. */
function restorePass(entry: TocEntry): number {
  if (entry.desc === 'ACL' || entry.desc === 'DEFAULT ACL') return 1;
  if (entry.desc === 'EVENT TRIGGER' || entry.desc === 'MATERIALIZED VIEW DATA') return 2;
  if (entry.desc === 'COMMENT' && entry.tag.startsWith('EVENT TRIGGER ')) return 2;
  return 0;
}

/**
 * pg_dump 17 groups large objects in BLOB METADATA entries whose definition is
 * only their OIDs, one per line; pg_restore writes a lo_create and an owner
 * statement for each (IssueCommandPerBlob in pg_backup_db.c). Printed raw, the
 * OIDs would run into the next statement and make it unreadable.
 */
function largeObjectStatements(entry: TocEntry): string {
  const oids = largeObjectOids(entry);
  let statements = `${oids.map((oid) => `SELECT pg_catalog.lo_create('${oid}');\n`).join('')}\n`;
  if (entry.owner !== null && entry.owner !== '' && entry.dropStmt.length > 0) {
    statements += `${oids.map((oid) => `ALTER LARGE OBJECT ${oid} OWNER TO ${quoteIdentifier(entry.owner!)};\n`).join('')}\n`;
  }
  return statements;
}

function largeObjectOids(metadata: TocEntry): string[] {
  return metadata.defn.toString('utf8').split('\n').slice(0, -1);
}

/** The BLOB METADATA entry whose large objects an `ACL … LARGE OBJECTS` entry of pg_dump 17 applies to. */
function largeObjectGroupOf(entry: TocEntry, toc: ArchiveToc): TocEntry | null {
  if (entry.desc !== 'ACL' || !entry.tag.startsWith('LARGE OBJECTS ')) return null;
  const metadata = toc.entries.find((candidate) => candidate.dumpId === entry.dependencies[0]);
  return metadata !== undefined && metadata.desc === 'BLOB METADATA' ? metadata : null;
}

/**
 * Such an ACL entry holds its GRANT/REVOKE commands once, naming the group's
 * first large object; pg_restore repeats each command for every object of the
 * group (IssueACLPerBlob in pg_backup_db.c).
 */
function largeObjectGrants(entry: TocEntry, metadata: TocEntry): string {
  const oids = largeObjectOids(metadata);
  let statements = '';
  for (const { before, after } of splitAtObjectNumber(entry.defn.toString('utf8'))) {
    statements += `${oids.map((oid) => `${before}${oid}${after};\n`).join('')}\n`;
  }
  return statements;
}

/**
 * Each command of such an ACL entry: the text before the large object's number
 * and after it up to the `;`, outside double-quoted role names (which may hold
 * `;` or the words LARGE OBJECT), as IssueACLPerBlob reads them.
 */
function splitAtObjectNumber(commands: string): { before: string; after: string }[] {
  const parts: { before: string; after: string }[] = [];
  let start = 0;
  let numberEnd = -1;
  let before = '';
  let inQuotes = false;
  for (let at = 0; at < commands.length; at++) {
    const char = commands[at]!;
    if (char === '"') inQuotes = !inQuotes;
    if (inQuotes) continue;
    if (numberEnd < 0 && commands.startsWith('LARGE OBJECT ', at)) {
      const digits = /^\d+/.exec(commands.slice(at + 'LARGE OBJECT '.length))?.[0] ?? '';
      before = commands.slice(start, at + 'LARGE OBJECT '.length);
      numberEnd = at + 'LARGE OBJECT '.length + digits.length;
      at = numberEnd - 1;
    } else if (char === ';' && numberEnd >= 0) {
      parts.push({ before, after: commands.slice(numberEnd, at) });
      start = at + 1;
      while (start < commands.length && /\s/.test(commands[start]!)) start++;
      at = start - 1;
      numberEnd = -1;
    }
  }
  return parts;
}

function ownerStatement(entry: TocEntry, pgDumpMajor: number): string | null {
  if (entry.owner === null || entry.owner === '' || entry.dropStmt.length === 0) return null;
  let kind = OWNED_KINDS.get(entry.desc);
  if (kind === undefined) return null;
  if (pgDumpMajor < FIRST_MAJOR_WITH_OWN_ALTER_KIND && ALTER_TABLE_KINDS.has(entry.desc)) kind = 'TABLE';
  let object: string;
  if (kind === '') object = entry.dropStmt.toString('utf8').slice('DROP '.length).replace(/[;\n]+$/, '');
  else if (kind === 'LARGE OBJECT') object = `${kind} ${entry.tag}`;
  else if (entry.namespace === null || entry.namespace === '') object = `${kind} ${quoteIdentifier(entry.tag)}`;
  else object = `${kind} ${qualified(entry)}`;
  return `ALTER ${object} OWNER TO ${quoteIdentifier(entry.owner)};\n\n`;
}

function qualified(entry: TocEntry): string {
  return `${quoteIdentifier(entry.namespace ?? '')}.${quoteIdentifier(entry.tag)}`;
}

/** Quotes an identifier unless it is a plain lower-case name (keywords are not checked; only the line structure matters to the reader). */
function quoteIdentifier(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replace(/"/g, '""')}"`;
}

/** Names in comments are printed with line breaks blanked, so each comment stays one line. */
function oneLine(value: string): string {
  return value.replace(/[\r\n]/g, ' ');
}

function majorVersion(version: string | null): number {
  return Number(/^(\d+)/.exec(version ?? '')?.[1] ?? 0);
}

/**
 * Whether this pg_dump release prints `\restrict`: from 13.22, 14.19, 15.14,
 * 16.10, 17.6 and 18 on (the August 2025 security releases).
 */
function printsRestrict(version: string | null): boolean {
  const match = /^(\d+)\.(\d+)/.exec(version ?? '');
  if (match === null) return false;
  const major = Number(match[1]);
  const minor = Number(match[2]);
  const firstMinor: Record<number, number> = { 13: 22, 14: 19, 15: 14, 16: 10, 17: 6 };
  if (major >= 18) return true;
  const first = firstMinor[major];
  return first !== undefined && minor >= first;
}

/**
 * Decompresses a data stream stored with `compression`. zlib's auto-detecting
 * inflater takes both the zlib framing of custom archives and the gzip files
 * of directory archives.
 *
 * @param piped the archive comes down a pipe (for the advice in a refusal)
 */
export function decompressed(chunks: AsyncIterable<Buffer>, compression: ArchiveCompression, label: string, piped = false): AsyncIterable<Buffer> {
  if (compression === 'none') return chunks;
  if (compression !== 'gzip') throw unsupportedCompression(label, compression, piped);
  const input = Readable.from(chunks, { objectMode: false });
  const output = input.pipe(createUnzip());
  input.on('error', (error: Error) => output.destroy(error));
  return rethrown(output, label);
}

async function* rethrown(stream: Readable, label: string): AsyncIterable<Buffer> {
  try {
    for await (const chunk of stream) yield chunk as Buffer;
  } catch (error) {
    if (error instanceof InputError) throw error;
    const message = error instanceof Error ? error.message : String(error);
    throw new InputError(`a compressed data block in ${label} cannot be decompressed (${message}); the file looks truncated or corrupt`);
  }
}

/** The one-sentence refusal for data compressed with something Node cannot decode. */
export function unsupportedCompression(label: string, compression: string, piped = false): InputError {
  return new InputError(`${label} is a pg_dump archive whose data is ${compression}-compressed, which migstamp cannot decompress; convert it with: ${pgRestoreCommand(label, piped)}`);
}
