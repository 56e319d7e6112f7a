import { detectDialect } from '../dump/index.js';
import { renderJsonReport } from '../emit/json-report.js';
import { renderSchemaDiff } from '../emit/schema-diff.js';
import { type InputFile, renderStampScript, scriptDialectFor } from '../emit/sql/index.js';
import { renderStatusTable, summaryLine } from '../emit/status-table.js';
import { frameworks } from '../frameworks/index.js';
import { infer, tablesTouched, rowTablesOf } from '../infer/index.js';
import { type Diagnostic, type InferenceResult, InputError, UsageError, formatLocation } from '../model/index.js';
import { openDump } from './dump-input.js';
import { loadMigrations } from './load-migrations.js';
import { refuseExistingOutput, writeFileAtomically } from './write-output.js';

export type Command = 'status' | 'sql' | 'diff';

export interface RunOptions {
  readonly command: Command;
  readonly dump: string;
  readonly migrations: readonly string[];
  readonly framework: string;
  readonly schema: string | null;
  readonly table: string | null;
  readonly prefix: string;
  readonly connection: string | null;
  readonly assumeApplied: readonly string[];
  readonly upTo: string | null;
  readonly batch: number | null;
  readonly json: boolean;
  readonly check: boolean;
  readonly output: string | null;
  readonly force: boolean;
  readonly colour: boolean;
  readonly quiet: boolean;
  readonly maxRows: number;
  readonly toolVersion: string;
}

export interface RunResult {
  readonly stdout: string;
  /** Warnings and notes for stderr, one line each. */
  readonly notes: readonly string[];
  /** 0: nothing to do; 1: rows to stamp or verdicts that need attention. */
  readonly exitCode: 0 | 1;
}

/** Runs one command end to end: migrations, dump, inference, output. */
export async function run(options: RunOptions): Promise<RunResult> {
  const adapter = frameworks[options.framework];
  if (adapter === undefined) throw new UsageError(`unknown framework '${options.framework}'; known: ${Object.keys(frameworks).join(', ')}`);
  const trackingTable = options.table ?? `${options.prefix}${adapter.trackingTable}`;

  const loaded = await loadMigrations(options.migrations, adapter, { tablePrefix: options.prefix });
  const names = new Set(loaded.migrations.map((migration) => migration.name));
  for (const name of [...options.assumeApplied, ...(options.upTo === null ? [] : [options.upTo])]) {
    if (!names.has(name)) throw new UsageError(`no migration is named ${name}`);
  }

  // Refused before the dump is read, which can take minutes; checked again when writing.
  if (options.command === 'sql' && options.output !== null) await refuseExistingOutput(options.output, options.force);

  const dump = await openDump(options.dump, { hash: options.command === 'sql' || options.json });
  const text = await asUtf8(dump.chunks, dump.head, options.dump);
  const dialect = detectDialect(text.head);
  if (dialect === null) {
    if (/[\u0000\ufffd]/.test(text.head.slice(0, 4096))) {
      throw new InputError(`${options.dump} is not a text dump: its first bytes are binary data, not SQL`);
    }
    throw new InputError(`${options.dump} does not look like a dump migstamp can read (first line: ${JSON.stringify(firstLine(text.head))})`);
  }
  const snapshot = await dialect.read(text.chunks, {
    file: options.dump,
    schema: options.schema,
    trackingTable,
    keepRowsOf: rowTablesOf(loaded.migrations, dialect),
    maxRowsPerTable: options.maxRows,
  });
  const inputs: InputFile[] = [
    { label: 'dump', path: options.dump, sha256: dump.sha256() ?? 'not computed' },
    ...loaded.sources.map((source) => ({ label: `migrations (${source.files} files)`, path: source.path, sha256: source.sha256 })),
  ];

  if (snapshot.tracking !== null) {
    for (const column of ['migration', 'batch']) {
      if (!snapshot.tracking.columns.includes(column)) {
        throw new InputError(`the tracking table ${trackingTable} in ${options.dump} has columns (${snapshot.tracking.columns.join(', ')}), not Laravel's (id, migration, batch)`, { file: options.dump, line: snapshot.tracking.line });
      }
    }
  }

  const result = infer(loaded.migrations, snapshot, dialect, {
    assumeApplied: new Set(options.assumeApplied),
    upTo: options.upTo,
    connection: options.connection,
  });
  const batch = options.batch ?? result.highestBatch + 1;
  const notes = [...loaded.warnings, ...snapshot.warnings].map(noteLine);
  if (snapshot.tracking === null) notes.push(`warning: ${options.dump} has no tracking table ${trackingTable}; every migration is treated as untracked`);
  const exitCode = needsAttention(result) ? 1 : 0;

  switch (options.command) {
    case 'status': {
      if (options.check) return { stdout: `${summaryLine(result.verdicts)}\n`, notes, exitCode };
      const stdout = options.json
        ? renderJsonReport({ toolVersion: options.toolVersion, dialect: dialect.name, inputs, trackingTable, batch, result, warnings: [...loaded.warnings, ...snapshot.warnings] })
        : renderStatusTable(result, { colour: options.colour, batch });
      return { stdout, notes, exitCode };
    }
    case 'sql': {
      const scriptDialect = scriptDialectFor(dialect.name);
      if (scriptDialect === null) throw new InputError(`writing ${dialect.name} scripts is not supported yet`);
      if (snapshot.tracking === null && result.verdicts.some((verdict) => verdict.stamp)) {
        throw new InputError(`${options.dump} has no tracking table ${trackingTable} to stamp; create it first (php artisan migrate:install) or name it with --table`);
      }
      const script = renderStampScript(scriptDialect, {
        toolVersion: options.toolVersion,
        inputs,
        target: { schema: snapshot.tracking?.schema ?? snapshot.schema, table: trackingTable, nameColumn: 'migration', batchColumn: 'batch' },
        result,
        batch,
      });
      if (options.output === null) return { stdout: script, notes, exitCode };
      await writeFileAtomically(options.output, script, options.force);
      return { stdout: '', notes: [...notes, `wrote ${options.output}: ${summaryLine(result.verdicts)}`], exitCode };
    }
    case 'diff': {
      const tables = tablesTouched(loaded.migrations, dialect, diffedMigrations(result));
      const patch = renderSchemaDiff(tables, result.expected, snapshot, dialect);
      return { stdout: patch === '' ? '' : patch, notes: patch === '' ? [...notes, 'no differences between the migrations and the dump in partial or drifted migrations'] : notes, exitCode };
    }
  }
}

/** Exit code 1 when the script would insert rows or a verdict needs a human. */
function needsAttention(result: InferenceResult): boolean {
  return result.verdicts.some((verdict) => verdict.stamp || verdict.kind === 'partial' || verdict.kind === 'unknown' || verdict.kind === 'orphan');
}

function diffedMigrations(result: InferenceResult): Set<string> {
  return new Set(
    result.verdicts
      .filter((verdict) => verdict.kind === 'partial' || verdict.evidence.some((evidence) => evidence.status === 'drift'))
      .map((verdict) => verdict.migration),
  );
}

function noteLine(diagnostic: Diagnostic): string {
  return `warning: ${formatLocation(diagnostic.at)}: ${diagnostic.message} [${diagnostic.code}]`;
}

const HEAD_CHARACTERS = 64 * 1024;

/**
 * The dump as UTF-8. A file starting with a UTF-16 byte order mark (Windows
 * tools and PowerShell's `>` write these) is decoded as it streams, so readers
 * only ever see UTF-8; line numbers are unchanged. Anything else passes through.
 */
async function asUtf8(chunks: AsyncIterable<Buffer>, head: string, file: string): Promise<{ head: string; chunks: AsyncIterable<Buffer> }> {
  const iterator = chunks[Symbol.asyncIterator]();
  const first = await iterator.next();
  const firstChunk: Buffer = first.done === true ? Buffer.alloc(0) : first.value;
  const encoding = firstChunk[0] === 0xff && firstChunk[1] === 0xfe ? 'utf-16le' : firstChunk[0] === 0xfe && firstChunk[1] === 0xff ? 'utf-16be' : null;
  async function* rest(): AsyncIterable<Buffer> {
    for (;;) {
      const next = await iterator.next();
      if (next.done === true) return;
      yield next.value;
    }
  }
  if (encoding === null) {
    return {
      head,
      chunks: (async function* () {
        yield firstChunk;
        yield* rest();
      })(),
    };
  }
  const decoder = new TextDecoder(encoding, { fatal: true });
  const decode = (bytes: Buffer, stream: boolean): Buffer => {
    try {
      return Buffer.from(decoder.decode(bytes, { stream }), 'utf8');
    } catch {
      throw new InputError(`${file} starts with a ${encoding.toUpperCase()} byte order mark but is not valid ${encoding.toUpperCase()} text`);
    }
  };
  const decodedFirst = decode(firstChunk, true);
  return {
    head: decodedFirst.toString('utf8').slice(0, HEAD_CHARACTERS),
    chunks: (async function* () {
      yield decodedFirst;
      for await (const chunk of rest()) yield decode(chunk, true);
      yield decode(Buffer.alloc(0), false);
    })(),
  };
}

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}
