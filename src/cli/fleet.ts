/**
 * Many dumps in one run (`--dump` repeated, or a glob): a multi-tenant
 * application's databases after a restore. The migrations are read once, on the
 * main thread; each dump is judged on its own in a worker thread, as many at a
 * time as there are cores, each worker's heap bounded; one dump that cannot be
 * read is reported and the others go on.
 */
import { mkdir } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { InputError, UsageError, formatLocation } from '../model/index.js';
import { type PreparedRun, type RunOptions, judgeDump } from './run.js';
import { refuseExistingOutput, writeFileAtomically } from './write-output.js';

/** What a worker sends back for one dump. */
export type DumpOutcome =
  | {
      readonly kind: 'judged';
      readonly dump: string;
      /** The summary line (`19 tracked, …; 18 to stamp`), the first of the command's stdout for `status --check`. */
      readonly summary: string;
      readonly exitCode: 0 | 1;
      readonly notes: readonly string[];
      /** `sql`: the script's text, written by the main thread; `status`: null. */
      readonly script: string | null;
    }
  | { readonly kind: 'failed'; readonly dump: string; readonly message: string };

/**
 * Heap of one worker, in MB: one dump's run peaks near 80 MB of RSS on any size
 * of dump (streamed), so 256 MB of heap is room for large schemas and a bound
 * that keeps a fleet's memory flat whatever one dump holds.
 */
const WORKER_HEAP_MB = 256;

interface WorkerRequest {
  readonly options: RunOptions;
  readonly prepared: PreparedRun;
  readonly dump: string;
}

/**
 * Judges every dump and gives the fleet's output: one line per dump (its name,
 * counts per verdict, rows to stamp, or the error), in the order given. For
 * `sql`, `-o DIR` receives one script per dump, named after it
 * (`tenant_07.sql.gz` → `tenant_07.stamp.sql`), plus `summary.txt`.
 * Exit code: the worst of the dumps (2 when any could not be read).
 *
 * @throws UsageError for a command without a fleet form, `sql` without `-o DIR`,
 *   or two dumps whose scripts would have the same name.
 */
export async function runFleet(options: RunOptions, prepare: () => Promise<PreparedRun>, dumps: readonly string[]): Promise<{ stdout: string; notes: string[]; exitCode: 0 | 1 | 2 }> {
  if (options.command !== 'status' && options.command !== 'sql') throw new UsageError(`${options.command} takes one dump; give --dump once`);
  if (options.command === 'sql' && options.output === null) throw new UsageError('with several dumps, give -o DIR: one script per dump is written there');
  const scriptNames = dumps.map(scriptName);
  const clash = scriptNames.find((name, i) => scriptNames.indexOf(name) !== i);
  if (options.command === 'sql' && clash !== undefined) throw new UsageError(`two dumps would both be written to ${clash}; give dumps with different names`);

  // Started before the migrations are read, so that the workers' own start
  // (thread, bundle, parsers) overlaps the main thread's reading.
  const lanes: Lane[] = Array.from({ length: Math.min(availableParallelism(), dumps.length) }, () => ({ worker: startWorker() }));
  let outcomes: DumpOutcome[];
  try {
    const prepared = await prepare();
    if (options.command === 'sql' && options.output !== null) {
      // Made if missing, and refused before minutes of reading when a script would replace a file without --force.
      await mkdir(options.output, { recursive: true });
      for (const name of [...scriptNames, 'summary.txt']) await refuseExistingOutput(join(options.output, name), options.force);
    }
    outcomes = await judgeAll(lanes, options, prepared, dumps);
  } finally {
    await Promise.all(lanes.map((lane) => lane.worker?.terminate()));
  }
  const lines = outcomes.map((outcome) => (outcome.kind === 'judged' ? `${outcome.dump}: ${outcome.summary}` : `${outcome.dump}: error: ${outcome.message}`));
  const notes: string[] = [];
  for (const outcome of outcomes) if (outcome.kind === 'judged') notes.push(...outcome.notes.map((note) => `${outcome.dump}: ${note}`));
  if (options.command === 'sql' && options.output !== null) {
    for (const [i, outcome] of outcomes.entries()) {
      if (outcome.kind === 'judged' && outcome.script !== null) await writeFileAtomically(join(options.output, scriptNames[i]!), outcome.script, options.force);
    }
    await writeFileAtomically(join(options.output, 'summary.txt'), `${lines.join('\n')}\n`, options.force);
    notes.push(`wrote ${outcomes.filter((outcome) => outcome.kind === 'judged').length} scripts and summary.txt to ${options.output}`);
  }
  const failed = outcomes.some((outcome) => outcome.kind === 'failed');
  const attention = options.command === 'status' && outcomes.some((outcome) => outcome.kind === 'judged' && outcome.exitCode === 1);
  return { stdout: `${lines.join('\n')}\n`, notes, exitCode: failed ? 2 : attention ? 1 : 0 };
}

/** `tenant_07.sql.gz` → `tenant_07.stamp.sql`: the dump's name without what says how it is stored. */
export function scriptName(dump: string): string {
  const base = basename(dump.replace(/\/+$/, '')).replace(/(\.(gz|sql|dump|tar|pgdump|backup|bak))+$/i, '');
  return `${base === '' ? 'dump' : base}.stamp.sql`;
}

/** One worker thread judging dumps in turn; null once it died, until the next dump starts another. */
interface Lane {
  worker: Worker | null;
}

async function judgeAll(lanes: readonly Lane[], options: RunOptions, prepared: PreparedRun, dumps: readonly string[]): Promise<DumpOutcome[]> {
  const outcomes: DumpOutcome[] = new Array(dumps.length);
  let next = 0;
  const work = async (lane: Lane): Promise<void> => {
    while (next < dumps.length) {
      const index = next++;
      // A worker started early may have stopped before its first dump (its thread id is then -1).
      if (lane.worker === null || lane.worker.threadId === -1) lane.worker = startWorker();
      const outcome = await judgeIn(lane.worker, { options, prepared, dump: dumps[index]! });
      outcomes[index] = outcome.outcome;
      // A worker that died (out of its heap, say) is replaced for the next dump.
      if (outcome.died) lane.worker = null;
    }
  };
  await Promise.all(lanes.map(work));
  return outcomes;
}

function startWorker(): Worker {
  return new Worker(new URL(import.meta.url), {
    workerData: { migstampFleetWorker: true },
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    // Warnings go back as notes; the worker's own stdout and stderr are never written to.
    stdout: true,
    stderr: true,
  });
}

function judgeIn(worker: Worker, request: WorkerRequest): Promise<{ outcome: DumpOutcome; died: boolean }> {
  return new Promise((resolve) => {
    const done = (outcome: DumpOutcome, died: boolean) => {
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      resolve({ outcome, died });
    };
    const onMessage = (outcome: DumpOutcome) => done(outcome, false);
    const onError = (error: Error) => done({ kind: 'failed', dump: request.dump, message: workerFailure(error) }, true);
    const onExit = (code: number) => done({ kind: 'failed', dump: request.dump, message: `the worker judging it exited (code ${code})` }, true);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage(request);
  });
}

function workerFailure(error: Error): string {
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return `judging it needs more than the ${WORKER_HEAP_MB} MB of memory a worker has; judge it in a run of its own, which has no such bound`;
  }
  return `the worker judging it stopped (${error.message})`;
}

/** The worker side: judges each dump it is sent with the same code as a single run. */
async function serve(request: WorkerRequest): Promise<DumpOutcome> {
  const options: RunOptions = { ...request.options, dump: request.dump, output: null, json: false, check: true, quiet: true };
  try {
    const result = await judgeDump(options, request.prepared, request.dump);
    return { kind: 'judged', dump: request.dump, summary: result.summary, exitCode: result.exitCode, notes: result.notes, script: options.command === 'sql' ? result.stdout : null };
  } catch (error) {
    if (error instanceof InputError) return { kind: 'failed', dump: request.dump, message: `${error.at === null ? '' : `${formatLocation(error.at)}: `}${error.message}` };
    if (error instanceof UsageError) return { kind: 'failed', dump: request.dump, message: error.message };
    return { kind: 'failed', dump: request.dump, message: `internal error: ${error instanceof Error ? error.message : String(error)}` };
  }
}

// Loaded as a fleet worker (the same file, or the same bundle, as the main thread's CLI):
// answer each request in turn until terminated.
if (!isMainThread && (workerData as { migstampFleetWorker?: boolean } | null)?.migstampFleetWorker === true) {
  parentPort?.on('message', (request: WorkerRequest) => {
    void serve(request).then((outcome) => parentPort?.postMessage(outcome));
  });
}
