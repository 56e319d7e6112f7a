import type { Diagnostic, InferenceResult, TableOrigin, UnclaimedTable, VerdictKind } from '../model/index.js';
import type { InputFile } from './sql/index.js';

export interface JsonReportInput {
  readonly toolVersion: string;
  readonly dialect: string;
  readonly inputs: readonly InputFile[];
  readonly trackingTable: string;
  readonly batch: number;
  /** False when the dump holds no rows (schema only): the tracked set and the highest batch are unknown. */
  readonly trackingRowsKnown: boolean;
  readonly result: InferenceResult;
  /** The exit code's reason: rows to stamp, or verdicts that need a look. */
  readonly attention: boolean;
  readonly warnings: readonly Diagnostic[];
  /** Tables of the dump that no migration believed to have run makes, with the package known to make each. */
  readonly unclaimed: readonly (UnclaimedTable & { readonly origin: TableOrigin | null })[];
}

/** The machine-readable report (`status --json`): stable keys, verdicts in run order. */
export function renderJsonReport(input: JsonReportInput): string {
  const report = {
    tool: 'migstamp',
    version: input.toolVersion,
    dialect: input.dialect,
    inputs: input.inputs,
    trackingTable: input.trackingTable,
    highestBatch: input.trackingRowsKnown ? input.result.highestBatch : null,
    batch: input.batch,
    summary: summary(input),
    verdicts: input.result.verdicts.map((verdict) => ({
      migration: verdict.migration,
      file: verdict.file,
      // Only when a project was read, so reports made from folders alone keep their shape.
      ...(verdict.origin === undefined ? {} : { origin: verdict.origin }),
      verdict: verdict.kind,
      stamp: verdict.stamp,
      batch: verdict.batch,
      reason: verdict.reason,
      next: verdict.next,
      evidence: verdict.evidence,
    })),
    unclaimedTables: input.unclaimed,
    warnings: input.warnings,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

/** `status --check --json`: the summary alone, in the report's keys. */
export function renderJsonSummary(input: JsonReportInput): string {
  const report = {
    tool: 'migstamp',
    version: input.toolVersion,
    dialect: input.dialect,
    trackingTable: input.trackingTable,
    highestBatch: input.trackingRowsKnown ? input.result.highestBatch : null,
    batch: input.batch,
    summary: summary(input),
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}

const KINDS: readonly VerdictKind[] = ['tracked', 'applied', 'implied', 'pending', 'partial', 'unknown', 'orphan'];

/** Counts per verdict (every kind, zeros included), rows the script would insert, and whether anything needs attention. */
function summary(input: JsonReportInput) {
  const verdicts = input.result.verdicts;
  return {
    verdicts: Object.fromEntries(KINDS.map((kind) => [kind, verdicts.filter((verdict) => verdict.kind === kind).length])),
    toStamp: verdicts.filter((verdict) => verdict.stamp).length,
    attention: input.attention,
  };
}
