import type { Evidence, InferenceResult, Verdict } from '../model/index.js';

/** What a stamp after a migration that has not run does (TrackingTableSpec.afterGap). */
export type GapRule = (gap: string) => { readonly consequence: string; readonly liftedByOutOfOrder: boolean };

/**
 * Keeps the script's stamps to an unbroken run of the history, for runners that
 * read a row after a gap as "everything before it ran" (Drizzle, golang-migrate)
 * or refuse it (Flyway): walking in run order, once a migration is neither
 * tracked nor stamped, every later stamp is withdrawn. Its verdict keeps its kind
 * (the evidence still says it ran) and says why it is left out; `migrate` runs it
 * again after the gap, its effects already there. `outOfOrder` lifts a rule the
 * runner lifts with its own setting (Flyway's `outOfOrder`).
 */
export function holdStampsAfterGap(result: InferenceResult, rule: GapRule | undefined, outOfOrder: boolean): InferenceResult {
  if (rule === undefined) return result;
  let gap: Verdict | null = null;
  const verdicts = result.verdicts.map((verdict): Verdict => {
    if (verdict.kind === 'orphan') return verdict;
    if (gap === null) {
      if (verdict.kind !== 'tracked' && !verdict.stamp) gap = verdict;
      return verdict;
    }
    if (!verdict.stamp) return verdict;
    const { consequence, liftedByOutOfOrder } = rule(gap.migration);
    if (outOfOrder && liftedByOutOfOrder) return verdict;
    const before = `${gap.migration}, before it, is ${gap.kind} and gets no row`;
    const note: Evidence = { code: 'E-AFTER-GAP', status: 'note', subject: gap.migration, detail: `${before}: a row for this one ${consequence}`, source: null, dumpLine: null };
    return {
      ...verdict,
      reason: `${verdict.kind}, but not stamped: ${before}, and a row for this one ${consequence}`,
      evidence: [note, ...verdict.evidence],
      stamp: false,
      next: { kind: 'unpredictable', detail: `runs it again after ${gap.migration}, over effects that are already there` },
      preconditions: [],
    };
  });
  return { ...result, verdicts };
}
