import type { Evidence, InferenceResult, Verdict } from '../model/index.js';

/** What a stamp after a migration that has not run does (TrackingTableSpec.afterGap). */
export type GapRule = (gap: string) => { readonly consequence: string; readonly liftedByOutOfOrder: boolean };

/**
 * Keeps the script's stamps to an unbroken run of the history, for runners that
 * read a row after a gap as "everything before it ran" (Drizzle, golang-migrate)
 * or refuse it (Flyway): the gap is the first migration, in the order the
 * runner compares with its newest row, that is neither tracked nor stamped,
 * and every stamp at or past it in that order is withdrawn. Its verdict keeps
 * its kind (the evidence still says it ran) and says why it is left out;
 * `migrate` runs it again after the gap, its effects already there.
 * `outOfOrder` lifts a rule the runner lifts with its own setting (Flyway's
 * `outOfOrder`).
 *
 * @param orderOf a migration's place in the runner's order (Drizzle's journal
 *   `when`, which a journal may hold out of order); omitted: the verdicts' order
 */
export function holdStampsAfterGap(result: InferenceResult, rule: GapRule | undefined, outOfOrder: boolean, orderOf?: (migration: string) => number): InferenceResult {
  if (rule === undefined) return result;
  const place = (verdict: Verdict, index: number): number => (orderOf === undefined ? index : orderOf(verdict.migration));
  let gap: Verdict | null = null;
  let gapPlace = Infinity;
  result.verdicts.forEach((verdict, index) => {
    if (verdict.kind === 'orphan' || verdict.kind === 'tracked' || verdict.stamp) return;
    const at = place(verdict, index);
    if (at < gapPlace) {
      gap = verdict;
      gapPlace = at;
    }
  });
  if (gap === null) return result;
  const { migration: gapName, kind: gapKind } = gap as Verdict;
  const gapIndex = result.verdicts.indexOf(gap);
  const verdicts = result.verdicts.map((verdict, index): Verdict => {
    if (!verdict.stamp || verdict.kind === 'orphan' || place(verdict, index) < gapPlace) return verdict;
    const { consequence, liftedByOutOfOrder } = rule(gapName);
    if (outOfOrder && liftedByOutOfOrder) return verdict;
    const where = gapIndex < index ? 'before it' : 'listed after it but before it in the order the runner compares';
    const before = `${gapName}, ${where}, is ${gapKind} and gets no row`;
    const note: Evidence = { code: 'E-AFTER-GAP', status: 'note', subject: gapName, detail: `${before}: a row for this one ${consequence}`, source: null, dumpLine: null };
    return {
      ...verdict,
      reason: `${verdict.kind}, but not stamped: ${before}, and a row for this one ${consequence}`,
      evidence: [note, ...verdict.evidence],
      stamp: false,
      next: { kind: 'unpredictable', detail: `runs it again${gapIndex < index ? ` after ${gapName}` : ''}, over effects that are already there` },
      preconditions: [],
    };
  });
  return { ...result, verdicts };
}
