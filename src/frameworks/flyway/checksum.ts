/**
 * Flyway's checksum of a SQL migration, as flyway-core computes it
 * (flyway/flyway, flyway-core/src/main/java/org/flywaydb/core/internal/resolver/
 * ChecksumCalculator.java, `calculateChecksumForResource`): the file is decoded
 * (UTF-8, Flyway's default `encoding`), read with `BufferedReader.readLine`
 * (lines end at `\n`, `\r` or `\r\n`, the terminators dropped), a byte order
 * mark removed from the start of the first line (internal/util/BomFilter.java
 * `FilterBomFromString`), and each line's UTF-8 bytes fed to one CRC-32; the
 * result is the CRC's low 32 bits as a Java `int`, signed. So the checksum
 * ignores line endings, and empty lines add nothing.
 */

const TABLE = crcTable();

function crcTable(): Uint32Array {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
}

/** CRC-32 (ISO-HDLC, as java.util.zip.CRC32) over `chunks` in order, unsigned. */
function crc32(chunks: Iterable<Uint8Array>): number {
  let crc = 0xffffffff;
  for (const chunk of chunks) {
    for (const byte of chunk) crc = TABLE[(crc ^ byte) & 0xff]! ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The lines `BufferedReader.readLine` returns for `text`, without their terminators. */
function readLines(text: string): string[] {
  const lines = text.split(/\r\n|\r|\n/);
  // readLine returns no empty line after a final terminator.
  if (lines.length > 0 && lines[lines.length - 1] === '' && /[\r\n]$/.test(text)) lines.pop();
  return lines;
}

/**
 * The value Flyway writes in `flyway_schema_history.checksum` for a migration
 * file of these bytes: a signed 32-bit integer. Bytes that are not UTF-8 are
 * read as Java's decoder reads them, each bad sequence becoming U+FFFD.
 */
export function flywayChecksum(bytes: Uint8Array): number {
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
  const lines = readLines(text);
  if (lines.length > 0 && lines[0]!.startsWith('\ufeff')) lines[0] = lines[0]!.slice(1);
  const encoder = new TextEncoder();
  return crc32(lines.map((line) => encoder.encode(line))) | 0;
}
