/**
 * Fuzzing the MySQL/MariaDB and SQLite dump readers like the PostgreSQL one:
 * random windows and cuts of the real dumps in samples/ and test/fixtures/, and
 * text assembled from the constructs that change each scanner's state. For
 * every input the reader returns a snapshot or throws InputError, in bounded
 * time, with the same outcome in one chunk, one byte at a time, or at random cuts.
 */
import { laravelTrackingTable } from '../../src/frameworks/laravel/tracking-table.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mysql } from '../../src/dump/mysql/index.js';
import { sqlite } from '../../src/dump/sqlite/index.js';
import type { Dialect } from '../../src/model/index.js';
import { InputError } from '../../src/model/errors.js';
import { fixtures, fragments, nextTurn, windowOf } from './support.js';

const OPTIONS = {
  file: 'fuzz.sql',
  schema: null,
  trackingTable: 'migrations',
  trackingRows: laravelTrackingTable,
  keepRowsOf: new Set(['settings', 'plans', 'sources']),
  maxRowsPerTable: 5,
};

async function* chunked(bytes: Buffer, cuts: readonly number[]): AsyncIterable<Buffer> {
  let from = 0;
  for (const cut of cuts) {
    yield bytes.subarray(from, cut);
    from = cut;
  }
  yield bytes.subarray(from);
}

async function outcome(dialect: Dialect, bytes: Buffer, cuts: readonly number[]): Promise<string> {
  try {
    const snapshot = await dialect.read(chunked(bytes, cuts), OPTIONS);
    return JSON.stringify(snapshot, (_key, value: unknown) => (value instanceof Map ? [...value] : value instanceof Set ? [...value] : value));
  } catch (error) {
    if (error instanceof InputError) return `InputError ${JSON.stringify(error.at)} ${error.message}`;
    throw error;
  }
}

async function sameWhateverTheChunks(dialect: Dialect, bytes: Buffer, randomCuts: readonly number[], seconds: number): Promise<void> {
  await nextTurn();
  const started = performance.now();
  const whole = await outcome(dialect, bytes, []);
  const cuts = [...new Set(randomCuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  expect(await outcome(dialect, bytes, cuts)).toBe(whole);
  const everyByte = Array.from({ length: Math.max(0, bytes.length - 1) }, (_, n) => n + 1);
  expect(await outcome(dialect, bytes, everyByte)).toBe(whole);
  expect((performance.now() - started) / 1000).toBeLessThan(seconds);
}

interface Engine {
  readonly dialect: Dialect;
  readonly header: string;
  readonly dumps: { name: string; bytes: Buffer }[];
  readonly pieces: readonly string[];
}

const engines: Record<string, Engine> = {
  mysql: {
    dialect: mysql,
    header: '-- MariaDB dump 10.19  Distrib 10.11.6-MariaDB, for debian-linux-gnu (x86_64)\n--\n',
    dumps: [...fixtures('samples/mysql', '.sql'), ...fixtures('test/fixtures/mysql', '.sql')],
    pieces: [
      "'", "''", "\\'", '\\\\', '"', '`', '``', '--', '-- c\n', '--x', '#', '# c\n', '/*', '*/', '/*!40101 ', '/*!50001 CREATE VIEW `v` AS SELECT 1 */', '/*M!999999\\- enable the sandbox mode */\n',
      ';', ';\n', '\n', '\r\n', ' ', 'DELIMITER ;;\n', 'DELIMITER ;\n', ';;', 'LOCK TABLES `migrations` WRITE;\n', 'UNLOCK TABLES;\n',
      'CREATE TABLE `migrations` (\n  `id` int(10) unsigned NOT NULL AUTO_INCREMENT,\n  `migration` varchar(255) NOT NULL,\n  `batch` int(11) NOT NULL,\n  PRIMARY KEY (`id`)\n) ENGINE=InnoDB;\n',
      "INSERT INTO `migrations` VALUES (1,'2020_01_01_000000_x',1),(2,'a\\'b',2);\n", "INSERT INTO `settings` VALUES ('k','v;\\n'),\n('a',NULL);\n",
      "INSERT INTO `notes` VALUES (1,'" + 'x'.repeat(600) + "');\n", 'CREATE TABLE `t` (`a` int DEFAULT 1, `b` text, KEY `t_b` (`b`(10)));\n',
      "SET sql_mode='NO_BACKSLASH_ESCAPES';\n", '\u00e9', '名',
    ],
  },
  sqlite: {
    dialect: sqlite,
    header: 'PRAGMA foreign_keys=OFF;\nBEGIN TRANSACTION;\n',
    dumps: [...fixtures('samples/sqlite', '.sql'), ...fixtures('test/fixtures/sqlite', '.sql')],
    pieces: [
      "'", "''", '"', '""', '[', ']', '`', '--', '-- c\n', '/*', '*/', ';', ';\n', '\n', '\r\n', ' ', 'COMMIT;\n', 'ROLLBACK;\n', 'END;\n',
      'CREATE TABLE IF NOT EXISTS "migrations" ("id" integer primary key autoincrement not null, "migration" varchar not null, "batch" integer not null);\n',
      "INSERT INTO migrations VALUES(1,'2020_01_01_000000_x',1);\n", "INSERT INTO settings VALUES('k',replace('a\\nb','\\n',char(10)));\n", "X'00ff'",
      'CREATE TABLE t (a, b text check (b in (\'x\', \'y\')));\n', 'CREATE TRIGGER tr AFTER INSERT ON t BEGIN SELECT 1; END;\n', 'CREATE INDEX i ON t (a);\n',
      'DELETE FROM sqlite_sequence;\n', "INSERT INTO sqlite_sequence VALUES('migrations',1);\n", '\u00e9', '名',
    ],
  },
};

describe.each(Object.entries(engines))('%s dump reader under fuzzing', (_name, engine) => {
  it('random fragments: InputError or a snapshot, the same in any chunking', async () => {
    await fc.assert(
      fc.asyncProperty(fragments(engine.pieces, 30), fc.array(fc.nat(), { maxLength: 6 }), async (text, cuts) => {
        await sameWhateverTheChunks(engine.dialect, Buffer.from(engine.header + text), cuts, 5);
      }),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('random windows of the real dumps', async () => {
    await fc.assert(
      fc.asyncProperty(windowOf(engine.dumps, 3000), fc.array(fc.nat(), { maxLength: 6 }), async (window, cuts) => {
        await sameWhateverTheChunks(engine.dialect, Buffer.concat([Buffer.from(engine.header), window]), cuts, 5);
      }),
      { numRuns: 600 },
    );
  }, 120_000);

  it('the real dumps cut at a random length', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: engine.dumps.length - 1 }), fc.nat(), fc.array(fc.nat(), { maxLength: 6 }), async (index, length, cuts) => {
        const bytes = engine.dumps[index]!.bytes;
        await sameWhateverTheChunks(engine.dialect, bytes.subarray(0, length % (bytes.length + 1)), cuts, 10);
      }),
      { numRuns: 40 },
    );
  }, 120_000);
});
