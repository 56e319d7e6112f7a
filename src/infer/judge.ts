import type { Dialect, Evidence, Operation, Precondition, SchemaSnapshot, SourceLocation, VerdictKind } from '../model/index.js';
import { checkFact, type FactCheck, goneCode, isAbsent } from './check-fact.js';
import { findColumn, findTable, hasCounter } from './lookup.js';
import { describeFact, type Fact, type FactEntry, factKey, factTable, type Prior } from './facts.js';
import type { MigrationReplay } from './replay.js';

/** A verdict reached from a migration's own evidence, before `implied` is considered. */
export interface Judgement {
  readonly kind: Extract<VerdictKind, 'tracked' | 'applied' | 'pending' | 'partial' | 'unknown'> | 'undecided';
  readonly reason: string;
  readonly evidence: Evidence[];
  readonly preconditions: Precondition[];
  /** Facts it establishes that an earlier migration had already made under the same name, and that look the same in the dump. */
  readonly reestablished: readonly FactEntry[];
  /** Fact keys of what it leaves that the dump contradicts: objects missing, or still there although it removes them. */
  readonly missingKeys: readonly string[];
  /** The highest `FactEntry.step` among its facts the dump shows, or -1. */
  readonly provenStep: number;
}

/** Verdicts of earlier migrations, consulted when the absence of a dropped object is evidence. */
export type EarlierVerdict = (index: number) => VerdictKind | null;

/**
 * How far into an earlier migration its run is proven, as a `FactEntry.step`: the
 * whole of it (Infinity) when it is tracked, or when the runner wraps each migration
 * in a transaction; otherwise the last statement whose fact the dump shows, since a
 * migration that failed halfway without a transaction made exactly the statements before it.
 */
export type ProvenThrough = (index: number) => number;

/**
 * Another migration outside the history this one is judged in that also makes the
 * object under this key and may have run, at least in part (partial, unknown or
 * undecided): then the object's presence does not tell which one made it. Null when none.
 */
export type MadeElsewhere = (entry: FactEntry) => number | null;

/**
 * Judges one untracked migration from its surviving facts and its removals.
 * `undecided` means nothing of its own was decisive: the caller then looks for
 * a later migration that implies it, or explains why it stays out of the script.
 */
export function judgeMigration(
  surviving: readonly FactEntry[],
  replayed: MigrationReplay,
  snapshot: SchemaSnapshot,
  dialect: Dialect,
  earlier: EarlierVerdict,
  provenThrough: ProvenThrough,
  madeElsewhere: MadeElsewhere = () => null,
  /** Whether the runner wraps each migration in a transaction on this engine (see `InferenceOptions`). */
  atomic = false,
): Judgement {
  const evidence: Evidence[] = [];
  const drift: Evidence[] = [];
  const unread = (fact: FactEntry['fact']): boolean => {
    const table = factTable(fact) ?? (fact.kind === 'view' || fact.kind === 'enumType' ? fact.name : null);
    return table !== null && snapshot.unreadNames.has(table.toLowerCase());
  };
  const preconditions: Precondition[] = [];
  const present: string[] = [];
  const missing: string[] = [];
  /** Missing objects on tables the reader could not fully read: neither present nor proven missing. */
  const uncertain: string[] = [];
  const reestablished: FactEntry[] = [];
  const missingKeys: string[] = [];
  let provenStep = -1;

  for (const entry of surviving) {
    if (onTrackingTable(entry.fact, snapshot, dialect)) {
      evidence.push(trackingTableNote(entry.fact, entry.at));
      continue;
    }
    const check = checkFact(entry, snapshot, dialect);
    const subject = describeFact(entry.fact);
    const prior = unprovenPrior(entry, earlier, provenThrough);
    const before = check.outcome === 'present' && prior !== null ? compareWithPrior(entry, priorVersions(prior, earlier, provenThrough), check, snapshot, dialect) : null;
    const elsewhere = check.outcome === 'present' && before === null ? madeElsewhere(entry) : null;
    // A change to a column no migration migstamp could read made (its creator opaque, or not
    // given): the column may have been made as the change leaves it, so the definition is no
    // evidence. Found on outline: a createTable with an unreadable column type, then a
    // changeColumn restating teamId as it already was, stamped after failing before it.
    const unanchored = check.outcome === 'present' && entry.fact.kind === 'columnChange' && entry.prior === null;
    if (unanchored) {
      reestablished.push(entry);
      evidence.push({ ...check.evidence, code: 'E-SAME-AS-BEFORE', status: 'note', detail: `${check.evidence.detail}, but no migration migstamp could read made the column, so it may have been made so from the start and its definition proves nothing` });
    } else if (elsewhere !== null) {
      reestablished.push(entry);
      evidence.push({ ...check.evidence, code: 'E-SAME-AS-BEFORE', status: 'note', detail: `${check.evidence.detail}, but another migration that may have run, at least in part, makes it too, so its presence proves nothing` });
    } else if (before === 'as-before') {
      missing.push(subject);
      missingKeys.push(entry.key);
      evidence.push({ ...check.evidence, code: 'E-SAME-AS-BEFORE', status: 'missing', detail: `${subject} is in the dump as an earlier migration made it, not as this migration leaves it` });
    } else if (before === 'indistinguishable') {
      reestablished.push(entry);
      evidence.push({ ...check.evidence, code: 'E-SAME-AS-BEFORE', status: 'note', detail: `${check.evidence.detail}, but an earlier migration had already made it so, and it would look the same had this one not run, so its presence proves nothing` });
    } else if (check.outcome === 'present') {
      present.push(subject);
      provenStep = Math.max(provenStep, entry.step);
      evidence.push(entry.mode === 'guarded' ? { ...check.evidence, detail: `${check.evidence.detail} (its statement is guarded by an existence check)` } : check.evidence);
      drift.push(...check.drift);
      if (check.precondition) preconditions.push(check.precondition);
    } else if (check.outcome === 'missing' && unread(entry.fact)) {
      uncertain.push(subject);
      evidence.push({ ...check.evidence, code: 'E-DUMP-UNREAD', status: 'note', detail: `${check.evidence.detail}; the dump has a statement about ${factTable(entry.fact)} that migstamp could not parse, so its absence proves nothing` });
    } else if (check.outcome === 'missing' && entry.mode !== 'conditional') {
      missing.push(subject);
      missingKeys.push(entry.key);
      evidence.push(check.evidence);
    } else if (check.outcome === 'missing') {
      evidence.push(conditionalAbsence(check.evidence, entry));
    } else {
      evidence.push(check.evidence);
    }
  }

  for (const removal of replayed.removals) {
    if (onTrackingTable(removal.fact, snapshot, dialect)) {
      evidence.push(trackingTableNote(removal.fact, removal.at));
      continue;
    }
    const subject = describeFact(removal.fact);
    const { absent, dumpLine } = isAbsent(removal.fact, snapshot, dialect);
    if (removal.withTable && absent) continue;
    if (removal.withColumn !== null && replayed.removals.some((other) => factKey(other.fact) === removal.withColumn)) continue;
    if (!absent) {
      if (removal.mode === 'conditional') continue;
      missing.push(`${subject} removed`);
      missingKeys.push(factKey(removal.fact));
      evidence.push({ code: missingCodeForRemoval(removal.fact.kind), status: 'missing', subject, detail: `the migration removes ${subject}, but it is still in the dump`, source: removal.at, dumpLine });
      continue;
    }
    const creator = removal.removed;
    const creatorVerdict = creator === null ? null : earlier(creator.origin);
    // The creator may have stopped before the statement that made it: then nothing shows the object ever existed.
    // Nor did it stand where it is removed unless the renames that carried it there are proven too.
    const proven =
      creator !== null &&
      creator.mode === 'plain' &&
      removal.mode !== 'conditional' &&
      !unread(removal.fact) &&
      (creatorVerdict === 'tracked' || creatorVerdict === 'applied') &&
      creator.step <= provenThrough(creator.origin) &&
      creator.moves.every((move) => isProven(earlier(move.by)));
    if (proven) {
      present.push(`${subject} removed`);
      provenStep = Math.max(provenStep, removal.step);
      evidence.push({ code: goneCode(removal.fact), status: 'present', subject, detail: `${subject} was created by an applied migration and is gone from the dump, as this migration leaves it`, source: removal.at, dumpLine: null });
    } else {
      evidence.push({ code: 'E-ABSENCE-UNPROVEN', status: 'note', subject, detail: `${subject} is not in the dump, but nothing proves it ever existed, so its absence proves nothing`, source: removal.at, dumpLine: null });
    }
  }

  for (const supersession of replayed.superseded) {
    evidence.push({ code: 'E-SUPERSEDED', status: 'note', subject: describeFact(supersession.entry.fact), detail: `${describeFact(supersession.entry.fact)} was ${supersession.how} by a later migration`, source: supersession.at, dumpLine: null });
  }
  for (const skipped of replayed.skipped) {
    evidence.push({ code: 'E-GUARDED', status: 'note', subject: skipped.operation.kind, detail: `skipped by its guard (${describeGuard(skipped.guard)}), given the migrations before it`, source: skipped.operation.at, dumpLine: null });
  }
  for (const operation of replayed.unchecked) {
    const opaque = operation.kind === 'opaque' || operation.kind === 'rawSql';
    const parserMessage = operation.kind === 'opaque' ? operation.parserMessage : undefined;
    evidence.push({ code: opaque ? 'E-OPAQUE' : 'E-DATA-UNCHECKABLE', status: 'note', subject: operation.kind, detail: describeUnchecked(operation), source: operation.at, dumpLine: null, ...(parserMessage === undefined ? {} : { parserMessage }) });
  }
  evidence.push(...drift);

  const total = present.length + missing.length;
  if (total === 0 && uncertain.length === 0) return { kind: 'undecided', reason: '', evidence, preconditions: [], reestablished, missingKeys, provenStep };
  if (missing.length === 0 && uncertain.length > 0) {
    return { kind: 'unknown', reason: `${summarise(uncertain)} not found, on a table the dump has statements about that migstamp could not parse`, evidence, preconditions: [], reestablished, missingKeys, provenStep };
  }
  // Without a transaction per migration, data changes or unreadable code after the last statement
  // the dump shows may have failed and left the schema changes before them behind.
  const afterProven = atomic ? -1 : replayed.uncheckedSteps.findIndex((step) => step > provenStep);
  if (missing.length === 0 && present.length > 0 && afterProven >= 0) {
    const operation = replayed.unchecked[afterProven]!;
    return {
      kind: 'unknown',
      reason: `its schema changes are in the dump, but what it does after them (${describeUnchecked(operation)}) may have failed: on this engine a failed migration keeps its earlier statements, so the dump cannot show it completed`,
      evidence,
      preconditions: [],
      reestablished,
      missingKeys,
      provenStep,
    };
  }
  if (missing.length === 0) {
    const driftNote = drift.length > 0 ? `; ${drift.length} detail${drift.length === 1 ? ' differs' : 's differ'}` : '';
    const uncheckedNote = replayed.unchecked.length > 0 ? '; parts that cannot be checked are noted' : '';
    return { kind: 'applied', reason: `${describeCount(present.length)} in the dump${driftNote}${uncheckedNote}`, evidence, preconditions, reestablished, missingKeys, provenStep };
  }
  // An object it makes twice (made, renamed away, made again) is in the dump as its first statements left
  // it: it ran at least in part, so it is not pending, and what others make under that name proves nothing.
  const madeOnItsWay = reestablished.filter((entry) => entry.prior !== null && entry.prior.origin === entry.origin);
  if (present.length === 0 && madeOnItsWay.length > 0) {
    const objects = summarise(madeOnItsWay.map((entry) => describeFact(entry.fact)));
    return { kind: 'unknown', reason: `none of its ${total} checked effect${total === 1 ? ' is' : 's are'} in the dump as it leaves them, but ${objects} is as its own first statements make it: it may have stopped partway`, evidence, preconditions: [], reestablished, missingKeys, provenStep };
  }
  if (present.length === 0) {
    return { kind: 'pending', reason: `none of its ${total} checked effect${total === 1 ? ' is' : 's are'} in the dump`, evidence, preconditions: [], reestablished, missingKeys, provenStep };
  }
  return { kind: 'partial', reason: `${present.length} of ${total} effects in the dump; missing: ${summarise(missing)}`, evidence, preconditions: [], reestablished, missingKeys, provenStep };
}

/** Whether a verdict says the migration ran: tracked, applied or implied. */
export function isProven(kind: VerdictKind | null): boolean {
  return kind === 'tracked' || kind === 'applied' || kind === 'implied';
}

/**
 * The earlier object under the same name that the dump could still be showing:
 * none when the migration that took it away is itself proven (tracked or applied)
 * through the statement that did so, since then the earlier object was gone before
 * this migration could have run.
 */
function unprovenPrior(entry: FactEntry, earlier: EarlierVerdict, provenThrough: ProvenThrough): Prior | null {
  const prior = entry.prior;
  if (prior === null) return null;
  if (prior.removedBy !== entry.origin) {
    const remover = earlier(prior.removedBy);
    if ((remover === 'tracked' || remover === 'applied') && prior.removedAt <= provenThrough(prior.removedBy)) return null;
  }
  return prior;
}

/**
 * The versions the earlier object may have had when this migration ran, newest
 * first: each change made to it in place counts only once the migration that made
 * it is proven (through that statement), so the versions before an unproven change
 * stay possible (m1 makes a column NOT NULL, m2 makes it nullable, m3 NOT NULL
 * again: without m2 proven, NOT NULL is no evidence of m3).
 */
function priorVersions(prior: Prior, earlier: EarlierVerdict, provenThrough: ProvenThrough): Fact[] {
  const versions: Fact[] = [prior.fact];
  for (let i = prior.changes.length - 1; i >= 0; i--) {
    const change = prior.changes[i]!;
    const kind = earlier(change.by);
    if ((kind === 'tracked' || kind === 'applied') && change.step <= provenThrough(change.by)) break;
    versions.push(change.before);
  }
  return versions;
}

/**
 * Whether a present object shows this migration's version, the earlier one
 * (`as-before`), or cannot tell them apart. Only an exact match (no drift) counts,
 * so a type the dialect maps loosely never tips the balance towards `applied`.
 */
function compareWithPrior(entry: FactEntry, versions: readonly Fact[], check: FactCheck, snapshot: SchemaSnapshot, dialect: Dialect): 'new' | 'as-before' | 'indistinguishable' {
  const isNew = check.drift.length === 0;
  const isEarlier = versions.some((version) => {
    const earlierCheck = checkFact({ ...entry, fact: version, prior: null }, snapshot, dialect);
    return earlierCheck.outcome === 'present' && earlierCheck.drift.length === 0 && !changedSinceMade(entry.fact, version, snapshot, dialect);
  });
  if (isNew && !isEarlier) return 'new';
  if (isEarlier && !isNew) return 'as-before';
  return 'indistinguishable';
}

/**
 * Whether the dump shows something the column as first made did not have, which the
 * earlier check cannot see because drift checks compare only what a migration states:
 * - a default set by `->default(x)->change()` on a column made without one (pixelfed's
 *   "add default value to admin_invites"): Laravel gives a column no default unless
 *   told. Not for timestamps, which MySQL/MariaDB may give a default of their own
 *   (`explicit_defaults_for_timestamp` off);
 * - no counter on a column made auto-incrementing, after a change that restates it
 *   without one (pixelfed's snowflake ids: `bigIncrements('id')`, later
 *   `bigInteger('id')->unsigned()->change()`). Only where the dump shows counters
 *   (PostgreSQL, MySQL), never on SQLite.
 */
function changedSinceMade(fact: Fact, prior: Fact, snapshot: SchemaSnapshot, dialect: Dialect): boolean {
  if (fact.kind !== 'columnChange' || prior.kind !== 'column' || prior.spec === null) return false;
  const made = prior.spec;
  const wanted = fact.change.default;
  const setsDefault = wanted !== undefined && wanted !== null && !(wanted.kind === 'literal' && wanted.value === null);
  if (setsDefault && made.default === undefined && !made.autoIncrement && made.generated === null && made.type.kind !== 'timestamp') return true;
  if (!made.autoIncrement || fact.change.autoIncrement !== false) return false;
  const table = findTable(snapshot, fact.table, dialect);
  const column = table === undefined ? undefined : findColumn(table, fact.change.name, dialect);
  return column !== undefined && hasCounter(column, dialect.name) === false;
}

/**
 * Whether a fact is about the tracking table itself. After a restore that table
 * comes from its own, older backup, so its shape says nothing about which
 * migrations ran (a `hasColumn`-guarded column added to it, say).
 */
function onTrackingTable(fact: Fact, snapshot: SchemaSnapshot, dialect: Dialect): boolean {
  const table = factTable(fact);
  return table !== null && snapshot.tracking !== null && dialect.identifiersEqual(snapshot.tracking.name, table);
}

function trackingTableNote(fact: Fact, at: SourceLocation): Evidence {
  const subject = describeFact(fact);
  return { code: 'E-CONDITIONAL', status: 'note', subject, detail: `${subject} is on the tracking table, which a restore brings back from its own backup, so it proves nothing either way`, source: at, dumpLine: null };
}

/** A missing object that was made only under a condition, or may have been lost since: a note, not a decision. */
export function conditionalAbsence(missing: Evidence, entry: FactEntry): Evidence {
  const why = entry.weakened ?? 'it is created only under a condition migstamp cannot evaluate';
  return { ...missing, code: 'E-CONDITIONAL', status: 'note', detail: `${missing.detail}; ${why}, so its absence proves nothing` };
}

function describeCount(count: number): string {
  return count === 1 ? 'its 1 checked effect is' : `all ${count} checked effects are`;
}

function describeUnchecked(operation: Operation): string {
  switch (operation.kind) {
    case 'opaque':
      return operation.reason;
    case 'dataChange':
      return operation.description;
    case 'insertRows':
      return `inserts rows into ${operation.table} with values migstamp cannot read`;
    default:
      return 'raw SQL';
  }
}

/** Up to three subjects, then how many more. */
export function summarise(subjects: readonly string[]): string {
  return subjects.length <= 3 ? subjects.join(', ') : `${subjects.slice(0, 3).join(', ')} and ${subjects.length - 3} more`;
}

export function missingCodeForRemoval(kind: FactEntry['fact']['kind']): Evidence['code'] {
  switch (kind) {
    case 'table':
      return 'E-TABLE-PRESENT';
    case 'column':
    case 'columnChange':
      return 'E-COLUMN-PRESENT';
    case 'index':
      return 'E-INDEX-PRESENT';
    case 'foreignKey':
      return 'E-FK-PRESENT';
    case 'check':
      return 'E-CHECK-PRESENT';
    case 'view':
      return 'E-VIEW-PRESENT';
    case 'trigger':
      return 'E-TRIGGER-PRESENT';
    case 'routine':
      return 'E-ROUTINE-PRESENT';
    case 'sequence':
      return 'E-SEQUENCE-PRESENT';
    case 'columnComment':
      return 'E-COMMENT-PRESENT';
    case 'enumType':
      return 'E-TYPE-PRESENT';
    case 'row':
      return 'E-ROW-PRESENT';
  }
}

function describeIndexGuard(table: string, index: string | readonly string[]): string {
  return typeof index === 'string' ? `index ${index} on ${table}` : `an index on ${table}(${index.join(', ')})`;
}

function describeGuard(guard: MigrationReplay['skipped'][number]['guard']): string {
  switch (guard.kind) {
    case 'tableExists':
      return `table ${guard.table} ${guard.negated ? 'does not exist' : 'exists'}`;
    case 'columnExists':
      return `column ${guard.table}.${guard.column} ${guard.negated ? 'does not exist' : 'exists'}`;
    case 'indexExists':
      return `${describeIndexGuard(guard.table, guard.index)} ${guard.negated ? 'does not exist' : 'exists'}`;
    case 'engine':
      return `the engine is ${guard.negated ? 'not ' : ''}${guard.engines.join(' or ')}`;
    case 'unknown':
      return guard.text;
  }
}
