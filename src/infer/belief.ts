import type { Dialect, Evidence, Migration, Operation, SchemaSnapshot, Verdict, VerdictKind } from '../model/index.js';
import { describeFact, type FactEntry } from './facts.js';
import type { InferenceOptions } from './index.js';
import { interactionGroups } from './interaction.js';
import { judgeMigration, type Judgement, summarise } from './judge.js';
import { type ReplayResult, type Supersession, replay, replayEngine } from './replay.js';
import { finishVerdict, nextOutcome, resolveKind } from './resolve.js';

/*
 * Only the history that ran is evidence. Real histories stop at a failing
 * migration, fail halfway through one, or leave pending migrations in the middle;
 * a migration that did not run must not excuse, rename or re-make anything for the
 * others. So the verdicts are settled against a belief: the set of migrations
 * believed to have run (tracked, plus those the script stamps). Each migration is
 * judged in the history that belief describes with that migration added (its
 * "world"): the believed migrations replayed alone, in order, with it. A new belief
 * is read off the verdicts, and the judging repeats until the belief stops changing.
 *
 * Termination: every migration starts believed (the first round is the replay of
 * the whole folder); a migration that leaves the belief, comes back and leaves
 * again is settled as unknown for good. So each migration changes side at most
 * three times, every round that does not end changes at least one, and there are
 * at most 3n + 1 rounds (two or three in practice).
 */

/** The migrations and everything the judging needs of them, by index in run order. */
export interface History {
  readonly migrations: readonly Migration[];
  /** Operations with raw SQL lowered by the dump's dialect. */
  readonly lowered: readonly (readonly Operation[])[];
  /** The operations of migrations that take part in replays; null for those that cannot (unreadable, other connection). */
  readonly taking: readonly (readonly Operation[] | null)[];
  /** The verdict of a migration that takes no part, or null. */
  readonly excluded: readonly (Judgement | null)[];
  /** Batch of each migration recorded in the tracking table, by name. */
  readonly tracked: ReadonlyMap<string, number>;
  readonly snapshot: SchemaSnapshot;
  readonly dialect: Dialect;
  readonly options: InferenceOptions;
}

/** How many times a migration may change side before it is settled as unknown. */
const MAX_CHANGES = 3;

/**
 * One verdict per migration, in run order, consistent with the belief they imply:
 * the believed migrations (tracked or stamped) and what they need, replayed alone,
 * explain every stamp, and every other migration was judged with only them, and
 * what it needs itself, around it. `everything` is the replay of every migration
 * that takes part (the first belief).
 */
export function settleBelief(history: History, everything: ReplayResult): Verdict[] {
  const count = history.migrations.length;
  const groups = interactionGroups(history.taking);
  const positions = new Map<Operation, number>();
  for (const operations of history.taking) operations?.forEach((operation, position) => positions.set(operation, position));
  const needs = prerequisites(everything, count);
  const needsOf = closureOfOne(needs);
  const changes = new Array<number>(count).fill(0);
  const unsettled = new Set<number>();
  /** Stamps that rest on a migration the believed history shows did not run: the migration they need. */
  const blocked = new Map<number, number>();
  let believed = new Set<number>();
  history.taking.forEach((operations, index) => {
    if (operations !== null) believed.add(index);
  });
  let world = everything;
  for (let round = 0; ; round++) {
    const current = believed;
    const believedWorld = world;
    const isolated = new Map<number, ReplayResult>();
    const worldOf = (index: number): ReplayResult => {
      if (current.has(index)) return believedWorld;
      let own = isolated.get(index);
      if (own === undefined) {
        own = isolatedWorld(index, current, needsOf(index), history, groups, positions);
        isolated.set(index, own);
      }
      return own;
    };
    const verdicts = judgeHistory(history, everything, current, needsOf, worldOf);
    const stamped = new Set<number>();
    verdicts.forEach((verdict, index) => {
      if (history.taking[index] !== null && !unsettled.has(index) && !blocked.has(index) && (verdict.kind === 'tracked' || verdict.stamp)) stamped.add(index);
    });
    // A stamp needs what it needs to have run too. The first round believes every migration,
    // those that did not run included, so only later rounds can show a need did not run.
    for (const index of stamped) {
      const missing = [...needsOf(index)].find((needed) => unsettled.has(needed) || blocked.has(needed) || (round > 0 && current.has(needed) && !stamped.has(needed)));
      if (missing !== undefined) blocked.set(index, missing);
    }
    for (const index of blocked.keys()) stamped.delete(index);
    const next = withNeeds(stamped, needs);
    let changed = false;
    for (let index = 0; index < count; index++) {
      if (current.has(index) === next.has(index)) continue;
      changed = true;
      changes[index]!++;
      if (changes[index]! >= MAX_CHANGES) {
        unsettled.add(index);
        next.delete(index);
      }
    }
    if (!changed) {
      return verdicts.map((verdict, index) => {
        const need = blocked.get(index);
        if (need !== undefined) return notStamped(verdict, history, index, `it needs ${history.migrations[need]!.name}, which the believed history shows did not run (${verdicts[need]!.kind})`);
        return unsettled.has(index) ? notStamped(verdict, history, index, "its evidence depends on whether other migrations ran, and theirs on it; migstamp cannot settle it") : verdict;
      });
    }
    believed = next;
    world = replay(count, replayEngine(history.dialect, history.options.defaultNameOnRename), (index) => (next.has(index) ? history.taking[index]! : null), undefined, positions);
  }
}

/**
 * What each migration needs to have run before it: the migrations whose objects it
 * renames, changes, drops or makes again after they dropped them, read off the
 * replay of the whole folder. Stating a column's definition again (a second change())
 * needs nothing.
 */
function prerequisites(everything: ReplayResult, count: number): readonly (readonly number[])[] {
  const needs: Set<number>[] = Array.from({ length: count }, () => new Set());
  for (let index = 0; index < count; index++) {
    const record = everything.migration(index);
    for (const supersession of record.superseded) if (supersession.needs && supersession.by > index) needs[supersession.by]!.add(index);
    for (const removal of record.removals) if (removal.removed !== null && removal.removed.origin < index) needs[index]!.add(removal.removed.origin);
  }
  return needs.map((set) => [...set]);
}

/** The migrations and, transitively, everything they need. */
function withNeeds(migrations: ReadonlySet<number>, needs: readonly (readonly number[])[]): Set<number> {
  const closed = new Set(migrations);
  const stack = [...migrations];
  while (stack.length > 0) {
    for (const needed of needs[stack.pop()!]!) {
      if (closed.has(needed)) continue;
      closed.add(needed);
      stack.push(needed);
    }
  }
  return closed;
}

/** Each migration with everything it needs, transitively; computed once per migration, on first use. */
function closureOfOne(needs: readonly (readonly number[])[]): (index: number) => ReadonlySet<number> {
  const closures = new Map<number, ReadonlySet<number>>();
  return (index) => {
    let closure = closures.get(index);
    if (closure === undefined) {
      closure = withNeeds(new Set([index]), needs);
      closures.set(index, closure);
    }
    return closure;
  };
}

/**
 * The believed history with one more migration in it, and what that one needs,
 * replayed only where it can interact: operations on the tables its own
 * operations reach (see `interactionGroups`).
 */
function isolatedWorld(
  index: number,
  inWorld: ReadonlySet<number>,
  needed: ReadonlySet<number>,
  history: History,
  groups: ReturnType<typeof interactionGroups>,
  positions: ReadonlyMap<Operation, number>,
): ReplayResult {
  const own = new Set(groups.groupOf[index]!.filter((group) => group >= 0));
  const members = new Set<number>([index]);
  for (const group of own) for (const member of groups.members[group]!) if (inWorld.has(member) || needed.has(member)) members.add(member);
  const order = [...members].sort((a, b) => a - b);
  return replay(
    history.migrations.length,
    replayEngine(history.dialect, history.options.defaultNameOnRename),
    (member) => {
      const operations = history.taking[member];
      if (operations === null || operations === undefined) return null;
      if (member === index) return operations;
      const groupOf = groups.groupOf[member]!;
      return operations.filter((_, position) => own.has(groupOf[position]!));
    },
    order,
    positions,
  );
}

/** Surviving facts by the migration that established them, per replayed world. */
const survivorsByWorld = new WeakMap<ReplayResult, Map<number, FactEntry[]>>();

function survivorsOf(world: ReplayResult, index: number): readonly FactEntry[] {
  let byOrigin = survivorsByWorld.get(world);
  if (byOrigin === undefined) {
    byOrigin = new Map();
    for (const entry of world.facts.values()) {
      const list = byOrigin.get(entry.origin);
      if (list === undefined) byOrigin.set(entry.origin, [entry]);
      else list.push(entry);
    }
    survivorsByWorld.set(world, byOrigin);
  }
  return byOrigin.get(index) ?? [];
}

/**
 * One round of judging: each migration by its own evidence in its world, in run
 * order (so removals can ask whether their creator is proven), then backwards for
 * `implied`, so that a chain (M1 renamed by M2, renamed by M3) resolves from its applied end.
 * `inWorld` holds the believed migrations and what they need.
 */
function judgeHistory(history: History, everything: ReplayResult, inWorld: ReadonlySet<number>, needsOf: (index: number) => ReadonlySet<number>, worldOf: (index: number) => ReplayResult): Verdict[] {
  const { migrations, lowered, excluded, tracked, snapshot, dialect, options } = history;
  const kinds: (VerdictKind | null)[] = migrations.map(() => null);
  const provenThrough = (earlier: number): number => {
    if (kinds[earlier] === 'tracked' || (kinds[earlier] === 'applied' && options.atomicMigrations === true)) return Infinity;
    return judgements[earlier]?.provenStep ?? -1;
  };
  const judgements: Judgement[] = [];
  migrations.forEach((migration, index) => {
    const own = () => {
      const world = worldOf(index);
      const members = inWorld.has(index) ? inWorld : needsOf(index);
      const madeElsewhere = (entry: FactEntry): number | null =>
        (everything.establishers.get(entry.key) ?? []).find((other) => other < index && !inWorld.has(other) && !members.has(other) && kinds[other] !== 'pending') ?? null;
      return judgeMigration(survivorsOf(world, index), world.migration(index), snapshot, dialect, (i) => kinds[i] ?? null, provenThrough, madeElsewhere, options.atomicMigrations === true);
    };
    const judgement = tracked.has(migration.name) ? trackedJudgement(options.batches === false ? null : tracked.get(migration.name)!, excluded[index] === null ? own() : null) : (excluded[index] ?? own());
    kinds[index] = judgement.kind === 'undecided' ? null : judgement.kind;
    judgements.push(judgement);
  });

  // Which migrations made an object again the way an earlier one had, by fact key.
  const reestablishers = new Map<string, number[]>();
  judgements.forEach((judgement, index) => {
    for (const entry of judgement.reestablished) reestablishers.set(entry.key, [...(reestablishers.get(entry.key) ?? []), index]);
  });

  const verdicts: Verdict[] = new Array(migrations.length);
  for (let index = migrations.length - 1; index >= 0; index--) {
    const outside = everything.migration(index).superseded.filter((supersession) => supersession.by > index && !inWorld.has(supersession.by));
    const judgement = mayBeUndone(judgements[index]!, index, outside, everything, worldOf, kinds, migrations);
    const world = worldOf(index);
    const kind = resolveKind(index, judgement, world.migration(index), kinds, lowered[index]!, snapshot, dialect, (key) => (reestablishers.get(key) ?? []).some((later) => later > index));
    kinds[index] = kind.kind;
    const judgedWithout = tracked.has(migrations[index]!.name) ? [] : outside.map((supersession) => outsideNote(supersession, migrations));
    const shown = kind.kind === 'applied' && outside.length > 0 ? { ...kind, reason: `${kind.reason}; judged as it leaves them: ${namesOf(outside, migrations)}, which would change them, not believed to have run` } : kind;
    verdicts[index] = finishVerdict(migrations[index]!, shown, [...kind.evidence, ...judgement.evidence, ...judgedWithout], tracked, lowered[index]!, snapshot, dialect, options, migrations, index);
  }
  return verdicts;
}

/**
 * A migration whose world contradicts it (pending, partial) only where a later
 * migration outside the belief, which may still have run (unknown), would have
 * changed, removed or made again exactly those objects, or rewritten those rows:
 * the contradiction proves nothing, and the migration is unknown.
 */
function mayBeUndone(judgement: Judgement, index: number, outside: readonly Supersession[], everything: ReplayResult, worldOf: (index: number) => ReplayResult, kinds: readonly (VerdictKind | null)[], migrations: readonly Migration[]): Judgement {
  if ((judgement.kind !== 'pending' && judgement.kind !== 'partial') || judgement.missingKeys.length === 0) return judgement;
  const undoers = new Set<number>();
  const explained = (key: string): boolean => {
    const by = outside.find((supersession) => supersession.entry.key === key && kinds[supersession.by] === 'unknown');
    if (by !== undefined) {
      undoers.add(by.by);
      return true;
    }
    // Rows a later data change outside the world may have rewritten.
    const full = everything.facts.get(key);
    return full !== undefined && full.fact.kind === 'row' && full.mode === 'conditional' && worldOf(index).facts.get(key)?.mode !== 'conditional';
  };
  if (!judgement.missingKeys.every(explained)) return judgement;
  const names = undoers.size === 0 ? 'a later data change' : [...undoers].sort((a, b) => a - b).map((undoer) => migrations[undoer]!.name).join(', ');
  return { ...judgement, kind: 'unknown', reason: `what the dump lacks of it, ${names} may have changed again, and whether that ran cannot be told` };
}

function outsideNote(supersession: Supersession, migrations: readonly Migration[]): Evidence {
  const subject = describeFact(supersession.entry.fact);
  return {
    code: 'E-SUPERSEDED',
    status: 'note',
    subject,
    detail: `${subject} would be ${supersession.how} by ${migrations[supersession.by]!.name}, which is not believed to have run, so it is judged as this migration leaves it`,
    source: supersession.at,
    dumpLine: null,
  };
}

function namesOf(supersessions: readonly Supersession[], migrations: readonly Migration[]): string {
  return [...new Set(supersessions.map((supersession) => supersession.by))].sort((a, b) => a - b).map((by) => migrations[by]!.name).join(', ');
}

/**
 * A tracked migration stays tracked, but its effects are still checked: a tracked
 * migration whose objects are missing means the restore lost schema, which the DBA must hear about.
 * `batch` is null where the framework's rows carry none (their 0 would read as a real batch).
 */
function trackedJudgement(batch: number | null, own: Judgement | null): Judgement {
  const tracking: Evidence = { code: 'E-TRACKED', status: 'note', subject: 'tracking row', detail: batch === null ? 'already recorded' : `already recorded with batch ${batch}`, source: null, dumpLine: null };
  const missing = own?.evidence.filter((evidence) => evidence.status === 'missing') ?? [];
  const row = batch === null ? 'a tracking row' : `batch ${batch}`;
  const reason = missing.length === 0 ? row : `${row}, but missing from the dump: ${summarise(missing.map((evidence) => evidence.subject))}`;
  return { kind: 'tracked', reason, evidence: [tracking, ...(own?.evidence ?? [])], preconditions: [], reestablished: [], missingKeys: [], provenStep: -1 };
}

/** A migration whose stamp cannot stand (see `settleBelief`): unknown, with the reason, never stamped on that evidence. */
function notStamped(verdict: Verdict, history: History, index: number, reason: string): Verdict {
  // Stamps on the user's word keep the migration believed in every round, so only evidence stamps get here.
  if (!verdict.stamp) return verdict;
  const note: Evidence = {
    code: 'E-UNSETTLED',
    status: 'note',
    subject: verdict.migration,
    detail: `judged ${verdict.kind}, but ${reason}`,
    source: null,
    dumpLine: null,
  };
  return {
    ...verdict,
    kind: 'unknown',
    reason,
    evidence: [note, ...verdict.evidence],
    stamp: false,
    next: nextOutcome(history.migrations[index]!, history.lowered[index]!, history.snapshot, history.dialect, history.options),
    preconditions: [],
  };
}
