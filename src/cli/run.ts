import { detectDialect } from '../dump/index.js';
import { postgres } from '../dump/postgres/index.js';
import { renderJsonReport, renderJsonSummary } from '../emit/json-report.js';
import { renderSchemaDiff } from '../emit/schema-diff.js';
import { type InputFile, renderStampScript, scriptDialectFor } from '../emit/sql/index.js';
import { renderStatusTable, summaryLine } from '../emit/status-table.js';
import { frameworks } from '../frameworks/index.js';
import { infer, lowerMigrations, needsAttention, rowTablesOf, tablesTouched } from '../infer/index.js';
import { type Diagnostic, type FrameworkAdapter, type InferenceResult, InputError, type ProjectSettings, UsageError, formatLocation } from '../model/index.js';
import { type DumpInput, openDump } from './dump-input.js';
import { dumpLabel } from './dump-pipe.js';
import { createProgress } from './progress.js';
import { type Location, loadMigrations } from './load-migrations.js';
import { baselineMigrations } from './baseline.js';
import { dumpNotes, elsewhere, idCounterBehind, refuseDataOnly, rowsUnknown } from './dump-checks.js';
import { batchWarning, connectionWarning, declarationWarnings, migrationNamed, refuseForceWithoutOutput, refuseOutputOverInput } from './option-checks.js';
import { tablesNeedAttention, traceTables, unclaimedNotes } from './unclaimed-notes.js';
import { refuseExistingOutput, writeFileAtomically } from './write-output.js';

export type Command = 'status' | 'sql' | 'diff';

export interface RunOptions {
  readonly command: Command;
  readonly dump: string;
  readonly migrations: readonly string[];
  readonly framework: string;
  readonly database: string | null;
  readonly schema: string | null;
  readonly table: string | null;
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
  readonly json: boolean;
  readonly check: boolean;
  readonly output: string | null;
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
}

/** Runs one command end to end: migrations, dump, inference, output. */
export async function run(options: RunOptions): Promise<RunResult> {
  const adapter = frameworks[options.framework];
  if (adapter === undefined) throw new UsageError(`unknown framework '${options.framework}'; known: ${Object.keys(frameworks).join(', ')}`);
  const spec = adapter.tracking;
  const settings = await projectSettings(adapter, options);
  const prefix = options.prefix ?? settings.project?.tablePrefix ?? '';
  const trackingTable = options.table ?? `${prefix}${settings.project?.trackingTable ?? spec.table}`;
  const connection = options.connection ?? settings.project?.connection ?? null;

  if (options.command === 'sql') refuseForceWithoutOutput(options.force, options.output);

  await adapter.load?.();
  const loaded = await loadMigrations(settings.locations, adapter, {
    tablePrefix: prefix,
    prefixIndexes: options.prefixIndexes ?? settings.project?.prefixIndexes ?? true,
    ...(settings.project === null ? {} : { project: settings.project.context }),
  });
  const names = new Set(loaded.migrations.map((migration) => migration.name));
  const assumeApplied = new Set(options.assumeApplied.map((name) => migrationNamed(name, names, adapter)));
  const upTo = options.upTo === null ? null : migrationNamed(options.upTo, names, adapter);

  // Refused before the dump is read, which can take minutes; checked again when writing.
  if (options.command === 'sql' && options.output !== null) {
    await refuseOutputOverInput(options.output, options.dump, loaded.migrations);
    await refuseExistingOutput(options.output, options.force);
  }

  const dumpName = dumpLabel(options.dump);
  const dump = await openDump(options.dump, {
    hash: options.command === 'sql' || options.json,
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
  await dialect.load();
  const migrations = lowerMigrations(loaded.migrations, dialect);
  const snapshot = await dialect.read(dump.chunks, {
    file: dumpName,
    database: options.database,
    // The application's schema is its PostgreSQL connection's; other engines have none to give.
    schema: options.schema ?? (dialect.name === 'postgres' ? settings.project?.schema ?? null : null),
    trackingTable,
    trackingRows: spec,
    keepRowsOf: rowTablesOf(migrations, dialect),
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

  refuseDataOnly(snapshot, dumpName);
  if (snapshot.tracking !== null) {
    for (const column of spec.requiredColumns) {
      if (!snapshot.tracking.columns.includes(column)) {
        throw new InputError(`the tracking table ${trackingTable} in ${dumpName} has columns (${snapshot.tracking.columns.join(', ')}), not ${spec.described}`, { file: dumpName, line: snapshot.tracking.line });
      }
    }
  }

  const projectWarnings: Diagnostic[] = [];
  const schemaFile = settings.project?.baseline ?? null;
  const baseline = schemaFile === null ? undefined : await baselineMigrations(schemaFile, trackingTable, spec, projectWarnings);
  const result = infer(migrations, snapshot, dialect, {
    ...(baseline === undefined ? {} : { baseline }),
    assumeApplied,
    upTo,
    connection,
    atomicMigrations: adapter.runsEachMigrationInTransaction(dialect.name),
    orphanRows: adapter.orphanRows,
  });
  const batch = options.batch ?? result.highestBatch + 1;
  // The runner loads the baseline over a database whose tracking table is empty: say so before anyone migrates.
  if (schemaFile !== null && !rowsUnknown(snapshot) && (snapshot.tracking?.rows.length ?? 0) === 0) {
    projectWarnings.push({ code: 'W-BASELINE-FIRST', message: schemaFile.whenUntracked, at: { file: schemaFile.file, line: 1 } });
  }
  const warnings = [...(settings.project?.warnings ?? []), ...projectWarnings, ...loaded.warnings, ...snapshot.warnings];
  const notes = warnings.map(noteLine);
  notes.push(...dumpNotes(snapshot, dumpName, { table: trackingTable, migrateCommand: spec.migrateCommand }, batch, options.batch !== null));
  const trackingRowsKnown = !rowsUnknown(snapshot);
  const batchNote = batchWarning(options.batch, result.highestBatch, trackingRowsKnown);
  notes.push(
    ...[batchNote, connectionWarning(options.connection, loaded.migrations)].filter((note) => note !== null),
    ...declarationWarnings(result, assumeApplied, upTo),
  );
  const counterBehind = idCounterBehind(snapshot);
  // A tracking table whose next id is taken makes the next `migrate` fail: that needs attention too.
  const unclaimed = traceTables(result.unclaimedTables, prefix, (table) => adapter.packageOfTable(table));
  notes.push(...unclaimedNotes(unclaimed, dumpName));
  const attention = needsAttention(result) || counterBehind !== null || tablesNeedAttention(unclaimed);

  switch (options.command) {
    case 'status': {
      const exitCode = attention ? 1 : 0;
      const report = { toolVersion: options.toolVersion, dialect: dialect.name, inputs, trackingTable, batch, trackingRowsKnown, result, attention, unclaimed, warnings };
      if (options.json) return { stdout: options.check ? renderJsonSummary(report) : renderJsonReport(report), notes, exitCode };
      if (options.check) return { stdout: `${summaryLine(result.verdicts)}\n`, notes, exitCode };
      return { stdout: renderStatusTable(result, { colour: options.colour, batch, width: options.width }), notes, exitCode };
    }
    case 'sql': {
      const scriptDialect = scriptDialectFor(dialect.name);
      if (snapshot.tracking === null && result.verdicts.some((verdict) => verdict.stamp)) {
        const other = elsewhere(snapshot);
        const where = snapshot.otherSchemas === undefined ? '' : ` in schema ${snapshot.schema}`;
        throw new InputError(`${dumpName} has no tracking table ${trackingTable}${where} to stamp${other === '' ? `; create it first (${spec.createCommand}) or name it with --table` : other}`);
      }
      const script = renderStampScript(scriptDialect, {
        toolVersion: options.toolVersion,
        inputs,
        target: {
          schema: snapshot.tracking?.schema ?? snapshot.schema,
          table: trackingTable,
          nameColumn: spec.nameColumn,
          idColumn: spec.idColumn !== null && snapshot.tracking?.columns.includes(spec.idColumn) ? spec.idColumn : null,
          rowFor: (migration, batch) => spec.rowFor(migration, batch),
        },
        result,
        batch,
        trackingRowsKnown,
        idCounterBehind: counterBehind === null ? null : `${counterBehind.text} (dump line ${counterBehind.line})`,
        migrationFolders: loaded.sources.map((source) => source.path),
        // The reviewer of the script must see what rolls back with what, not only whoever ran migstamp.
        warnings: batchNote === null ? [] : [batchNote.replace(/^warning: /, '')],
      });
      // Written is success, rows or no rows: `migstamp sql … > s.sql && psql -f s.sql` must work.
      if (options.output === null) return { stdout: script, notes, exitCode: 0 };
      await writeFileAtomically(options.output, script, options.force);
      return { stdout: '', notes: [...notes, `wrote ${options.output}: ${summaryLine(result.verdicts)}`], exitCode: 0 };
    }
    case 'diff': {
      const tables = tablesTouched(migrations, dialect, diffedMigrations(result));
      const patch = await renderSchemaDiff(tables, result.expected, snapshot, dialect);
      // As diff(1): 0 when there are no differences, 1 when there are.
      if (patch === '') return { stdout: '', notes: [...notes, 'no differences between the migrations and the dump in partial or drifted migrations'], exitCode: 0 };
      return { stdout: patch, notes, exitCode: 1 };
    }
  }
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
