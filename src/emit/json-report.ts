import type { Diagnostic, InferenceResult } from '../model/index.js';
import type { InputFile } from './sql/index.js';

export interface JsonReportInput {
  readonly toolVersion: string;
  readonly dialect: string;
  readonly inputs: readonly InputFile[];
  readonly trackingTable: string;
  readonly batch: number;
  readonly result: InferenceResult;
  readonly warnings: readonly Diagnostic[];
}

/** The machine-readable report (`status --json`): stable keys, verdicts in run order. */
export function renderJsonReport(input: JsonReportInput): string {
  const report = {
    tool: 'migstamp',
    version: input.toolVersion,
    dialect: input.dialect,
    inputs: input.inputs,
    trackingTable: input.trackingTable,
    highestBatch: input.result.highestBatch,
    batch: input.batch,
    verdicts: input.result.verdicts.map((verdict) => ({
      migration: verdict.migration,
      file: verdict.file,
      verdict: verdict.kind,
      stamp: verdict.stamp,
      batch: verdict.batch,
      reason: verdict.reason,
      next: verdict.next,
      evidence: verdict.evidence,
    })),
    warnings: input.warnings,
  };
  return `${JSON.stringify(report, null, 2)}\n`;
}
