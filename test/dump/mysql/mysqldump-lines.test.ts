import { describe, expect, it } from 'vitest';
import { MysqldumpHeader, skipToStatementEnd } from '../../../src/dump/mysql/mysqldump-lines.js';

/** The header's verdict on `start` padded to 300 bytes, fed in chunks of `size`. */
function linesEndStatements(start: string, size: number, pad = '-- \n'.repeat(80)): boolean {
  const bytes = Buffer.from(start + pad);
  const header = new MysqldumpHeader();
  for (let at = 0; at < bytes.length; at += size) header.see(bytes.subarray(at, at + size));
  return header.linesEndStatements;
}

describe('mysqldump header', () => {
  it.each([
    ['MariaDB dump', '-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)\n', true],
    ['MySQL dump', '-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)\n', true],
    ['MariaDB sandbox line first', '/*M!999999\\- enable the sandbox mode */ \n-- MariaDB dump 10.19-11.4.2-MariaDB, for Linux (x86_64)\n', true],
    ['a hand-written file', '-- my own dump\nCREATE TABLE t (a int);\n', false],
    ['mysqldump with CR LF line ends', '-- MySQL dump 10.13  Distrib 8.0.36, for Win64 (x86_64)\r\n', false],
  ])('%s: %s', (_name, start, expected) => {
    for (const size of [1, 7, 255, 256, 4096]) expect(linesEndStatements(start, size), `chunks of ${size}`).toBe(expected);
  });

  it('looks at exactly the first 256 bytes: a CR after them changes nothing', () => {
    const start = '-- MariaDB dump 10.19\n'.padEnd(256, '-');
    for (const size of [1, 7, 100, 256, 300]) expect(linesEndStatements(start, size, '\r\n'.repeat(40)), `chunks of ${size}`).toBe(true);
  });

  it('a file shorter than 256 bytes is read byte by byte', () => {
    expect(linesEndStatements('-- MariaDB dump 10.19\n', 4096, '')).toBe(false);
  });
});

describe('crossing a skipped statement line by line', () => {
  it.each([
    ['ends at the first line feed after a semicolon', "(1,'a'),\n(2,'b');\nSELECT 1;\n", 0, 0, { next: 18, lines: 2, ended: true }],
    ['a semicolon inside a line does not end it', "(1,';'),\n(2,'b');\n", 0, 0, { next: 18, lines: 2, ended: true }],
    ['runs to the chunk end without a line feed', "(1,'a'),(2,'b')", 0, 0, { next: 15, lines: 0, ended: false }],
    ['the semicolon may end the previous chunk', '\nSELECT 1;\n', 0, 0x3b, { next: 1, lines: 1, ended: true }],
    ['starts where it is told', ";\n(2,'b');\n", 2, 0, { next: 11, lines: 1, ended: true }],
  ])('%s', (_name, text, pos, byteBefore, expected) => {
    expect(skipToStatementEnd(Buffer.from(text), pos, byteBefore)).toEqual(expected);
  });
});
