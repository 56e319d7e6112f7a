import type { Dialect, Evidence, MigrateOutcome, Migration, Operation, Precondition, SchemaSnapshot, Verdict, VerdictKind } from '../model/index.js';
import { checkFact, type FactCheck, isAbsent } from './check-fact.js';
import type { InferenceOptions } from './index.js';
import { conditionalAbsence, isProven, type Judgement, missingCodeForRemoval, summarise } from './judge.js';
import { predictMigrate } from './predict.js';
import { describeFact } from './facts.js';
import type { MigrationReplay, Supersession } from './replay.js';

/*
 * The last steps of a verdict: a migration with nothing decisive of its own is
 * implied by a later one, judged as created, or explained; then the user's
 * --assume-applied/--up-to and the migrate prediction are applied.
 */

export interface ResolvedKind {
  readonly kind: VerdictKind;
  readonly reason: string;
  readonly evidence: Evidence[];
  readonly preconditions: readonly Precondition[];
}

export function resolveKind(
  index: number,
  judgement: Judgement,
  replayed: MigrationReplay,
  kinds: readonly (VerdictKind | null)[],
  operations: readonly Operation[],
  snapshot: SchemaSnapshot,
  dialect: Dialect,
  /** Whether a later migration made the object under this fact key again, indistinguishably. */
  reestablishedLater: (key: string) => boolean,
): ResolvedKind {
  if (judgement.kind !== 'undecided') return { kind: judgement.kind, reason: judgement.reason, evidence: [], preconditions: judgement.preconditions };
  // A later migration that only states the same thing again (a second change() of one column), or drops
  // the table or column this one's objects stood on, does not need this one: position is not evidence.
  const implying = replayed.superseded.find((supersession) => {
    const later = kinds[supersession.by];
    return supersession.by > index && supersession.needs && isProven(later ?? null);
  });
  if (implying) {
    const evidence: Evidence = {
      code: 'E-IMPLIED-BY',
      status: 'present',
      subject: 'later migration',
      detail: `its ${implying.entry.key.split(':')[0]} was ${implying.how} by a later migration that is ${kinds[implying.by]}, which could not have run without it`,
      source: implying.at,
      dumpLine: null,
    };
    return { kind: 'implied', reason: `no trace of its own survives, but a later ${kinds[implying.by]} migration ${implying.how} what it created`, evidence: [evidence], preconditions: [] };
  }
  // A later migration that has not run, or that only made the same object again, leaves it in the dump as this one created it.
  const leftAsCreated = (supersession: Supersession): boolean =>
    kinds[supersession.by] === 'pending' || reestablishedLater(supersession.entry.key);
  if (replayed.superseded.length > 0 && replayed.superseded.every(leftAsCreated)) {
    const checks = replayed.superseded.flatMap((supersession) => asLeft(supersession, kinds, snapshot, dialect));
    const evidence = checks.map((check) => check.evidence);
    const present = checks.filter((check) => check.outcome === 'present').length;
    const missing = checks.filter((check) => check.outcome === 'missing').length;
    if (present > 0 && missing === 0) {
      return { kind: 'applied', reason: 'what it creates is in the dump as it left it (the later migrations that change it have not run, or made the same again)', evidence, preconditions: checks.flatMap((check) => (check.precondition ? [check.precondition] : [])) };
    }
    if (present > 0) return { kind: 'partial', reason: `${present} of ${present + missing} effects in the dump`, evidence, preconditions: [] };
    if (missing > 0) return { kind: 'pending', reason: 'none of what it creates is in the dump, and the later migrations that change it have not run either', evidence, preconditions: [] };
  }
  if (judgement.reestablished.length > 0) {
    // Re-creating an object the same way, or changing a column to what it already was, leaves the dump looking the same whether it ran or not.
    const subjects = judgement.reestablished.map((entry) => describeFact(entry.fact));
    return { kind: 'unknown', reason: `an earlier migration had already made ${summarise(subjects)} as this one leaves it, so the dump cannot show whether this one ran`, evidence: [], preconditions: [] };
  }
  if (replayed.superseded.some((supersession) => supersession.left === 'absent' && kinds[supersession.by] !== 'pending')) {
    // Dropped here, made again later: the dump shows the object whether or not this migration ran.
    return { kind: 'unknown', reason: 'a later migration makes what it removes again, so the dump cannot show whether it ran', evidence: [], preconditions: [] };
  }
  const alongWith = replayed.superseded.find((supersession) => !supersession.needs && supersession.left === 'present' && isProven(kinds[supersession.by] ?? null));
  if (alongWith !== undefined) {
    return { kind: 'unknown', reason: `what it made was ${alongWith.how} by a later ${kinds[alongWith.by]} migration, which did not need it, so the dump cannot show whether it ran`, evidence: [], preconditions: [] };
  }
  if (replayed.superseded.length > 0) {
    return { kind: 'pending', reason: 'everything it creates is removed again by a later migration that cannot be confirmed; leaving both pending is harmless, migrate creates and removes it again', evidence: [], preconditions: [] };
  }
  if (replayed.removals.some((removal) => removal.removed !== null)) {
    return { kind: 'pending', reason: 'it removes what an earlier migration creates and neither leaves a trace in the dump; leaving both pending is harmless', evidence: [], preconditions: [] };
  }
  if (replayed.skipped.length > 0 && replayed.unchecked.length === 0) {
    return { kind: 'pending', reason: 'guarded: its statements would be skipped on this schema, so migrate records it without changes', evidence: [], preconditions: [] };
  }
  if (replayed.unchecked.length > 0) {
    const unreadable = replayed.unchecked.filter((operation) => operation.kind !== 'insertRows' && operation.kind !== 'dataChange');
    if (unreadable.length === 0) return { kind: 'unknown', reason: 'changes data only; the dump cannot show whether it ran', evidence: [], preconditions: [] };
    const first = unreadable[0]!;
    const what = first.kind === 'opaque' ? first.reason : 'raw SQL';
    const more = unreadable.length > 1 ? ` and ${unreadable.length - 1} more` : '';
    return { kind: 'unknown', reason: `its effects cannot be read statically: ${what} (line ${first.at.line})${more}`, evidence: [], preconditions: [] };
  }
  if (judgement.evidence.some((evidence) => evidence.code === 'E-CONDITIONAL')) {
    return { kind: 'unknown', reason: 'what it creates may legitimately be absent (a condition migstamp cannot evaluate, or an engine that skips it), and it is absent', evidence: [], preconditions: [] };
  }
  const rows = operations.some((operation) => operation.kind === 'insertRows');
  if (rows) return { kind: 'unknown', reason: 'inserts rows, and the dump cannot show whether they are there', evidence: [], preconditions: [] };
  return { kind: 'unknown', reason: 'has no statically visible effect', evidence: [{ code: 'E-NO-EFFECT', status: 'note', subject: 'up()', detail: 'no schema or data operation was found', source: null, dumpLine: null }], preconditions: [] };
}

/**
 * What migrate does with a migration left out. One that runs on another
 * connection is not judged against this dump: its tables are in another database.
 */
export function nextOutcome(migration: Migration, operations: readonly Operation[], snapshot: SchemaSnapshot, dialect: Dialect, options: InferenceOptions): MigrateOutcome {
  if (migration.connection !== null && migration.connection !== options.connection) {
    return { kind: 'elsewhere', detail: `runs it on connection '${migration.connection}', whose database this dump does not show` };
  }
  return predictMigrate(operations, snapshot, dialect, migration.file);
}

export function finishVerdict(
  migration: Migration,
  { kind: resolved, reason, preconditions }: ResolvedKind,
  evidence: Evidence[],
  tracked: ReadonlyMap<string, number>,
  operations: readonly Operation[],
  snapshot: SchemaSnapshot,
  dialect: Dialect,
  options: InferenceOptions,
  migrations: readonly Migration[],
  index: number,
): Verdict {
  const batch = tracked.get(migration.name) ?? null;
  if (batch !== null) {
    return { migration: migration.name, file: migration.file, kind: 'tracked', reason, evidence, batch, stamp: false, next: null, preconditions: [] };
  }
  let stamp = resolved === 'applied' || resolved === 'implied';
  const extra: Evidence[] = [];
  if (!stamp && options.assumeApplied.has(migration.name)) {
    stamp = true;
    extra.push({ code: 'E-ASSUMED', status: 'note', subject: migration.name, detail: 'stamped because --assume-applied names it, not because of evidence', source: null, dumpLine: null });
  } else if (!stamp && resolved === 'unknown' && options.upTo !== null && isUpTo(migrations, index, options.upTo)) {
    stamp = true;
    extra.push({ code: 'E-UP-TO', status: 'note', subject: migration.name, detail: `stamped because --up-to ${options.upTo} declares every migration up to it applied`, source: null, dumpLine: null });
  }
  const shownReason = extra.length > 0 ? `${reason}; stamped on the user's word` : reason;
  return {
    migration: migration.name,
    file: migration.file,
    kind: resolved,
    reason: shownReason,
    evidence: [...extra, ...evidence],
    batch: null,
    stamp,
    next: stamp ? null : nextOutcome(migration, operations, snapshot, dialect, options),
    preconditions: stamp ? preconditions : [],
  };
}

function isUpTo(migrations: readonly Migration[], index: number, upTo: string): boolean {
  const limit = migrations.findIndex((migration) => migration.name === upTo);
  return limit >= 0 && index <= limit;
}

/**
 * How one superseded effect looks in the dump when the later migration did not
 * undo it. An object this migration removed proves nothing by its absence here
 * (nothing shows it ever existed), but its presence, with the re-creating
 * migration not run, shows that this migration did not run either.
 */
function asLeft(supersession: Supersession, kinds: readonly (VerdictKind | null)[], snapshot: SchemaSnapshot, dialect: Dialect): FactCheck[] {
  if (supersession.left === 'present') {
    const check = checkFact(supersession.entry, snapshot, dialect);
    if (check.outcome !== 'missing' || supersession.entry.mode !== 'conditional') return [check];
    return [{ ...check, outcome: 'unknown', evidence: conditionalAbsence(check.evidence, supersession.entry) }];
  }
  const { absent, dumpLine } = isAbsent(supersession.entry.fact, snapshot, dialect);
  if (absent || kinds[supersession.by] !== 'pending') return [];
  const subject = describeFact(supersession.entry.fact);
  return [{ outcome: 'missing', evidence: { code: missingCodeForRemoval(supersession.entry.fact.kind), status: 'missing', subject, detail: `the migration removes ${subject}, but it is still in the dump and the migration that makes it again has not run`, source: supersession.entry.at, dumpLine }, drift: [], precondition: null }];
}
