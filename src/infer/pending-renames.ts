import type { VerdictKind } from '../model/index.js';
import type { FactEntry } from './facts.js';

/*
 * The replay leaves every fact under the name the last migration gave it. When a
 * later migration that renamed a table has not run, the dump holds the facts
 * under the names from before that rename: a migration that created
 * `playlist_collaborators` is then judged by `playlist_collaborators`, not by the
 * `playlist_user` a pending migration would have made of it.
 */

/**
 * The entry as the dump shows it if the pending renames that moved it never ran:
 * the entry itself when no later pending migration moved it, or null when the
 * names before the renames cannot be trusted as evidence (a rename that is neither
 * pending nor proven comes between, or another migration also made an object under
 * the old name, which its presence would then not tell apart).
 */
export function beforePendingRenames(entry: FactEntry, index: number, kinds: readonly (VerdictKind | null)[], establishers: ReadonlyMap<string, readonly number[]>): FactEntry | null {
  let kept = entry.moves.length;
  while (kept > 0 && isLaterPending(entry.moves[kept - 1]!.by, index, kinds)) kept--;
  if (kept === entry.moves.length) return entry;
  const earlierMoves = entry.moves.slice(0, kept);
  // The renames still in effect must have run (or be this migration's own), or the old name is not where the fact stood.
  if (!earlierMoves.every((move) => move.by <= index || isProven(kinds[move.by] ?? null))) return null;
  const back = entry.moves[kept]!;
  const ours = new Set([entry.origin, ...earlierMoves.map((move) => move.by)]);
  if ((establishers.get(back.fromKey) ?? []).some((establisher) => !ours.has(establisher))) return null;
  return { ...entry, key: back.fromKey, fact: back.from, prior: back.prior, moves: earlierMoves };
}

/** The migrations whose pending renames the facts of a migration were judged without, by index. */
export function pendingRenamers(entries: readonly FactEntry[], index: number, kinds: readonly (VerdictKind | null)[]): number[] {
  const renamers = new Set<number>();
  for (const entry of entries) {
    for (const move of entry.moves) if (isLaterPending(move.by, index, kinds)) renamers.add(move.by);
  }
  return [...renamers].sort((a, b) => a - b);
}

function isLaterPending(by: number, index: number, kinds: readonly (VerdictKind | null)[]): boolean {
  return by > index && kinds[by] === 'pending';
}

function isProven(kind: VerdictKind | null): boolean {
  return kind === 'tracked' || kind === 'applied' || kind === 'implied';
}
