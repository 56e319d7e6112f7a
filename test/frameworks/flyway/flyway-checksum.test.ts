/**
 * Flyway's checksum (src/frameworks/flyway/checksum.ts) against an independent
 * formulation and against rows Flyway itself wrote.
 *
 * Independent formulation: `BufferedReader.readLine` drops `\n`, `\r` and `\r\n`
 * and the lines are fed to one CRC back to back, so the CRC is that of the text
 * with every `\r` and `\n` removed; node's zlib computes that CRC-32.
 *
 * Rows Flyway wrote: two public repositories whose dumps hold flyway_schema_history
 * rows next to the migration files they record (pg_dump COPY rows). The files are
 * not copied here; when the repositories' mirrors are present, every checksum is
 * recomputed from the files' bytes at the dumped commit.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { crc32 } from 'node:zlib';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { flywayChecksum } from '../../../src/frameworks/flyway/checksum.js';

function independent(bytes: Uint8Array): number {
  let text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  if (text.startsWith('\ufeff')) text = text.slice(1);
  return crc32(Buffer.from(text.replace(/[\r\n]/g, ''), 'utf8')) | 0;
}

const lineEnding = fc.constantFrom('\n', '\r\n', '\r');

describe('flywayChecksum', () => {
  it.each([
    ['an empty file', '', 0],
    ['one line, no terminator', 'SELECT 1;', independent(Buffer.from('SELECT 1;'))],
  ])('%s', (_title, text, expected) => {
    expect(flywayChecksum(Buffer.from(text, 'utf8'))).toBe(expected);
  });

  it('agrees with the independent formulation on any text, any line endings, with or without a BOM', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.string({ unit: 'grapheme' }), lineEnding)), fc.boolean(), (lines, bom) => {
        const text = `${bom ? '\ufeff' : ''}${lines.map(([line, end]) => line + end).join('')}`;
        const bytes = Buffer.from(text, 'utf8');
        expect(flywayChecksum(bytes)).toBe(independent(bytes));
      }),
    );
  });

  it('is the same for a file whatever its line endings, and a signed 32-bit integer', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 20 }), { minLength: 1 }), lineEnding, lineEnding, (lines, a, b) => {
        const one = flywayChecksum(Buffer.from(lines.join(a) + a, 'utf8'));
        expect(flywayChecksum(Buffer.from(lines.join(b), 'utf8'))).toBe(one);
        expect(Number.isInteger(one) && one >= -(2 ** 31) && one < 2 ** 31).toBe(true);
      }),
    );
  });

  it('removes a byte order mark only at the start', () => {
    expect(flywayChecksum(Buffer.from('\ufeffSELECT 1;'))).toBe(flywayChecksum(Buffer.from('SELECT 1;')));
    expect(flywayChecksum(Buffer.from('SELECT 1;\n\ufeff'))).not.toBe(flywayChecksum(Buffer.from('SELECT 1;\n')));
  });
});

/** Rows Flyway wrote (checksum column of the dump) and where each file is, at the dump's commit. */
const REAL_ROWS: readonly { readonly mirror: string; readonly commit: string; readonly dump: string; readonly folder: string; readonly rows: readonly [string, number][] }[] = [
  {
    mirror: '/work/.mirror/danworldman+spring-boot-webapp/repo',
    commit: '839d4eea6e83a1b4e65070426ca6b0c7f0d177d9',
    dump: 'init_data.sql',
    folder: 'src/main/resources/db/migration',
    rows: [
      ['V1__Create_users_table.sql', 641713181],
      ['V2__Create_posts_table.sql', -1211158245],
      ['V3__add_auth_to_users.sql', -860456590],
      ['V4__Create_subscriptions _table.sql', -767720677],
      ['V5__add_audit_columns.sql', 635820297],
      ['V6__Add_indexes.sql', 2143552015],
      ['V7__Add_username_index_for_security.sql', 1810604806],
    ],
  },
  {
    mirror: '/work/.mirror/krystian-leszczewski-vimn+migrations/repo',
    commit: 'HEAD',
    dump: 'src/test/resources/db/B7__prod_dump.pgsql',
    folder: 'src/main/resources/db/migration',
    rows: [
      ['V1__init.sql', 1738658883],
      ['V2__add_column.sql', -604825677],
      ['V3__populate_first_row.sql', 263247582],
      ['V4__populate_second_row.sql', -1201013230],
      ['V5__populate_dev.sql', 132986467],
      ['V6__populate_qa.sql', 1609565411],
      ['V7__populate_prod.sql', -1022569440],
    ],
  },
];

describe.each(REAL_ROWS)('checksums Flyway wrote in $dump', (source) => {
  const present = existsSync(source.mirror);
  it.skipIf(!present).each(source.rows)('%s: %i', (script, checksum) => {
    const git = (args: string[]): Buffer => execFileSync('git', ['-C', source.mirror, ...args], { maxBuffer: 1 << 24 });
    expect(git(['show', `${source.commit}:${source.dump}`]).toString('utf8')).toContain(`\t${script}\t${checksum}\t`);
    expect(flywayChecksum(git(['show', `${source.commit}:${source.folder}/${script}`]))).toBe(checksum);
  });
});
