import type { InferenceResult, Verdict, VerdictKind } from '../model/index.js';

export interface StatusOptions {
  /** ANSI colours; only on a terminal and never with NO_COLOR. */
  readonly colour: boolean;
  readonly batch: number;
}

const COLOURS: Record<VerdictKind, string> = {
  tracked: '2',
  applied: '32',
  implied: '32',
  pending: '33',
  partial: '31',
  unknown: '35',
  orphan: '31',
};

/** A table in the spirit of `migrate:status`: migration, verdict, batch, reason, and what migrate would do. */
export function renderStatusTable(result: InferenceResult, options: StatusOptions): string {
  const paint = (kind: VerdictKind, text: string) => (options.colour ? `\u001b[${COLOURS[kind]}m${text}\u001b[0m` : text);
  const nameWidth = Math.min(70, Math.max(9, ...result.verdicts.map((v) => v.migration.length)));
  const lines = [`${'Migration'.padEnd(nameWidth)}  ${'Verdict'.padEnd(8)}  ${'Batch'.padEnd(5)}  Reason`];
  for (const verdict of result.verdicts) {
    const batch = verdict.batch !== null ? String(verdict.batch) : verdict.stamp ? `+${options.batch}` : '';
    lines.push(`${printable(verdict.migration).padEnd(nameWidth)}  ${paint(verdict.kind, verdict.kind.padEnd(8))}  ${batch.padEnd(5)}  ${printable(verdict.reason)}`);
    if (verdict.origin !== undefined && verdict.origin !== 'app') lines.push(`${' '.repeat(nameWidth + 2)}${' '.repeat(17)}from package ${printable(verdict.origin)}`);
    if (verdict.next !== null && verdict.kind !== 'tracked') lines.push(`${' '.repeat(nameWidth + 2)}${' '.repeat(17)}migrate ${printable(verdict.next.detail)}`);
  }
  lines.push('', summaryLine(result.verdicts));
  return `${lines.join('\n')}\n`;
}

/** Counts per verdict and how many rows the script would insert. */
export function summaryLine(verdicts: readonly Verdict[]): string {
  const kinds: VerdictKind[] = ['tracked', 'applied', 'implied', 'pending', 'partial', 'unknown', 'orphan'];
  const counts = kinds.map((kind) => [kind, verdicts.filter((v) => v.kind === kind).length] as const).filter(([, n]) => n > 0);
  const stamped = verdicts.filter((v) => v.stamp).length;
  return `${counts.map(([kind, n]) => `${n} ${kind}`).join(', ')}; ${stamped} to stamp`;
}

/** Terminal-safe text: control characters in names must not move the cursor or recolour the screen. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
