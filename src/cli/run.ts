import { detectDialect } from '../dump/index.js';
import { postgres } from '../dump/postgres/index.js';
import { renderJsonReport, renderJsonSummary } from '../emit/json-report.js';
import { createHash } from 'node:crypto';
import { renderMarkdownReport } from '../emit/markdown-report.js';
import { renderSchemaDiff } from '../emit/schema-diff.js';
import { type InputFile, renderStampScript, scriptDialectFor } from '../emit/sql/index.js';
import { renderStatusTable, summaryLine } from '../emit/status-table.js';
import { frameworks } from '../frameworks/index.js';
import { holdStampsAfterGap, infer, lowerMigrations, needsAttention, predictInRunOrder, rowTablesOf, tablesTouched } from '../infer/index.js';
import { type Diagnostic, type FrameworkAdapter, type InferenceResult, InputError, type ProjectSettings, UsageError, formatLocation } from '../model/index.js';
import { type DumpInput, openDump } from './dump-input.js';
import { dumpLabel } from './dump-pipe.js';
import { createProgress } from './progress.js';
import { type LoadedMigrations, type Location, loadMigrations } from './load-migrations.js';
import { baselineMigrations } from './baseline.js';
import { detectFramework } from './detect-framework.js';
import { settleTrackingRows } from './tracking-rows.js';
import { dumpNotes, elsewhere, idCounterBehind, refuseDataOnly, rowsUnknown, trackingWhere } from './dump-checks.js';
import { batchWarning, connectionWarning, declarationWarnings, migrationNamed, refuseForceWithoutOutput, refuseOutputOverInput } from './option-checks.js';
import { tablesNeedAttention, traceTables, unclaimedNotes } from './unclaimed-notes.js';
import { refuseExistingOutput, writeFileAtomically } from './write-output.js';

export type Command = 'status' | 'sql' | 'diff' | 'report';

export interface RunOptions {
  readonly command: Command;
  readonly dump: string;
  readonly migrations: readonly string[];
  /** `--framework`; null when not given: detected from the migration files (see detectFramework). */
  readonly framework: string | null;
  readonly database: string | null;
  readonly schema: string | null;
  readonly table: string | null;
  /** `--tracking-schema`: the tracking table's PostgreSQL schema; absent or null: the framework's (TrackingTableSpec.schema), else the application's. */
  readonly trackingSchema?: string | null;
  /** Null when not given: the application's (with `app`), else none. */
  readonly prefix: string | null;
  /** Null when not given: the application's (with `app`), else true. */
  readonly prefixIndexes: boolean | null;
  /** The application's root (`--app`), read for migrations and settings; null without. */
  readonly app: string | null;
  readonly envFile: string | null;
  readonly connection: string | null;
  readonly assumeApplied: readonly string[];
  readonly upTo: string | null;
  readonly batch: number | null;
  /** `sql`: how the runner names TypeScript migrations in rows (Knex `--extension`); absent or null when not given. */
  readonly extension?: string | null;
  /** The runner is configured to run migrations older than the newest one it has run (Flyway `outOfOrder`): stamps may leave gaps where the framework's rule allows that. */
  readonly outOfOrder?: boolean;
  readonly json: boolean;
  readonly check: boolean;
  readonly output: string | null;
  /** `report --script FILE`: also write the stamp script there (atomically); null: only its hash is reported. */
  readonly script: string | null;
  readonly force: boolean;
  readonly colour: boolean;
  /** Columns the status table fits in (see terminalWidth). */
  readonly width: number;
  readonly quiet: boolean;
  readonly maxRows: number;
  readonly toolVersion: string;
}

export interface RunResult {
  readonly stdout: string;
  /** Warnings and notes for stderr, one line each. */
  readonly notes: readonly string[];
  /**
   * `status`: 0 nothing to do, 1 rows to stamp or verdicts that need attention;
   * `sql`: 0, the script was written (with rows or without);
   * `diff`: 0 no differences, 1 differences, as diff(1).
   */
  readonly exitCode: 0 | 1;
  /** Counts per verdict and rows to stamp (`19 tracked, …; 18 to stamp`). */
  readonly summary: string;
}

/** Runs one command end to end: migrations, dump, inference, output. */
export async function run(options: RunOptions): Promise<RunResult> {
  if (options.command === 'sql' || options.command === 'report') refuseForceWithoutOutput(options.force, options.command === 'report' ? (options.output ?? options.script) : options.output);
  const prepared = await prepare(options);
  // Refused before the dump is read, which can take minutes; checked again when writing.
  for (const target of options.command === 'sql' || options.command === 'report' ? [options.output, options.script] : []) {
    if (target === null) continue;
    await refuseOutputOverInput(target, options.dump, prepared.loaded.migrations);
    await refuseExistingOutput(target, options.force);
  }
  return judgeDump(options, prepared, options.dump);
}

/**
 * What every dump of a run is judged against, worked out once: the framework,
 * the migrations read and analysed, the tracking table's name, the settings the
 * application gives. Plain data (structured-cloneable), so that fleet workers
 * receive it instead of reading the migrations again.
 */
export interface PreparedRun {
  readonly framework: string;
  readonly loaded: LoadedMigrations;
  readonly prefix: string;
  readonly trackingTable: string;
  readonly connection: string | null;
  /** The application's PostgreSQL schema (`--app`), used when `--schema` is not given. */
  readonly appSchema: string | null;
  readonly assumeApplied: ReadonlySet<string>;
  readonly upTo: string | null;
  readonly baseline: { readonly file: string; readonly migrations: ReadonlySet<string>; readonly whenUntracked: string } | null;
  /** False when the application turns the runner's transactions off (`--app`); null: the adapter decides. */
  readonly transactionalMigrations: boolean | null;
  readonly projectWarnings: readonly Diagnostic[];
}

/** Chooses the framework, reads the application and the migrations: everything before a dump is opened. */
export async function prepare(options: RunOptions): Promise<PreparedRun> {
  const adapter = await chosenFramework(options);
  const spec = adapter.tracking;
  const settings = await projectSettings(adapter, options);
  const prefix = options.prefix ?? settings.project?.tablePrefix ?? '';
  if (options.table?.includes('.') === true) {
    const [schema, ...rest] = options.table.split('.');
    throw new UsageError(`--table names the table alone, without its schema: give --tracking-schema ${schema} --table ${rest.join('.')}`);
  }
  const trackingTable = options.table ?? `${prefix}${settings.project?.trackingTable ?? spec.table}`;
  if (options.outOfOrder === true && spec.afterGap === undefined) throw new UsageError(`--out-of-order means nothing for ${adapter.name}: its runner runs an older migration that has no row as usual`);
  if ((options.extension ?? null) !== null && spec.namesCarryExtension !== true) throw new UsageError(`--extension means nothing for ${adapter.name}: its tracking rows name migrations without a file extension`);
  if (options.batch !== null && !spec.batches) throw new UsageError(`--batch means nothing for ${adapter.name}: its tracking rows have no batch`);
  const loaded = await loadMigrations(settings.locations, adapter, {
    tablePrefix: prefix,
    prefixIndexes: options.prefixIndexes ?? settings.project?.prefixIndexes ?? true,
    ...(settings.project === null ? {} : { project: settings.project.context }),
  });
  const names = new Set(loaded.migrations.map((migration) => migration.name));
  const projectWarnings: Diagnostic[] = [...(settings.project?.warnings ?? [])];
  const schemaFile = settings.project?.baseline ?? null;
  const baseline = schemaFile === null ? undefined : await baselineMigrations(schemaFile, trackingTable, spec, projectWarnings);
  return {
    framework: adapter.name,
    loaded,
    prefix,
    trackingTable,
    connection: options.connection ?? settings.project?.connection ?? null,
    appSchema: settings.project?.schema ?? null,
    assumeApplied: new Set(options.assumeApplied.map((name) => migrationNamed(name, names, adapter))),
    upTo: options.upTo === null ? null : migrationNamed(options.upTo, names, adapter),
    baseline: baseline === undefined || schemaFile === null ? null : { ...baseline, whenUntracked: schemaFile.whenUntracked },
    transactionalMigrations: settings.project?.transactionalMigrations ?? null,
    projectWarnings,
  };
}

/**
 * Judges one dump against a prepared run and renders the command's output.
 * Pure of process state: the fleet runs it in worker threads, one dump each.
 */
export async function judgeDump(options: RunOptions, prepared: PreparedRun, dumpPath: string): Promise<RunResult> {
  const adapter = frameworks[prepared.framework]!;
  const spec = adapter.tracking;
  const { loaded, prefix, trackingTable, connection, assumeApplied, upTo } = prepared;
  const lockTable = spec.lock?.tableFor(trackingTable) ?? null;
  const dumpName = dumpLabel(dumpPath);
  const dump = await openDump(dumpPath, {
    hash: options.command === 'sql' || options.command === 'report' || options.json,
    // Asked for by pg_dump archives only: they hold nothing but PostgreSQL, whose
    // parser must be loaded before the migrations' raw SQL is lowered with it.
    dataTables: async () => {
      await postgres.load();
      return new Set([trackingTable, ...rowTablesOf(loaded.migrations, postgres)]);
    },
    progress: createProgress(dumpName, { quiet: options.quiet }),
  });
  const dialect = detectDialect(dump.head);
  if (dialect === null) {
    if (/[\u0000\ufffd]/.test(dump.head.slice(0, 4096))) {
      throw new InputError(`${dumpName} is not a text dump: its first bytes are binary data, not SQL`);
    }
    throw new InputError(`${dumpName} does not look like a dump migstamp can read (first line: ${JSON.stringify(firstLine(dump.head))})`);
  }
  if ((options.trackingSchema ?? null) !== null && dialect.name !== 'postgres') {
    throw new UsageError(`--tracking-schema is for PostgreSQL dumps, and ${dumpName} is a ${dialect.name} dump, whose tracking table is in the database it describes`);
  }
  // The application's schema (null) unless the user or the framework's runner puts the table elsewhere.
  const trackingSchema = dialect.name === 'postgres' ? (options.trackingSchema ?? spec.schema ?? null) : null;
  await dialect.load();
  const migrations = lowerMigrations(loaded.migrations, dialect);
  const dumped = await dialect.read(dump.chunks, {
    file: dumpName,
    database: options.database,
    // The application's schema is its PostgreSQL connection's; other engines have none to give.
    schema: options.schema ?? (dialect.name === 'postgres' ? prepared.appSchema : null),
    trackingTable,
    trackingSchema,
    trackingRows: spec,
    // The lock table's rows say whether the runner will start (Knex's is_locked).
    keepRowsOf: lockTable === null ? rowTablesOf(migrations, dialect) : new Set([...rowTablesOf(migrations, dialect), lockTable]),
    maxRowsPerTable: options.maxRows,
  });
  const inputs: InputFile[] = [
    {
      label: dump.container === 'plain' ? 'dump' : `dump (${CONTAINER_NAMES[dump.container]})`,
      path: dumpName,
      sha256: dump.sha256() ?? 'not computed',
      ...(dump.container === 'custom' || dump.container === 'directory' || dump.container === 'tar' ? { note: "line numbers are those of its pg_restore text without other tables' rows" } : {}),
    },
    ...loaded.sources.map((source) => ({ label: `migrations (${source.files} files)`, path: source.path, sha256: source.sha256 })),
  ];

  refuseDataOnly(dumped, dumpName);
  const { snapshot, failed } = settleTrackingRows(dumped, spec, loaded.migrations);
  if (snapshot.tracking !== null) {
    for (const column of spec.requiredColumns) {
      if (!snapshot.tracking.columns.includes(column)) {
        throw new InputError(`the tracking table ${trackingTable} in ${dumpName} has columns (${snapshot.tracking.columns.join(', ')}), not ${spec.described}`, { file: dumpName, line: snapshot.tracking.line });
      }
    }
  }

  const projectWarnings: Diagnostic[] = [...prepared.projectWarnings];
  const schemaFile = prepared.baseline;
  const judged = infer(migrations, snapshot, dialect, {
    ...(schemaFile === null ? {} : { baseline: { file: schemaFile.file, migrations: schemaFile.migrations } }),
    assumeApplied,
    upTo,
    connection,
    atomicMigrations: prepared.transactionalMigrations !== false && adapter.runsEachMigrationInTransaction(dialect.name),
    orphanRows: adapter.orphanRows,
    batches: spec.batches,
    ...(adapter.defaultNameOnRename === undefined ? {} : { defaultNameOnRename: adapter.defaultNameOnRename }),
  });
  const records = new Map(loaded.migrations.flatMap((migration) => (migration.record === undefined ? [] : [[migration.name, migration.record] as const])));
  const gapOrder = spec.gapOrder === undefined ? undefined : (migration: string) => spec.gapOrder!(records.get(migration));
  const result = predictInRunOrder(holdStampsAfterGap(judged, spec.afterGap?.bind(spec), options.outOfOrder ?? false, gapOrder), migrations, snapshot, dialect);
  const batch = options.batch ?? result.highestBatch + 1;
  // The runner loads the baseline over a database whose tracking table is empty: say so before anyone migrates.
  if (schemaFile !== null && !rowsUnknown(snapshot) && (snapshot.tracking?.rows.length ?? 0) === 0) {
    projectWarnings.push({ code: 'W-BASELINE-FIRST', message: schemaFile.whenUntracked, at: { file: schemaFile.file, line: 1 } });
  }
  const warnings = [...projectWarnings, ...loaded.warnings, ...snapshot.warnings];
  const notes = warnings.map(noteLine);
  notes.push(...dumpNotes(snapshot, dumpName, { table: trackingTable, schema: trackingSchema, migrateCommand: spec.migrateCommand }, batch, options.batch !== null));
  const trackingRowsKnown = !rowsUnknown(snapshot);
  const batchNote = batchWarning(options.batch, result.highestBatch, trackingRowsKnown);
  notes.push(
    ...[batchNote, connectionWarning(options.connection, loaded.migrations)].filter((note) => note !== null),
    ...declarationWarnings(result, assumeApplied, upTo),
  );
  notes.push(...failed.map((row) => `warning: ${row.failed} (${dumpName} line ${row.line})`));
  const foreignMigrations = adapter.dialectWarning?.(loaded.migrations, dialect.name) ?? null;
  if (foreignMigrations !== null) notes.push(`warning: ${foreignMigrations}`);
  const lockNote = lockTable === null ? null : spec.lock!.check(lockTable, snapshot.tables.has(lockTable) ? (snapshot.rows.get(lockTable)?.rows ?? []) : null, snapshot.hasData);
  if (lockNote !== null) notes.push(`warning: ${lockNote}`);
  const counterBehind = idCounterBehind(snapshot);
  // A tracking table whose next id is taken makes the next `migrate` fail: that needs attention too.
  // The runner's lock table is its own bookkeeping, like the tracking table.
  const unclaimed = traceTables(result.unclaimedTables.filter((table) => table.name !== lockTable), prefix, (table) => adapter.packageOfTable(table));
  const unreadable = result.verdicts.filter((verdict) => verdict.evidence.some((evidence) => evidence.code === 'E-OPAQUE' || evidence.code === 'E-PARSE-ERROR')).length;
  notes.push(...unclaimedNotes(unclaimed, dumpName, unreadable));
  const attention = needsAttention(result) || counterBehind !== null || tablesNeedAttention(unclaimed);

  // A table of one row (golang-migrate's) stamps every migration with the newest one's version.
  const stamped = result.verdicts.filter((verdict) => verdict.stamp).length;
  const rows = spec.newestOnly === true ? Math.min(stamped, 1) : stamped;
  const summary = summaryLine(result.verdicts, rows);
  switch (options.command) {
    case 'status': {
      const exitCode = attention ? 1 : 0;
      const report = { toolVersion: options.toolVersion, dialect: dialect.name, inputs, trackingTable, batch, trackingRowsKnown, result, attention, unclaimed, warnings };
      if (options.json) return { summary, stdout: options.check ? renderJsonSummary(report) : renderJsonReport(report), notes, exitCode };
      if (options.check) return { summary, stdout: `${summary}\n`, notes, exitCode };
      return { summary, stdout: renderStatusTable(result, { colour: options.colour, batch, batches: spec.batches, width: options.width, rows }), notes, exitCode };
    }
    case 'sql':
    case 'report': {
      const scriptDialect = scriptDialectFor(dialect.name);
      if (snapshot.tracking === null && result.verdicts.some((verdict) => verdict.stamp)) {
        const other = elsewhere(snapshot, trackingTable, trackingSchema);
        throw new InputError(`${dumpName} has no tracking table ${trackingTable}${trackingWhere(snapshot, trackingSchema)} to stamp${other === '' ? `; create it first (${spec.createCommand}) or name it with --table` : other}`);
      }
      const files = new Map(loaded.migrations.map((migration) => [migration.name, migration.file]));
      const writer = spec.forRows?.(snapshot.tracking?.rows ?? [], { extension: options.extension ?? null, files, columns: snapshot.tracking?.columns ?? [] }) ?? { spec, warnings: [] };
      notes.push(...writer.warnings.map(noteLine));
      const script = renderStampScript(scriptDialect, {
        toolVersion: options.toolVersion,
        inputs,
        target: {
          schema: snapshot.tracking?.schema ?? snapshot.schema,
          objectsSchema: snapshot.schema,
          table: trackingTable,
          nameColumn: spec.nameColumn,
          idColumn: spec.idColumn !== null && snapshot.tracking?.columns.includes(spec.idColumn) ? spec.idColumn : null,
          rowFor: (migration, batch) => writer.spec.rowFor(migration, batch, records.get(migration)),
          ...(writer.spec.writeFor === undefined ? {} : { writeFor: (migration: string, batch: number) => writer.spec.writeFor!(migration, batch, records.get(migration)) }),
          newestOnly: writer.spec.newestOnly === true,
        },
        result,
        batch,
        trackingRowsKnown,
        idCounterBehind: counterBehind === null ? null : `${counterBehind.text} (dump line ${counterBehind.line})`,
        migrationFolders: loaded.sources.map((source) => source.path),
        batches: spec.batches,
        // The reviewer of the script must see what rolls back with what, not only whoever ran migstamp.
        warnings: batchNote === null ? [] : [batchNote.replace(/^warning: /, '')],
      });
      if (options.command === 'report') {
        if (options.script !== null) await writeFileAtomically(options.script, script, options.force);
        const page = renderMarkdownReport({
          toolVersion: options.toolVersion,
          dialect: dialect.name,
          inputs,
          trackingTable: snapshot.tracking?.schema ? `${snapshot.tracking.schema}.${trackingTable}` : trackingTable,
          batch,
          batches: spec.batches,
          trackingRowsKnown,
          result,
          warnings: notes.filter((note) => note.startsWith('warning: ')).map((note) => note.replace(/^warning: /, '')),
          script: { path: options.script, sha256: createHash('sha256').update(script).digest('hex'), rows },
          commands: { apply: scriptDialect.runCommand, status: spec.statusCommand, migrate: spec.migrateCommand },
        });
        const wrote = options.script === null ? [] : [`wrote ${options.script}`];
        if (options.output === null) return { summary, stdout: page, notes: [...notes, ...wrote], exitCode: 0 };
        await writeFileAtomically(options.output, page, options.force);
        return { summary, stdout: '', notes: [...notes, ...wrote, `wrote ${options.output}: ${summary}`], exitCode: 0 };
      }
      // Written is success, rows or no rows: `migstamp sql … > s.sql && psql -f s.sql` must work.
      if (options.output === null) return { summary, stdout: script, notes, exitCode: 0 };
      await writeFileAtomically(options.output, script, options.force);
      return { summary, stdout: '', notes: [...notes, `wrote ${options.output}: ${summary}`], exitCode: 0 };
    }
    case 'diff': {
      const tables = tablesTouched(migrations, dialect, diffedMigrations(result));
      const patch = await renderSchemaDiff(tables, result.expected, snapshot, dialect);
      // As diff(1): 0 when there are no differences, 1 when there are.
      if (patch === '') return { summary, stdout: '', notes: [...notes, 'no differences between the migrations and the dump in partial or drifted migrations'], exitCode: 0 };
      return { summary, stdout: patch, notes, exitCode: 1 };
    }
  }
}

/** `--framework`, or the framework recognised from the migration files. */
async function chosenFramework(options: RunOptions): Promise<FrameworkAdapter> {
  if (options.framework === null) return detectFramework(frameworks, options.migrations, options.app);
  const adapter = frameworks[options.framework];
  if (adapter === undefined) throw new UsageError(`unknown framework '${options.framework}'; known: ${Object.keys(frameworks).join(', ')}`);
  return adapter;
}

/**
 * Where the migrations are and what the application says (`--app`). Explicit
 * `--migrations` replace the application's locations; the other explicit options
 * are applied by the caller over the project's values.
 */
async function projectSettings(adapter: FrameworkAdapter, options: RunOptions): Promise<{ project: ProjectSettings | null; locations: readonly Location[] }> {
  if (options.app === null) return { project: null, locations: options.migrations };
  if (adapter.readProject === undefined) throw new UsageError(`--app is not supported for ${adapter.name} yet; give --migrations`);
  const project = await adapter.readProject(options.app, { envFile: options.envFile, connection: options.connection });
  return { project, locations: options.migrations.length > 0 ? options.migrations : project.locations };
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

const CONTAINER_NAMES: Record<DumpInput['container'], string> = {
  plain: 'plain SQL',
  gzip: 'gzip',
  custom: 'pg_dump custom archive',
  directory: 'pg_dump directory archive',
  tar: 'pg_dump tar archive',
};

function firstLine(text: string): string {
  const line = text.split(/\r?\n/, 1)[0] ?? '';
  return line.length > 80 ? `${line.slice(0, 80)}…` : line;
}
