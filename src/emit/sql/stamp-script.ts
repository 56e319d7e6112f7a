import type { Evidence, InferenceResult, Precondition, Verdict, VerdictKind } from '../../model/index.js';
import { type ScriptDialect, type TrackingTarget, commentText, qualifiedName } from './script-dialect.js';

/** An input file named in the script's header, with its content hash. */
export interface InputFile {
  readonly label: string;
  readonly path: string;
  readonly sha256: string;
}

export interface ScriptInput {
  readonly toolVersion: string;
  readonly inputs: readonly InputFile[];
  readonly target: TrackingTarget;
  readonly result: InferenceResult;
  readonly batch: number;
  /** False when the dump holds no rows (schema only): the tracked set and the highest batch are unknown. Default true. */
  readonly trackingRowsKnown?: boolean;
  /** What the dump showed of the tracking table's id counter lagging its rows, or null/absent. */
  readonly idCounterBehind?: string | null;
}

const COUNTED: readonly VerdictKind[] = ['tracked', 'applied', 'implied', 'pending', 'partial', 'unknown', 'orphan'];

/**
 * The stamp script: a header to review, one transaction, run-time preconditions,
 * then one idempotent INSERT per stamped migration with its evidence as comments.
 * Deterministic: the same inputs give the same bytes.
 */
export function renderStampScript(dialect: ScriptDialect, input: ScriptInput): string {
  const stamped = input.result.verdicts.filter((verdict) => verdict.stamp);
  const lines: string[] = [...header(dialect, input, stamped.length), ''];
  if (stamped.length === 0) {
    lines.push('-- Nothing to stamp: every migration is tracked, or left for migrate to decide.', '');
    return lines.join('\n');
  }
  lines.push(...dialect.begin(input.target), '');
  lines.push('-- Preconditions: abort, changing nothing, unless the objects that justify the stamps are here.');
  lines.push(...dialect.preconditions(input.target, uniquePreconditions(stamped)), '');
  if (dialect.idCounter && input.target.idColumn) lines.push(...dialect.idCounter(input.target, input.idCounterBehind ?? null), '');
  for (const verdict of stamped) lines.push(...insertFor(dialect, input, verdict), '');
  lines.push(...dialect.commit(), '');
  return lines.join('\n');
}

function header(dialect: ScriptDialect, input: ScriptInput, stampedCount: number): string[] {
  const counts = COUNTED.map((kind) => `${input.result.verdicts.filter((v) => v.kind === kind).length} ${kind}`).join(', ');
  const tracking = input.target.schema === null ? input.target.table : `${input.target.schema}.${input.target.table}`;
  return [
    `-- migstamp ${input.toolVersion}: stamp script for ${dialect.name}`,
    '--',
    ...input.inputs.map((file) => commentText(`-- ${file.label}: ${file.path}  sha256:${file.sha256}`)),
    commentText(`-- tracking table: ${tracking}`),
    ...(input.trackingRowsKnown === false
      ? [
          '-- THE DUMP HOLDS NO ROWS (schema only): which migrations are already tracked and the',
          `-- highest batch are unknown. Rows below get batch ${input.batch}; each is skipped if already there.`,
        ]
      : [`-- highest batch in the dump: ${input.result.highestBatch}; rows below get batch ${input.batch}`]),
    `-- verdicts: ${counts}`,
    `-- rows inserted: ${stampedCount}`,
    '--',
    '-- REVIEW BEFORE RUNNING. Each INSERT below states the evidence that justified it.',
    '-- The script runs in one transaction, aborts without changes on a database that does',
    '-- not match the dump, and inserts nothing that is already there (safe to run twice).',
    `-- Run with: ${dialect.runCommand}`,
  ];
}

function insertFor(dialect: ScriptDialect, input: ScriptInput, verdict: Verdict): string[] {
  const { target } = input;
  const table = qualifiedName(dialect, target.schema, target.table);
  const nameColumn = dialect.quoteIdentifier(target.nameColumn);
  const batchColumn = dialect.quoteIdentifier(target.batchColumn);
  const name = dialect.quoteLiteral(verdict.migration);
  return [
    commentText(`-- ${verdict.kind}: ${verdict.migration}`),
    commentText(`--   ${verdict.reason}`),
    ...verdict.evidence.filter(shownInScript).map((evidence) => commentText(`--   ${evidenceLine(evidence)}`)),
    `INSERT INTO ${table} (${nameColumn}, ${batchColumn})`,
    `SELECT ${name}, ${input.batch}${dialect.constantsFrom}`,
    `WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE ${nameColumn} = ${name});`,
  ];
}

function shownInScript(evidence: Evidence): boolean {
  return evidence.status !== 'note' || evidence.code === 'E-ASSUMED' || evidence.code === 'E-UP-TO' || evidence.code === 'E-OPAQUE' || evidence.code === 'E-DATA-UNCHECKABLE';
}

/** One evidence item as a line: code, what, where in the dump, where in the migration. */
export function evidenceLine(evidence: Evidence): string {
  const places = [
    evidence.dumpLine !== null ? `dump line ${evidence.dumpLine}` : null,
    evidence.source !== null ? `${evidence.source.file}:${evidence.source.line}` : null,
  ].filter((place): place is string => place !== null);
  return `${evidence.code} ${evidence.detail}${places.length > 0 ? ` [${places.join('; ')}]` : ''}`;
}

function uniquePreconditions(stamped: readonly Verdict[]): Precondition[] {
  const seen = new Map<string, Precondition>();
  for (const verdict of stamped) {
    for (const precondition of verdict.preconditions) seen.set(JSON.stringify(precondition), precondition);
  }
  return [...seen.values()];
}
