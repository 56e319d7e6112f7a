import type { CheckSpec, DefaultNameOnRename, Dialect, ExpectedTable, ForeignKeySpec, IndexSpec, InferenceResult, MigrateOutcome, Migration, Operation, SchemaSnapshot, Verdict } from '../model/index.js';
import { settleBelief } from './belief.js';
import type { FactEntry } from './facts.js';
import type { Judgement } from './judge.js';
import { replay, replayEngine } from './replay.js';
import { unclaimedTables } from './unclaimed.js';

export { findColumn, findTable } from './lookup.js';
export { type GapRule, holdStampsAfterGap } from './gaps.js';
export { predictInRunOrder } from './predict.js';

export interface InferenceOptions {
  /** Migrations the user declares applied (`--assume-applied`); stamped whatever the evidence. */
  readonly assumeApplied: ReadonlySet<string>;
  /** The user declares every migration up to this name applied; undecidable ones up to it are stamped. */
  readonly upTo: string | null;
  /** The connection the dump belongs to; migrations declaring another one are never stamped. */
  readonly connection: string | null;
  /**
   * Whether the framework's runner wraps each migration in a transaction on the
   * dump's engine, so that a migration either ran whole or left nothing. Absent:
   * false, the careful reading (a failed migration may have left its first statements).
   */
  readonly atomicMigrations?: boolean;
  /** What the framework's runner does with a tracking row that has no file (FrameworkAdapter.orphanRows). Absent: `refused`, the careful reading. */
  readonly orphanRows?: 'ignored' | 'refused';
  /**
   * The project's baseline dump (a squashed schema file) and the migrations its tracking
   * rows name: a tracking row for one of those is accounted for, not an orphan.
   */
  readonly baseline?: { readonly file: string; readonly migrations: ReadonlySet<string> };
  /** How the framework's rename calls rename keys it named by default (FrameworkAdapter.defaultNameOnRename). Absent: they keep their names. */
  readonly defaultNameOnRename?: DefaultNameOnRename;
  /** Whether the framework's rows carry batches (TrackingTableSpec.batches); without, reasons name no batch (a row reads as batch 0). Absent: true. */
  readonly batches?: boolean;
}


/**
 * The inference stage: replays the migrations over an empty schema, compares what
 * survives with the dump, and returns one verdict per migration (run order)
 * followed by one per orphaned tracking row. Each migration is judged within the
 * history believed to have run (see `settleBelief`).
 */
export function infer(migrations: readonly Migration[], snapshot: SchemaSnapshot, dialect: Dialect, options: InferenceOptions): InferenceResult {
  const lowered = migrations.map((migration) => lowerOperations(migration.operations, dialect));
  const excluded = migrations.map((migration) => exclusionOf(migration, options));
  const tracked = new Map<string, number>();
  for (const row of snapshot.tracking?.rows ?? []) tracked.set(row.migration, row.batch);
  const taking = lowered.map((operations, index) => (excluded[index] === null ? operations : null));
  const everything = replay(migrations.length, replayEngine(dialect, options.defaultNameOnRename), (index) => taking[index] ?? null);

  const origins = new Map(migrations.flatMap((migration) => (migration.origin === undefined ? [] : [[migration.name, migration.origin] as const])));
  const verdicts = settleBelief({ migrations, lowered, taking, excluded, tracked, snapshot, dialect, options }, everything).map((verdict) => {
    const origin = origins.get(verdict.migration);
    return origin === undefined ? verdict : { ...verdict, origin };
  });

  const known = new Set(migrations.map((migration) => migration.name));
  const orphans: Verdict[] = (snapshot.tracking?.rows ?? [])
    .filter((row) => !known.has(row.migration))
    .map((row) => options.baseline?.migrations.has(row.migration) ? {
      migration: row.migration,
      file: null,
      kind: 'tracked' as const,
      reason: `${options.batches === false ? 'a tracking row' : `batch ${row.batch}`}; squashed into ${options.baseline.file}`,
      evidence: [{ code: 'E-SQUASHED' as const, status: 'note' as const, subject: row.migration, detail: `its file is gone, and ${options.baseline.file} holds its tracking row: the schema file stands for it`, source: null, dumpLine: row.line }],
      batch: row.batch,
      stamp: false,
      next: null,
      preconditions: [],
    } : ({
      migration: row.migration,
      file: null,
      kind: 'orphan' as const,
      reason: 'tracked in the dump, but no migration file has this name',
      evidence: [{ code: 'E-ORPHAN' as const, status: 'note' as const, subject: row.migration, detail: `${options.batches === false ? 'tracking row' : `tracking row with batch ${row.batch}`} has no migration file`, source: null, dumpLine: row.line }],
      batch: row.batch,
      stamp: false,
      next: orphanOutcome(options.orphanRows ?? 'refused'),
      preconditions: [],
    }));

  const highestBatch = (snapshot.tracking?.rows ?? []).reduce((max, row) => Math.max(max, row.batch), 0);
  return {
    verdicts: [...verdicts, ...orphans],
    highestBatch,
    expected: expectedTables(everything.facts.values()),
    unclaimedTables: unclaimedTables(migrations, lowered, verdicts, snapshot),
  };
}

function expectedTables(facts: Iterable<FactEntry>): Map<string, ExpectedTable> {
  const tables = new Map<string, { name: string; columns: ExpectedTable['columns'][number][]; indexes: IndexSpec[]; foreignKeys: ForeignKeySpec[]; checks: CheckSpec[] }>();
  const tableOf = (name: string) => {
    let table = tables.get(name);
    if (!table) {
      table = { name, columns: [], indexes: [], foreignKeys: [], checks: [] };
      tables.set(name, table);
    }
    return table;
  };
  for (const { fact } of facts) {
    switch (fact.kind) {
      case 'table':
        tableOf(fact.table);
        break;
      case 'column':
        tableOf(fact.table).columns.push({ name: fact.name, spec: fact.spec });
        break;
      case 'index':
        tableOf(fact.table).indexes.push(fact.index);
        break;
      case 'foreignKey':
        tableOf(fact.table).foreignKeys.push(fact.foreignKey);
        break;
      case 'check':
        tableOf(fact.table).checks.push(fact.check);
        break;
      case 'columnChange':
      case 'view':
      case 'enumType':
      case 'row':
        break;
    }
  }
  return tables;
}

function lowerOperations(operations: readonly Operation[], dialect: Dialect): readonly Operation[] {
  if (!operations.some((operation) => operation.kind === 'rawSql')) return operations;
  return operations.flatMap((operation) => (operation.kind === 'rawSql' ? dialect.lowerSql(operation.sql, operation.at, operation.guards) : [operation]));
}

/** Why a migration takes no part in the replay (unreadable, another connection), or null when it does. */
function exclusionOf(migration: Migration, options: InferenceOptions): Judgement | null {
  if (migration.error !== null) {
    return {
      kind: 'unknown',
      reason: `cannot be read: ${migration.error.message}`,
      evidence: [
        {
          code: 'E-PARSE-ERROR',
          status: 'note',
          subject: migration.file,
          detail: migration.error.message,
          source: migration.error.at,
          dumpLine: null,
          ...(migration.error.parserMessage === undefined ? {} : { parserMessage: migration.error.parserMessage }),
        },
      ],
      preconditions: [],
      reestablished: [],
      missingKeys: [],
      provenStep: -1,
    };
  }
  if (migration.connection !== null && migration.connection !== options.connection) {
    return {
      kind: 'unknown',
      reason: `runs on connection '${migration.connection}', whose schema is not in this dump`,
      evidence: [{ code: 'E-OTHER-CONNECTION', status: 'note', subject: migration.connection, detail: `declares connection '${migration.connection}'; pass --connection ${migration.connection} if this dump is that database`, source: { file: migration.file, line: 1 }, dumpLine: null }],
      preconditions: [],
      reestablished: [],
      missingKeys: [],
      provenStep: -1,
    };
  }
  return null;
}

/**
 * Migrations with their raw SQL turned into operations by the dump's dialect.
 * `infer` does this itself; callers that also need `rowTablesOf` or
 * `tablesTouched` lower once and pass the result to all three.
 */
export function lowerMigrations(migrations: readonly Migration[], dialect: Dialect): Migration[] {
  return migrations.map((migration) => (migration.operations.some((operation) => operation.kind === 'rawSql') ? { ...migration, operations: lowerOperations(migration.operations, dialect) } : migration));
}

/**
 * Tables into which some migration inserts literal rows, and the names later
 * migrations rename them to: the dump reader keeps their rows as evidence.
 */
export function rowTablesOf(migrations: readonly Migration[], dialect: Dialect): Set<string> {
  const tables = new Set<string>();
  for (const migration of migrations) {
    for (const operation of lowerOperations(migration.operations, dialect)) {
      if (operation.kind === 'insertRows' && operation.rows !== null) tables.add(operation.table);
      // The rows move with the table; a dump taken after the rename holds them under the new name.
      if (operation.kind === 'renameTable' && tables.has(operation.from)) tables.add(operation.to);
    }
  }
  return tables;
}

/** Tables the named migrations create or alter, in first-mention order. */
export function tablesTouched(migrations: readonly Migration[], dialect: Dialect, names: ReadonlySet<string>): string[] {
  const tables = new Set<string>();
  for (const migration of migrations) {
    if (!names.has(migration.name)) continue;
    for (const operation of lowerOperations(migration.operations, dialect)) {
      if ('table' in operation && typeof operation.table === 'string') tables.add(operation.table);
      if (operation.kind === 'renameTable') tables.add(operation.to);
    }
  }
  return [...tables];
}

function orphanOutcome(rule: 'ignored' | 'refused'): MigrateOutcome {
  switch (rule) {
    case 'ignored':
      return { kind: 'orphan-ignored', detail: 'passes over this row: it runs only files without a row, so the row is harmless' };
    case 'refused':
      return { kind: 'orphan-refused', detail: 'refuses to run while a tracking row has no migration file' };
  }
}

/**
 * Whether a result needs a human: rows to stamp, partial or unknown verdicts,
 * orphaned rows the runner refuses, or tracked migrations whose objects are
 * missing from the dump. Orphaned rows a runner passes over are only reported.
 */
export function needsAttention(result: InferenceResult): boolean {
  return result.verdicts.some(
    (verdict) =>
      verdict.stamp ||
      verdict.kind === 'partial' ||
      verdict.kind === 'unknown' ||
      (verdict.kind === 'orphan' && verdict.next?.kind !== 'orphan-ignored') ||
      (verdict.kind === 'tracked' && verdict.evidence.some((evidence) => evidence.status === 'missing')),
  );
}
