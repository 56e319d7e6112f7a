import type { InferenceResult, Verdict, VerdictKind } from '../model/index.js';
import { wrapText } from './wrap.js';

export interface StatusOptions {
  /** ANSI colours; only on a terminal and never with NO_COLOR. */
  readonly colour: boolean;
  readonly batch: number;
  /** Whether the framework's rows carry batches; without, the column says only whether a row is there or added. Default true. */
  readonly batches?: boolean;
  /** Columns to fit in: the terminal's width, or 80 off a terminal unless COLUMNS says otherwise. */
  readonly width: number;
  /** Rows the script writes, when not one per stamped migration (see summaryLine). */
  readonly rows?: number;
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

const VERDICT_WIDTH = 8;
const BATCH_WIDTH = 5;
const GAP = '  ';
/** The narrowest reason column worth keeping the names in a column of their own. */
const MIN_REASON_WIDTH = 30;

/**
 * A table in the spirit of `migrate:status`: migration, verdict, batch, reason,
 * and what migrate would do, fitted to `options.width` columns. When the names
 * leave the reason less than 30 columns, each migration takes a line of its own
 * (verdict, batch, name) with its reason wrapped beneath, so nothing is indented
 * past the screen's middle.
 */
export function renderStatusTable(result: InferenceResult, options: StatusOptions): string {
  const nameWidth = Math.max(9, ...result.verdicts.map((v) => printable(v.migration).length));
  const columnar = nameWidth + VERDICT_WIDTH + BATCH_WIDTH + 3 * GAP.length + MIN_REASON_WIDTH <= options.width;
  const lines = columnar ? columnarTable(result.verdicts, nameWidth, options) : stackedTable(result.verdicts, options);
  lines.push('', ...wrapText(summaryLine(result.verdicts, options.rows), options.width, '', ''));
  return `${lines.join('\n')}\n`;
}

function columnarTable(verdicts: readonly Verdict[], nameWidth: number, options: StatusOptions): string[] {
  const indent = ' '.repeat(nameWidth + VERDICT_WIDTH + BATCH_WIDTH + 3 * GAP.length);
  const lines = [`${'Migration'.padEnd(nameWidth)}${GAP}${'Verdict'.padEnd(VERDICT_WIDTH)}${GAP}${(options.batches === false ? 'Row' : 'Batch').padEnd(BATCH_WIDTH)}${GAP}Reason`];
  for (const verdict of verdicts) {
    const start = `${printable(verdict.migration).padEnd(nameWidth)}${GAP}${paint(options, verdict.kind, verdict.kind.padEnd(VERDICT_WIDTH))}${GAP}${batchOf(verdict, options).padEnd(BATCH_WIDTH)}${GAP}`;
    // Wrapped as if uncoloured: the colour codes take no columns on the screen.
    const plainStart = `${' '.repeat(nameWidth)}${GAP}${' '.repeat(VERDICT_WIDTH)}${GAP}${' '.repeat(BATCH_WIDTH)}${GAP}`;
    const reason = wrapText(printable(verdict.reason), options.width, plainStart, indent);
    lines.push(`${start}${reason[0]!.slice(plainStart.length)}`, ...reason.slice(1));
    lines.push(...originLines(verdict, options.width, indent), ...nextLines(verdict, options.width, indent));
  }
  return lines;
}

function stackedTable(verdicts: readonly Verdict[], options: StatusOptions): string[] {
  const indent = ' '.repeat(VERDICT_WIDTH + BATCH_WIDTH + 2 * GAP.length);
  const lines = [`${'Verdict'.padEnd(VERDICT_WIDTH)}${GAP}${(options.batches === false ? 'Row' : 'Batch').padEnd(BATCH_WIDTH)}${GAP}Migration, reason`];
  for (const verdict of verdicts) {
    lines.push(`${paint(options, verdict.kind, verdict.kind.padEnd(VERDICT_WIDTH))}${GAP}${batchOf(verdict, options).padEnd(BATCH_WIDTH)}${GAP}${printable(verdict.migration)}`);
    // A tracked migration's reason is its batch, already in the batch column.
    if (verdict.kind !== 'tracked') lines.push(...wrapText(printable(verdict.reason), options.width, indent, indent));
    lines.push(...originLines(verdict, options.width, indent), ...nextLines(verdict, options.width, indent));
  }
  return lines;
}

/** Where a migration comes from, when that is a package rather than the application. */
function originLines(verdict: Verdict, width: number, indent: string): string[] {
  if (verdict.origin === undefined || verdict.origin === 'app') return [];
  return wrapText(`from package ${printable(verdict.origin)}`, width, indent, `${indent}  `);
}

function nextLines(verdict: Verdict, width: number, indent: string): string[] {
  if (verdict.next === null || verdict.kind === 'tracked') return [];
  return wrapText(`migrate ${printable(verdict.next.detail)}`, width, indent, `${indent}  `);
}

function batchOf(verdict: Verdict, options: StatusOptions): string {
  if (options.batches === false) return verdict.batch !== null ? 'yes' : verdict.stamp ? '+' : '';
  return verdict.batch !== null ? String(verdict.batch) : verdict.stamp ? `+${options.batch}` : '';
}

function paint(options: StatusOptions, kind: VerdictKind, text: string): string {
  return options.colour ? `\u001b[${COLOURS[kind]}m${text}\u001b[0m` : text;
}

/**
 * Counts per verdict and what the script would stamp: `…; 18 to stamp`, or
 * `…; 7 to stamp in 1 row` for a tracking table whose one row stands for
 * every migration up to its version.
 *
 * @param rows the rows the script writes; omitted: one per stamped migration
 */
export function summaryLine(verdicts: readonly Verdict[], rows?: number): string {
  const kinds: VerdictKind[] = ['tracked', 'applied', 'implied', 'pending', 'partial', 'unknown', 'orphan'];
  const counts = kinds.map((kind) => [kind, verdicts.filter((v) => v.kind === kind).length] as const).filter(([, n]) => n > 0);
  const stamped = verdicts.filter((v) => v.stamp).length;
  const inRows = rows === undefined || rows === stamped ? '' : ` in ${rows} ${rows === 1 ? 'row' : 'rows'}`;
  return `${counts.map(([kind, n]) => `${n} ${kind}`).join(', ')}; ${stamped} to stamp${inRows}`;
}

/** Terminal-safe text: control characters in names must not move the cursor or recolour the screen. */
function printable(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');
}
