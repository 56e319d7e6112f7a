import fc from 'fast-check';

/** Text an attacker controls, NUL-free (neither a file name nor a PostgreSQL string can hold NUL). */
export const hostileText = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom("'", "''", '"', '\\', "\\'", '$', '$$', '$migstamp$', '*/', '/*', '--', ';', '\n', '\r', '\t', '\u2028', '\u0085', 'E', '`', ' '),
      fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 24,
  })
  .filter((s) => !s.includes('\u0000'));

/** A migration file name: Laravel's date prefix, then hostile text; no `/`, and short enough for a file system. */
export const hostileMigrationName = (index: number) =>
  hostileText.map((text) => `2020_01_01_${String(index).padStart(6, '0')}_${text.replace(/\//g, '∕')}`).filter((name) => Buffer.byteLength(`${name}.php`) <= 255);

/** A table name PostgreSQL keeps whole (63 bytes) and Laravel would not prefix-split. */
export const hostileTableName = hostileText.filter((name) => Buffer.byteLength(name) <= 50 && name.trim() !== '' && name !== 'migrations');
