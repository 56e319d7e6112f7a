/**
 * Dumps as they really arrive (issue 9, point 9): `--dump -` reads standard
 * input, and `/dev/stdin` and `<(…)` are read the same way. Every sample,
 * through every kind of pipe, gives exactly the output of the same file given
 * by path, the dump's name aside (the SHA-256 is of the bytes that came in, so
 * it is the file's). pg_dump custom and tar archives come from the real
 * pg_dump writing to a pipe. What a pipe cannot carry is refused in one line
 * with exit 2, at once, without waiting for the writer.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createWriteStream, existsSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDump } from '../../src/cli/dump-input.js';
import { openStream } from '../../src/cli/dump-pipe.js';
import { createProgress } from '../../src/cli/progress.js';
import { closeCursor, openCursor, readArchiveToc } from '../../src/dump/containers/index.js';
import { MIGSTAMP_BIN, PgDatabase, REPO_ROOT, engineGate, migstampAvailable, postgresAvailability, run, tempDir } from '../e2e/engines.js';
import { reusedChunks } from '../support/reused-chunks.js';

const MIGRATIONS = 'samples/laravel-app/database/migrations';
const RSS_PRELOAD = new URL('../guarantees/support/report-rss.mjs', import.meta.url).href;

interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  readonly rssMb: number | null;
}

let runs = 0;

/**
 * Runs a bash command line in the repository, where `migstamp` is bin/migstamp.
 * `input` is written to its standard input, a socket (as a program that
 * spawns migstamp hands it one); `open` is left open after it.
 */
function bash(line: string, options: { input?: Buffer; open?: boolean; rss?: boolean } = {}): Promise<Ran> {
  runs += 1;
  const rssFile = join(tmpdir(), `migstamp-stdin-rss-${process.pid}-${runs}`);
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', `migstamp() { "$NODE" "$BIN" "$@"; }\n${line}`], {
      cwd: REPO_ROOT,
      env: {
        ...process.env,
        NODE: process.execPath,
        BIN: MIGSTAMP_BIN,
        NO_COLOR: '1',
        FORCE_COLOR: undefined,
        PGHOST: process.env.PGHOST ?? '/var/run/postgresql',
        ...(options.rss === true ? { NODE_OPTIONS: `--import=${RSS_PRELOAD}`, MIGSTAMP_TEST_RSS_FILE: rssFile } : {}),
      },
      stdio: [options.input === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr!.on('data', (chunk: Buffer) => err.push(chunk));
    child.stdin?.on('error', () => undefined);
    if (options.input !== undefined) {
      if (options.open === true) child.stdin!.write(options.input);
      else child.stdin!.end(options.input);
    }
    child.on('error', reject);
    child.on('close', (code) => {
      const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : null;
      rmSync(rssFile, { force: true });
      child.stdin?.destroy();
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), seconds: Number(process.hrtime.bigint() - started) / 1e9, rssMb });
    });
  });
}

const quoted = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** The script for `file` given by path, with its name as a pipe would be named. */
const byPath = new Map<string, Promise<Ran>>();
async function scriptByPath(file: string, label: string): Promise<string> {
  if (!byPath.has(file)) byPath.set(file, bash(`migstamp sql -d ${quoted(file)} -m ${MIGRATIONS}`));
  const ran = await byPath.get(file)!;
  expect(ran.code, ran.stderr).toBe(0);
  return ran.stdout.split(file).join(label);
}

/** A refusal: exit 2, one line on stderr, nothing on stdout. */
function expectRefusal(ran: Ran, message: RegExp): void {
  const lines = ran.stderr.split('\n').filter((line) => line !== '');
  expect(ran.code, ran.stderr).toBe(2);
  expect(lines, ran.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(message);
  expect(ran.stdout).toBe('');
}

const SAMPLES = [
  'samples/pgsql/restored.sql',
  'samples/pgsql/restored.sql.gz',
  'samples/mysql/restored.sql',
  'samples/sqlite/restored.sql',
  // Real pg_dump 15 output (test/fixtures/archives/README.md): a custom archive written to a file (with data offsets), and a tar archive.
  'test/fixtures/archives/custom.dump',
  'test/fixtures/archives/archive.tar',
];

interface Way {
  readonly way: string;
  readonly label: string;
  run(file: string): Promise<Ran>;
}

const WAYS: readonly Way[] = [
  { way: 'cat FILE | migstamp -d -', label: 'standard input', run: (file) => bash(`cat ${quoted(file)} | migstamp sql -d - -m ${MIGRATIONS}`) },
  { way: 'migstamp -d - < FILE', label: 'standard input', run: (file) => bash(`migstamp sql -d - -m ${MIGRATIONS} < ${quoted(file)}`) },
  { way: 'cat FILE | migstamp -d /dev/stdin', label: '/dev/stdin', run: (file) => bash(`cat ${quoted(file)} | migstamp sql -d /dev/stdin -m ${MIGRATIONS}`) },
  { way: 'migstamp -d <(cat FILE)', label: '/dev/fd/N', run: async (file) => normaliseFd(await bash(`migstamp sql -d <(cat ${quoted(file)}) -m ${MIGRATIONS}`)) },
  { way: 'a spawning program\'s socket, -d -', label: 'standard input', run: (file) => bash(`migstamp sql -d - -m ${MIGRATIONS}`, { input: readFileSync(join(REPO_ROOT, file)) }) },
  { way: 'a spawning program\'s socket, -d /dev/stdin', label: '/dev/stdin', run: (file) => bash(`migstamp sql -d /dev/stdin -m ${MIGRATIONS}`, { input: readFileSync(join(REPO_ROOT, file)) }) },
];

/** Bash numbers the descriptor of `<(…)` as it likes (63 today). */
function normaliseFd(ran: Ran): Ran {
  return { ...ran, stdout: ran.stdout.replace(/\/dev\/fd\/\d+/g, '/dev/fd/N'), stderr: ran.stderr.replace(/\/dev\/fd\/\d+/g, '/dev/fd/N') };
}

describe.skipIf(!migstampAvailable())('a dump on a pipe gives the output of the same file by path', () => {
  const cases = SAMPLES.flatMap((file) => WAYS.map((way) => [file, way.way, way] as const));

  it.concurrent.each(cases)('%s, %s', async (file, _title, way) => {
    const piped = await way.run(file);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stderr).toBe('');
    expect(piped.stdout).toBe(await scriptByPath(file, way.label));
    // The header names the pipe, with the SHA-256 of the bytes that came down it: the file's.
    expect(piped.stdout).toMatch(new RegExp(`^-- dump[^\\n]*: ${way.label}\\n--   sha256:${sha256(join(REPO_ROOT, file))}$`, 'm'));
  });

  it('status through a pipe: the same table and exit code as by path', async () => {
    const piped = await bash(`cat samples/pgsql/restored.sql | migstamp status -d - -m ${MIGRATIONS}`);
    const direct = await bash(`migstamp status -d samples/pgsql/restored.sql -m ${MIGRATIONS}`);
    expect(piped.code).toBe(1);
    expect(piped.stdout).toMatch(/^19 tracked, 18 applied, 3 pending, 1 unknown; 18 to stamp$/m);
    expect({ ...piped, seconds: 0 }).toEqual({ ...direct, seconds: 0 });
  });

  it('a descriptor another process made non-blocking is read all the same', async () => {
    // perl (Debian's perl-base is always there) sets O_NONBLOCK on the pipe, then becomes migstamp; the sleep makes the first read find it empty.
    const nonBlocking = `perl -MFcntl -e 'fcntl(STDIN, F_SETFL, fcntl(STDIN, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV'`;
    const piped = await bash(`(sleep 0.3; cat samples/pgsql/restored.sql) | ${nonBlocking} "$NODE" "$BIN" sql -d - -m ${MIGRATIONS}`);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe(await scriptByPath('samples/pgsql/restored.sql', 'standard input'));
  });
});

describe.skipIf(!migstampAvailable())('what a pipe cannot carry: one line, exit 2', () => {
  const archives = 'test/fixtures/archives';
  it.concurrent.each([
    ['the toc.dat of a directory archive', `cat ${archives}/dir/toc.dat | migstamp status -d - -m ${MIGRATIONS}`, /^migstamp: standard input is the table of contents \(toc\.dat\) of a pg_dump directory archive, which cannot come down a pipe; pass the archive's folder as the dump instead$/],
    ['the same through <(…)', `migstamp status -d <(cat ${archives}/dir/toc.dat) -m ${MIGRATIONS}`, /^migstamp: \/dev\/fd\/\d+ is the table of contents \(toc\.dat\) of a pg_dump directory archive, which cannot come down a pipe/],
    ['an lz4-compressed custom archive (pg_dump 16)', `cat ${archives}/pg16/custom-lz4.dump | migstamp status -d - -m ${MIGRATIONS}`, /^migstamp: standard input is a pg_dump archive whose data is lz4-compressed, which migstamp cannot decompress; convert it with: … \| pg_restore -f - \| migstamp … --dump -$/],
    ['a gzip-compressed custom archive', `gzip -c ${archives}/custom.dump | migstamp status -d - -m ${MIGRATIONS}`, /^migstamp: standard input is a gzip-compressed pg_dump custom archive; decompress it in the pipe \(… \| gunzip \| migstamp … --dump -\)$/],
    ['a tar that does not start with a toc.dat', `tar -cf - -C samples/pgsql restored.sql | migstamp status -d - -m ${MIGRATIONS}`, /^migstamp: standard input is a tar file but its first member is restored\.sql, not the toc\.dat a pg_dump tar archive starts with; write it to a file first \(… > FILE\) and pass that file$/],
    ['a custom archive cut short', `head -c 2000 ${archives}/custom.dump | migstamp status -d - -m ${MIGRATIONS}`, /^migstamp: standard input ends in the middle of a record; the input looks truncated or corrupt$/],
    ['nothing at all', `true | migstamp status -d - -m ${MIGRATIONS}`, /^migstamp: standard input is empty: no dump came in$/],
    ['a file that is not a dump', `cat package.json | migstamp status -d - -m ${MIGRATIONS}`, /^migstamp: standard input does not look like a dump migstamp can read \(first line: "\{"\)$/],
  ])('%s', async (_what, line, message) => {
    expectRefusal(await bash(line), message);
  });

  it('is given at once, while the writer is still writing', async () => {
    // Standard input a socket left open, and a named pipe whose writer stays.
    const socket = await bash(`migstamp status -d - -m ${MIGRATIONS}`, { input: readFileSync(join(REPO_ROOT, archives, 'dir/toc.dat')), open: true });
    expectRefusal(socket, /toc\.dat/);
    expect(socket.seconds).toBeLessThan(10);
    const folder = tempDir('migstamp-stdin-fifo-');
    try {
      const fifo = join(folder.path, 'dump.fifo');
      expect(run('mkfifo', [fifo]).code).toBe(0);
      const ran = bash(`migstamp status -d ${quoted(fifo)} -m ${MIGRATIONS}`);
      const writer = createWriteStream(fifo);
      writer.write(readFileSync(join(REPO_ROOT, archives, 'dir/toc.dat')));
      writer.on('error', () => undefined);
      const fromFifo = await ran;
      writer.destroy();
      expectRefusal(fromFifo, /^migstamp: \S+dump\.fifo is the table of contents/);
      expect(fromFifo.seconds).toBeLessThan(10);
    } finally {
      folder.cleanup();
    }
  });
});

describe.skipIf(!migstampAvailable())('memory on a pipe', () => {
  it('stays flat: a 300 MB dump piped in peaks about where the 60 kB sample does by path', { timeout: 120_000 }, async () => {
    const small = await bash(`migstamp status --check -d samples/pgsql/restored.sql -m ${MIGRATIONS}`, { rss: true });
    // The sample, then 300 MB of rows for a table nobody asks about (lines of 1,000 characters).
    const dump = `{ cat samples/pgsql/restored.sql; echo 'COPY public.notes (body) FROM stdin;'; yes "$(head -c 1000 /dev/zero | tr '\\0' x)" | head -n 300000; printf '\\\\.\\n'; }`;
    const large = await bash(`${dump} | migstamp status --check -d - -m ${MIGRATIONS}`, { rss: true });
    expect(large.code, large.stderr).toBe(1);
    expect(large.stdout).toBe(small.stdout);
    expect(small.rssMb).not.toBeNull();
    expect(large.rssMb!, `piped ${large.rssMb} MB, by path ${small.rssMb} MB`).toBeLessThan(small.rssMb! + 40);
  });
});

const gate = engineGate('dumps that real pg_dump writes to a pipe', postgresAvailability());

describe.skipIf(gate.skip || !migstampAvailable())('archives real pg_dump writes to a pipe', () => {
  const tmp = tempDir('migstamp-stdin-');
  let db: PgDatabase;

  beforeAll(() => {
    if (gate.failure) throw new Error(gate.failure);
    db = PgDatabase.create('stdin_pipe');
    const restored = db.applyFile(join(REPO_ROOT, 'samples/pgsql/restored.sql'));
    if (restored.code !== 0) throw new Error(`psql could not restore the sample:\n${restored.stderr}`);
  });

  afterAll(() => {
    db?.drop();
    tmp.cleanup();
  });

  /** Whether the archive's TABLE DATA entries carry data offsets (pg_dump writes them only when it can seek back). */
  function hasOffsets(path: string): boolean {
    const cursor = openCursor(path, statSync(path).size);
    try {
      const data = readArchiveToc(cursor, 'offset').entries.filter((entry) => entry.desc === 'TABLE DATA');
      expect(data.length).toBeGreaterThan(10);
      return data.every((entry) => entry.data.kind === 'offset' && entry.data.offset !== null);
    } finally {
      closeCursor(cursor);
    }
  }

  it.each([
    ['pg_dump -Fc to standard output (no data offsets)', '-Fc', 'pipe.dump'],
    ['pg_dump -Ft to standard output', '-Ft', 'pipe.tar'],
  ])('%s: read as it comes, as the same bytes by path', async (_title, format, name) => {
    const copy = join(tmp.path, name);
    // tee keeps the bytes that went down the pipe, to compare with and to hash.
    const piped = await bash(`pg_dump ${format} -d ${db.name} | tee ${quoted(copy)} | migstamp sql -d - -m ${MIGRATIONS}`);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toMatch(/\nCOMMIT;\n$/);
    expect(piped.stdout).toBe(await scriptByPath(copy, 'standard input'));
    expect(piped.stdout).toContain(`: standard input\n--   sha256:${sha256(copy)}\n`);
    if (format === '-Fc') expect(hasOffsets(copy)).toBe(false);
  });

  it('pg_dump -Fc to a file (with data offsets), then cat into migstamp', async () => {
    const file = join(tmp.path, 'file.dump');
    expect(run('pg_dump', ['-Fc', '-d', db.name, '-f', file]).code).toBe(0);
    expect(hasOffsets(file)).toBe(true);
    const piped = await bash(`cat ${quoted(file)} | migstamp sql -d - -m ${MIGRATIONS}`);
    expect(piped.code, piped.stderr).toBe(0);
    expect(piped.stdout).toBe(await scriptByPath(file, 'standard input'));
  });

  it('pg_dump -s app | migstamp status -d -: the sample\'s verdicts, with the schema-only warning', async () => {
    const piped = await bash(`pg_dump -s -d ${db.name} | migstamp status --check -d - -m ${MIGRATIONS}`);
    expect(piped.code).toBe(1);
    expect(piped.stderr).toMatch(/^migstamp: warning: standard input holds no rows \(a schema-only dump\)/m);
    expect(piped.stdout).toMatch(/applied/);
  });
});

describe('the stream reader, unit by unit', () => {
  it.each(['samples/pgsql/restored.sql', 'samples/pgsql/restored.sql.gz', 'samples/mysql/restored.sql'])(
    '%s from reused chunks reads as the file, with the file\'s SHA-256',
    async (file) => {
      const text = async (chunks: AsyncIterable<Buffer>) => {
        const parts: Buffer[] = [];
        for await (const chunk of chunks) parts.push(Buffer.from(chunk));
        return Buffer.concat(parts).toString('utf8');
      };
      const expected = await text((await openDump(file, { hash: false })).chunks);
      for (const size of [1000, 65536]) {
        const piped = await openStream(reusedChunks(readFileSync(file), size), 'standard input', { hash: true });
        expect(await text(piped.chunks), `${size}-byte chunks`).toBe(expected);
        expect(piped.sha256()).toBe(sha256(file));
      }
    },
  );

  it('progress on a pipe has no total: bytes and rate, no share', () => {
    const written: string[] = [];
    let now = 0;
    const progress = createProgress('standard input', { quiet: false, stream: { isTTY: true, write: (text: string) => written.push(text) }, now: () => now })!;
    now = 2000;
    progress.update(3e8, 0);
    expect(written).toEqual(['\r\x1b[Kmigstamp: reading standard input: 300 MB, 150 MB/s']);
  });
});
