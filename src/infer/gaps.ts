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
  // The gap: the verdict without a row that comes first in the runner's order.
  let gapIndex = -1;
  result.verdicts.forEach((verdict, index) => {
    if (verdict.kind === 'orphan' || verdict.kind === 'tracked' || verdict.stamp) return;
    if (gapIndex < 0 || place(verdict, index) < place(result.verdicts[gapIndex]!, gapIndex)) gapIndex = index;
  });
  if (gapIndex < 0) return result;
  const gap = result.verdicts[gapIndex]!;
  const gapPlace = place(gap, gapIndex);
  const { consequence, liftedByOutOfOrder } = rule(gap.migration);
  if (outOfOrder && liftedByOutOfOrder) return result;
  const verdicts = result.verdicts.map((verdict, index): Verdict => {
    if (!verdict.stamp || verdict.kind === 'orphan' || place(verdict, index) < gapPlace) return verdict;
    const where = gapIndex < index ? 'before it' : 'listed after it but before it in the order the runner compares';
    const before = `${gap.migration}, ${where}, is ${gap.kind} and gets no row`;
    const note: Evidence = { code: 'E-AFTER-GAP', status: 'note', subject: gap.migration, detail: `${before}: a row for this one ${consequence}`, source: null, dumpLine: null };
    return {
      ...verdict,
      reason: `${verdict.kind}, but not stamped: ${before}, and a row for this one ${consequence}`,
      evidence: [note, ...verdict.evidence],
      stamp: false,
      next: { kind: 'unpredictable', detail: `runs it again${gapIndex < index ? ` after ${gap.migration}` : ''}, over effects that are already there` },
      preconditions: [],
    };
  });
  return { ...result, verdicts };
}
