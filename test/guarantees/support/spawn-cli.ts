import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MIGSTAMP_BIN } from '../../e2e/engines.js';

export interface CliRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly seconds: number;
  /** Peak RSS of the CLI process in MB, reported by the preloaded report-rss.mjs. */
  readonly rssMb: number | null;
}

const RSS_PRELOAD = new URL('report-rss.mjs', import.meta.url).href;
let runs = 0;

/**
 * Runs bin/migstamp as a user would (its own process, no shell), measuring its
 * time and peak memory. `preload` adds more `--import` modules; `onSpawn` gets
 * the child (to send it signals).
 */
export function runCli(
  args: readonly string[],
  options: { cwd?: string; preload?: readonly string[]; env?: NodeJS.ProcessEnv; onSpawn?: (child: ReturnType<typeof spawn>) => void } = {},
): Promise<CliRun> {
  runs += 1;
  const rssFile = join(tmpdir(), `migstamp-rss-${process.pid}-${runs}`);
  const imports = [RSS_PRELOAD, ...(options.preload ?? [])].map((module) => `--import=${module}`).join(' ');
  const started = process.hrtime.bigint();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [MIGSTAMP_BIN, ...args], {
      cwd: options.cwd,
      // FORCE_COLOR from the environment would win over NO_COLOR: tests ask for colour themselves.
      // COLUMNS: wide, so status keeps names and verdicts on one line for the cases' patterns;
      // the 80-column layout has tests of its own (test/emit/status-width.test.ts).
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: undefined, COLUMNS: '200', ...options.env, NODE_OPTIONS: imports, MIGSTAMP_TEST_RSS_FILE: rssFile },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => err.push(chunk));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const rssMb = existsSync(rssFile) ? Number(readFileSync(rssFile, 'utf8')) / 1024 : null;
      rmSync(rssFile, { force: true });
      resolve({
        code,
        signal,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
        seconds: Number(process.hrtime.bigint() - started) / 1e9,
        rssMb,
      });
    });
    options.onSpawn?.(child);
  });
}

/** stderr lines that betray a crash rather than a message. */
export function crashSigns(stderr: string): string[] {
  return stderr.split('\n').filter((line) => /^\s+at /.test(line) || /internal error/i.test(line) || /^(Type|Range|Reference|Syntax)?Error\b/.test(line));
}
