import { readFileSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { InputError, UsageError, formatLocation } from '../model/index.js';
import { wantsColour } from './colour.js';
import { terminalWidth } from './terminal-width.js';
import { expandDumps } from './dump-list.js';
import { runFleet } from './fleet.js';
import { type Command as MigstampCommand, type RunOptions, prepare, run } from './run.js';
import { removeTemporaryFiles } from './write-output.js';

const version = (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }).version;

/**
 * Exit codes: 2 is bad input or usage for every command; otherwise `status` gives
 * 0 (nothing to do) or 1 (attention), `sql` 0 once the script is written, and
 * `diff` 0 (no differences) or 1 (differences), as diff(1).
 */
export async function main(argv: readonly string[]): Promise<number> {
  const program = buildProgram();
  let exitCode = 0;
  program.exitOverride();
  // Commander's own messages ("error: unknown option '--x'") get the same one-line
  // `migstamp:` form as ours; help and version text go out unchanged.
  program.configureOutput({
    writeErr: (text) => process.stderr.write(text),
    outputError: (text, write) => write(`migstamp: ${text.replace(/^error: /, '').trim().replace(/\s*\n\s*/g, ' ')} (see migstamp --help)\n`),
  });
  // Without a command Commander prints the whole help as an error; one sentence says more.
  if (argv.length === 0) return reportError(new UsageError('give a command: status, sql, report or diff (see migstamp --help)'));
  for (const command of program.commands) {
    command.exitOverride();
    command.configureOutput(program.configureOutput());
    // Checked in the action, where a sentence can name the argument and the likely cause.
    command.allowExcessArguments(true);
    command.action(async (options: Record<string, unknown>) => {
      refuseStrayArguments(command.args);
      exitCode = await execute(command.name() as MigstampCommand, options);
    });
  }
  try {
    await program.parseAsync([...argv], { from: 'user' });
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'commander.helpDisplayed' || code === 'commander.version' || code === 'commander.help') return 0;
    if (typeof code === 'string' && code.startsWith('commander.')) return 2;
    return reportError(error);
  }
  return exitCode;
}

/**
 * The command line as Commander defines it, without running anything: every
 * command and option `--help` shows (the README's options table is checked
 * against it).
 */
export function buildProgram(): Command {
  const program = new Command('migstamp')
    .description('Works out, from a database dump and the migration files, which migrations the dump already reflects, and writes the SQL that records them in the migrations table.')
    .version(version);
  const common = (command: Command) =>
    command
      .requiredOption('-d, --dump <file>', 'the database dump: pg_dump (plain, custom, directory, tar), mysqldump, sqlite3 .dump; gzip too; - reads it from standard input; repeat it, or give a quoted glob, for a fleet of dumps', collect, [])
      .requiredOption('-m, --migrations <path>', 'a migrations folder, migration file, or glob (quoted) of folders or files; repeat for several', collect, [])
      .option('--app <dir>', 'the application\'s root: migrations, packages\' migrations, connection settings and config read from it')
      .option('--env-file <file>', 'with --app: the environment file to read instead of the application\'s .env')
      .option('--framework <name>', 'framework of the migrations (default: recognised from the migration files)')
      .option('--database <name>', 'the database to read in a file that holds several (pg_dumpall, mysqldump --databases)')
      .option('--schema <name>', 'PostgreSQL schema (default public)')
      .option('--table <name>', 'tracking table name (default: the framework\'s, migrations or knex_migrations, with --prefix)')
      .option('--tracking-schema <name>', 'PostgreSQL schema of the tracking table, where it is not the application\'s (default: --schema, or the framework\'s own, drizzle for Drizzle)')
      .option('--prefix <prefix>', 'table prefix the application configures (default: none, or the application\'s with --app)')
      .option('--prefix-indexes', 'default index names carry the prefix too (the default, as Laravel\'s prefix_indexes)')
      .option('--no-prefix-indexes', 'default index names do not carry the prefix')
      .option('--connection <name>', 'the connection name this dump belongs to, for migrations that declare one')
      .option('--assume-applied <name>', 'stamp this migration whatever the evidence; repeatable', collect, [])
      .option('--up-to <name>', 'declare every migration up to this one applied: undecidable ones up to it are stamped')
      .option('--out-of-order', 'the runner is set to run migrations older than its newest (Flyway outOfOrder): stamp past a gap where the framework allows it', false)
      .option('--max-rows <n>', 'rows kept per table for data evidence', positiveInteger, 10000)
      .option('-q, --quiet', 'no warnings or progress on stderr', false);
  common(program.command('status').description('a table of migrations and verdicts, like migrate:status'))
    .option('--json', 'machine-readable report', false)
    .option('--check', 'print only the summary; the exit code says whether anything needs doing', false);
  common(program.command('sql').description('the reviewed SQL script that inserts the missing tracking rows'))
    .option('-o, --output <file>', 'write the script here (atomically) instead of stdout (- is stdout)')
    .option('--force', 'replace an existing output file', false)
    .option('--batch <n>', 'batch number for the inserted rows (default: highest in the dump + 1)', positiveInteger)
    .option('--extension <ext>', 'knex: the runner loads TypeScript migrations built (js) or as sources (ts), when no tracking row says');
  common(program.command('report').description('a Markdown page for a change ticket: inputs and hashes, every verdict, the evidence, what to do, how to apply and verify'))
    .option('-o, --output <file>', 'write the page here (atomically) instead of stdout (- is stdout)')
    .option('--script <file>', 'also write the stamp script here (atomically); the page names it with its SHA-256')
    .option('--force', 'replace existing output files', false)
    .option('--batch <n>', 'batch number for the inserted rows (default: highest in the dump + 1)', positiveInteger)
    .option('--extension <ext>', 'knex: the runner loads TypeScript migrations built (js) or as sources (ts), when no tracking row says');
  common(program.command('diff').description('unified diff, per table, of what the migrations expect and what the dump holds'));
  return program;
}

async function execute(command: MigstampCommand, raw: Record<string, unknown>): Promise<number> {
  const options: RunOptions = {
    command,
    dump: (raw.dump as string[])[0] ?? '',
    migrations: raw.migrations as string[],
    framework: (raw.framework as string | undefined) ?? null,
    database: (raw.database as string | undefined) ?? null,
    schema: (raw.schema as string | undefined) ?? null,
    table: (raw.table as string | undefined) ?? null,
    trackingSchema: (raw.trackingSchema as string | undefined) ?? null,
    prefix: (raw.prefix as string | undefined) ?? null,
    prefixIndexes: (raw.prefixIndexes as boolean | undefined) ?? null,
    app: (raw.app as string | undefined) ?? null,
    envFile: (raw.envFile as string | undefined) ?? null,
    connection: (raw.connection as string | undefined) ?? null,
    assumeApplied: raw.assumeApplied as string[],
    upTo: (raw.upTo as string | undefined) ?? null,
    batch: (raw.batch as number | undefined) ?? null,
    extension: (raw.extension as string | undefined) ?? null,
    outOfOrder: raw.outOfOrder === true,
    json: raw.json === true,
    check: raw.check === true,
    // `-o -` is standard output, as for most tools that take an output file.
    output: raw.output === '-' ? null : ((raw.output as string | undefined) ?? null),
    force: raw.force === true,
    script: (raw.script as string | undefined) ?? null,
    colour: wantsColour(process.env, process.stdout.isTTY === true),
    width: terminalWidth(process.env, process.stdout.isTTY === true ? process.stdout.columns : undefined),
    quiet: raw.quiet === true,
    maxRows: raw.maxRows as number,
    toolVersion: version,
  };
  if (options.migrations.length === 0 && options.app === null) throw new UsageError('give at least one --migrations folder, or the application with --app');
  if (options.envFile !== null && options.app === null) throw new UsageError('--env-file needs --app');
  const dumps = await expandDumps(raw.dump as string[]);
  if (dumps.length === 0) throw new UsageError("required option '-d, --dump <file>' not specified (see migstamp --help)");
  const result = dumps.length === 1 ? await run({ ...options, dump: dumps[0]! }) : await runFleet(options, () => prepare(options), dumps);
  if (!options.quiet) for (const note of result.notes) process.stderr.write(`migstamp: ${note}\n`);
  if (result.stdout !== '') await writeStdout(result.stdout);
  return result.exitCode;
}

/**
 * Every option takes one value, so a word left over is a value that went
 * astray, most often a glob the shell expanded into several paths.
 */
function refuseStrayArguments(args: readonly string[]): void {
  if (args.length === 0) return;
  throw new UsageError(`unexpected argument '${args[0]}': each option takes one value; quote a glob for --migrations or --dump so that the shell leaves it to migstamp, or repeat the option for each path`);
}

function writeStdout(text: string): Promise<void> {
  return new Promise((resolve) => {
    process.stdout.write(text, () => resolve());
  });
}

function reportError(error: unknown): number {
  if (error instanceof InputError) {
    const where = error.at === null ? '' : `${formatLocation(error.at)}: `;
    process.stderr.write(`migstamp: ${where}${error.message}\n`);
    return 2;
  }
  if (error instanceof UsageError) {
    process.stderr.write(`migstamp: ${error.message}\n`);
    return 2;
  }
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`migstamp: internal error: ${message}; please report it with the command that caused it\n`);
  if (process.env.MIGSTAMP_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
  return 2;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function positiveInteger(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1) throw new InvalidArgumentError('expected a positive whole number');
  return parsed;
}

export async function runFromProcess(): Promise<void> {
  // A closed pipe (`migstamp sql ... | head`) is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  const interrupted = async () => {
    await removeTemporaryFiles();
    process.exit(130);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  const code = await main(process.argv.slice(2));
  // A dump still coming down a pipe after a refusal would keep the process
  // waiting for its writer (a pending read of a pipe cannot be called off), so
  // migstamp ends here, once its output is out, and the writer gets EPIPE.
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}

function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    stream.write('', () => resolve());
  });
}
