import type { CheckSpec, Dialect, Evidence, ExpectedTable, ForeignKeySpec, IndexSpec, InferenceResult, Migration, Operation, SchemaSnapshot, Verdict, VerdictKind } from '../model/index.js';
import type { FactEntry } from './facts.js';
import { judgeMigration, type Judgement, summarise } from './judge.js';
import { finishVerdict, resolveKind } from './resolve.js';
import { type MigrationReplay, replay } from './replay.js';
import { beforePendingRenames, pendingRenamers } from './pending-renames.js';

export { findColumn, findTable } from './lookup.js';

export interface InferenceOptions {
  /** Migrations the user declares applied (`--assume-applied`); stamped whatever the evidence. */
  readonly assumeApplied: ReadonlySet<string>;
  /** The user declares every migration up to this name applied; undecidable ones up to it are stamped. */
  readonly upTo: string | null;
  /** The connection the dump belongs to; migrations declaring another one are never stamped. */
  readonly connection: string | null;
}

/**
 * The inference stage: replays every migration over an empty schema, compares
 * what survives with the dump, and returns one verdict per migration (run order)
 * followed by one per orphaned tracking row.
 */
export function infer(migrations: readonly Migration[], snapshot: SchemaSnapshot, dialect: Dialect, options: InferenceOptions): InferenceResult {
  const lowered = migrations.map((migration) => lowerOperations(migration.operations, dialect));
  const excluded = migrations.map((migration) => exclusionOf(migration, options));
  const replayed = replay(migrations.length, dialect, (index) => (excluded[index] === null ? lowered[index]! : null));

  const survivingByOrigin = new Map<number, FactEntry[]>();
  for (const entry of replayed.facts.values()) {
    const list = survivingByOrigin.get(entry.origin) ?? [];
    list.push(entry);
    survivingByOrigin.set(entry.origin, list);
  }

  const tracked = new Map<string, number>();
  for (const row of snapshot.tracking?.rows ?? []) tracked.set(row.migration, row.batch);

  const kinds: (VerdictKind | null)[] = migrations.map(() => null);
  const judgements: Judgement[] = migrations.map((migration, index) => {
    const own = () => judgeMigration(survivingByOrigin.get(index) ?? [], replayed.migrations[index]!, snapshot, dialect, (i) => kinds[i] ?? null);
    const judgement = tracked.has(migration.name)
      ? trackedJudgement(tracked.get(migration.name)!, excluded[index] === null ? own() : null)
      : excluded[index] ?? own();
    kinds[index] = judgement.kind === 'undecided' ? null : judgement.kind;
    return judgement;
  });

  // Which migrations made an object again the way an earlier one had, by fact key.
  const reestablishers = new Map<string, number[]>();
  judgements.forEach((judgement, index) => {
    for (const entry of judgement.reestablished) reestablishers.set(entry.key, [...(reestablishers.get(entry.key) ?? []), index]);
  });

  // Implied: walk backwards so that a chain (M1 renamed by M2, renamed by M3) resolves from its applied end.
  const verdicts: Verdict[] = new Array(migrations.length);
  for (let index = migrations.length - 1; index >= 0; index--) {
    const migration = migrations[index]!;
    const surviving = survivingByOrigin.get(index) ?? [];
    const judgement = tracked.has(migration.name) ? judgements[index]! : beforeRenames(index, judgements[index]!, surviving, { replayed: replayed.migrations[index]!, establishers: replayed.establishers, snapshot, dialect, kinds, migrations });
    const kind = resolveKind(index, judgement, replayed.migrations[index]!, kinds, lowered[index]!, snapshot, dialect, (key) => (reestablishers.get(key) ?? []).some((later) => later > index));
    kinds[index] = kind.kind;
    verdicts[index] = finishVerdict(migration, kind, [...kind.evidence, ...judgement.evidence], tracked, lowered[index]!, snapshot, dialect, options, migrations, index);
  }

  const known = new Set(migrations.map((migration) => migration.name));
  const orphans: Verdict[] = (snapshot.tracking?.rows ?? [])
    .filter((row) => !known.has(row.migration))
    .map((row) => ({
      migration: row.migration,
      file: null,
      kind: 'orphan' as const,
      reason: 'tracked in the dump, but no migration file has this name',
      evidence: [{ code: 'E-ORPHAN' as const, status: 'note' as const, subject: row.migration, detail: `tracking row with batch ${row.batch} has no migration file`, source: null, dumpLine: row.line }],
      batch: row.batch,
      stamp: false,
      next: null,
      preconditions: [],
    }));

  const highestBatch = (snapshot.tracking?.rows ?? []).reduce((max, row) => Math.max(max, row.batch), 0);
  return { verdicts: [...verdicts, ...orphans], highestBatch, expected: expectedTables(replayed.facts.values()) };
}

interface RenameContext {
  readonly replayed: MigrationReplay;
  readonly establishers: ReadonlyMap<string, readonly number[]>;
  readonly snapshot: SchemaSnapshot;
  readonly dialect: Dialect;
  readonly kinds: readonly (VerdictKind | null)[];
  readonly migrations: readonly Migration[];
}

/**
 * A migration judged pending or partial because a later migration renamed its
 * tables, and that later migration is itself pending (known only now, walking
 * backwards): judged again by the names it left. Kept as it was when those names
 * prove nothing (see `beforePendingRenames`).
 */
function beforeRenames(index: number, judgement: Judgement, surviving: readonly FactEntry[], context: RenameContext): Judgement {
  if (judgement.kind !== 'pending' && judgement.kind !== 'partial') return judgement;
  const renamers = pendingRenamers(surviving, index, context.kinds);
  if (renamers.length === 0) return judgement;
  const asLeft: FactEntry[] = [];
  for (const entry of surviving) {
    const before = beforePendingRenames(entry, index, context.kinds, context.establishers);
    if (before === null) return judgement;
    asLeft.push(before);
  }
  const again = judgeMigration(asLeft, context.replayed, context.snapshot, context.dialect, (i) => context.kinds[i] ?? null);
  if (again.kind === 'undecided') return judgement;
  const names = renamers.map((renamer) => context.migrations[renamer]!.name).join(', ');
  return { ...again, reason: `${again.reason}, judged by the table names it left: ${names}, which renames them, has not run` };
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

function exclusionOf(migration: Migration, options: InferenceOptions): Judgement | null {
  if (migration.error !== null) {
    return {
      kind: 'unknown',
      reason: `cannot be read: ${migration.error.message}`,
      evidence: [{ code: 'E-PARSE-ERROR', status: 'note', subject: migration.file, detail: migration.error.message, source: migration.error.at, dumpLine: null }],
      preconditions: [],
      reestablished: [],
    };
  }
  if (migration.connection !== null && migration.connection !== options.connection) {
    return {
      kind: 'unknown',
      reason: `runs on connection '${migration.connection}', whose schema is not in this dump`,
      evidence: [{ code: 'E-OTHER-CONNECTION', status: 'note', subject: migration.connection, detail: `declares connection '${migration.connection}'; pass --connection ${migration.connection} if this dump is that database`, source: { file: migration.file, line: 1 }, dumpLine: null }],
      preconditions: [],
      reestablished: [],
    };
  }
  return null;
}

/**
 * A tracked migration stays tracked, but its effects are still checked: a tracked
 * migration whose objects are missing means the restore lost schema, which the DBA must hear about.
 */
function trackedJudgement(batch: number, own: Judgement | null): Judgement {
  const tracking: Evidence = { code: 'E-TRACKED', status: 'note', subject: 'tracking row', detail: `already recorded with batch ${batch}`, source: null, dumpLine: null };
  const missing = own?.evidence.filter((evidence) => evidence.status === 'missing') ?? [];
  const reason = missing.length === 0 ? `batch ${batch}` : `batch ${batch}, but missing from the dump: ${summarise(missing.map((evidence) => evidence.subject))}`;
  return { kind: 'tracked', reason, evidence: [tracking, ...(own?.evidence ?? [])], preconditions: [], reestablished: [] };
}

/**
 * Migrations with their raw SQL turned into operations by the dump's dialect.
 * `infer` does this itself; callers that also need `rowTablesOf` or
 * `tablesTouched` lower once and pass the result to all three.
 */
export function lowerMigrations(migrations: readonly Migration[], dialect: Dialect): Migration[] {
  return migrations.map((migration) => (migration.operations.some((operation) => operation.kind === 'rawSql') ? { ...migration, operations: lowerOperations(migration.operations, dialect) } : migration));
}

/** Tables into which some migration inserts literal rows: the dump reader keeps their rows as evidence. */
export function rowTablesOf(migrations: readonly Migration[], dialect: Dialect): Set<string> {
  const tables = new Set<string>();
  for (const migration of migrations) {
    for (const operation of lowerOperations(migration.operations, dialect)) {
      if (operation.kind === 'insertRows' && operation.rows !== null) tables.add(operation.table);
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

/**
 * Whether a result needs a human: rows to stamp, partial or unknown verdicts,
 * orphaned rows, or tracked migrations whose objects are missing from the dump.
 */
export function needsAttention(result: InferenceResult): boolean {
  return result.verdicts.some(
    (verdict) =>
      verdict.stamp ||
      verdict.kind === 'partial' ||
      verdict.kind === 'unknown' ||
      verdict.kind === 'orphan' ||
      (verdict.kind === 'tracked' && verdict.evidence.some((evidence) => evidence.status === 'missing')),
  );
}
