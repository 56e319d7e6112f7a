import type { Evidence, InferenceResult, Precondition, RowChange, RowCondition, TrackingCell, TrackingWrite, Verdict, VerdictKind } from '../../model/index.js';
import { wrapText } from '../wrap.js';
import { type ScriptDialect, type TrackingTarget, commentText, qualifiedName } from './script-dialect.js';

/** An input file named in the script's header, with its content hash. */
export interface InputFile {
  readonly label: string;
  readonly path: string;
  readonly sha256: string;
  /** How to read the places the script cites in it, when that needs saying (an archive's line numbers). */
  readonly note?: string;
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
  /** Warnings the reviewer must see (e.g. a `--batch` at or below the highest), one sentence each. */
  readonly warnings?: readonly string[];
  /** Whether the framework's rows carry batches (default true); without, no batch is named. */
  readonly batches?: boolean;
  /** The migration folders named in the header: a file in one of them is shown by its name in that folder. */
  readonly migrationFolders?: readonly string[];
}

const COUNTED: readonly VerdictKind[] = ['tracked', 'applied', 'implied', 'pending', 'partial', 'unknown', 'orphan'];

/**
 * Comment lines are wrapped to stay under 100 characters, so the script reads in a
 * review tool or a terminal without horizontal scrolling; only a single word
 * longer than that (a deep path) goes past it.
 */
const COMMENT_WIDTH = 99;

/**
 * The stamp script: a header to review, the list of migrations it leaves out and
 * why, one transaction, run-time preconditions, then one idempotent INSERT per
 * stamped migration with its evidence as comments.
 * Deterministic: the same inputs give the same bytes.
 */
export function renderStampScript(dialect: ScriptDialect, input: ScriptInput): string {
  const stamped = input.result.verdicts.filter((verdict) => verdict.stamp);
  const lines: string[] = [...header(dialect, input, input.target.newestOnly === true ? Math.min(stamped.length, 1) : stamped.length), ''];
  const leftOut = leftOutSection(input.result.verdicts, input.batches !== false);
  if (leftOut.length > 0) lines.push(...leftOut, '');
  if (stamped.length === 0) {
    lines.push('-- Nothing to stamp: every migration is tracked, or left for migrate to decide.', '');
    return lines.join('\n');
  }
  lines.push(...dialect.begin(input.target), '');
  lines.push('-- Preconditions: abort, changing nothing, unless the objects that justify the stamps are here.');
  lines.push(...dialect.preconditions(input.target, uniquePreconditions(stamped)), '');
  if (dialect.idCounter && input.target.idColumn) lines.push(...dialect.idCounter(input.target, input.idCounterBehind ?? null), '');
  // Where one row stands for all before it, the newest stamped migration's row is the only one written.
  const newest = stamped[stamped.length - 1]!.migration;
  for (const verdict of stamped) {
    const recordedBy = input.target.newestOnly === true && verdict.migration !== newest ? newest : null;
    lines.push(...insertFor(dialect, input, verdict, recordedBy), '');
  }
  lines.push(...dialect.commit(), '');
  return lines.join('\n');
}

function header(dialect: ScriptDialect, input: ScriptInput, stampedCount: number): string[] {
  const counts = COUNTED.map((kind) => `${input.result.verdicts.filter((v) => v.kind === kind).length} ${kind}`).join(', ');
  const tracking = input.target.schema === null ? input.target.table : `${input.target.schema}.${input.target.table}`;
  return [
    `-- migstamp ${input.toolVersion}: stamp script for ${dialect.name}`,
    '--',
    // The hash on a line of its own, always: the header's shape does not depend on how long a path is.
    ...input.inputs.flatMap((file) => [
      ...comment(`${file.label}: ${file.path}`, '', '  '),
      `--   sha256:${file.sha256}`,
      ...(file.note === undefined ? [] : comment(file.note, '  ', '  ')),
    ]),
    ...comment(`tracking table: ${tracking}`),
    ...(input.trackingRowsKnown === false
      ? [
          '-- THE DUMP HOLDS NO ROWS (schema only): which migrations are already tracked and the',
          `-- highest batch are unknown. Rows below get batch ${input.batch}; each is skipped if already there.`,
        ]
      : input.batches === false
        ? []
        : [`-- highest batch in the dump: ${input.result.highestBatch}; rows below get batch ${input.batch}`]),
    ...comment(`verdicts: ${counts}`, '', '  '),
    `-- rows inserted: ${stampedCount}`,
    ...(input.warnings ?? []).flatMap((warning) => comment(`WARNING: ${warning}`, '', '  ')),
    '--',
    '-- REVIEW BEFORE RUNNING. Each INSERT below states the evidence that justified it.',
    '-- The script runs in one transaction, aborts without changes on a database that does',
    '-- not match the dump, and inserts nothing that is already there (safe to run twice).',
    `-- Run with: ${dialect.runCommand}`,
  ];
}

/**
 * Every migration the script does not stamp, so that the reviewer sees the whole
 * picture in one file: its verdict, why, what migrate will do with it, and what
 * would change that. Tracked ones are listed by batch, names only.
 */
function leftOutSection(verdicts: readonly Verdict[], batches: boolean): string[] {
  const untracked = verdicts.filter((verdict) => !verdict.stamp && verdict.kind !== 'tracked');
  const tracked = verdicts.filter((verdict) => verdict.kind === 'tracked');
  if (untracked.length === 0 && tracked.length === 0) return [];
  const lines = [`-- Not stamped by this script: ${count(untracked.length, 'migration')} without a tracking row, ${count(tracked.length, 'migration')} already tracked.`];
  for (const verdict of untracked) {
    lines.push('--', ...comment(`${verdict.kind}: ${verdict.migration}`));
    lines.push(...comment(verdict.reason, '  ', '    '));
    if (verdict.next !== null) lines.push(...comment(`migrate ${verdict.next.detail}`, '  ', '    '));
    const hint = hintFor(verdict);
    if (hint !== null) lines.push(...hintLines(hint));
  }
  const byBatch = new Map<number | null, string[]>();
  for (const verdict of tracked) {
    const key = batches ? verdict.batch : null;
    byBatch.set(key, [...(byBatch.get(key) ?? []), verdict.migration]);
  }
  for (const [batch, names] of byBatch) {
    lines.push('--', ...comment(`tracked${batch === null ? '' : ` in batch ${batch}`}: ${names.join(', ')}`, '', '    '));
  }
  return lines;
}

/** What the reviewer can do about a migration left out, in migstamp's own terms: words, then a command to copy, if any. */
function hintFor(verdict: Verdict): { readonly words: string; readonly command: string | null } | null {
  switch (verdict.kind) {
    case 'unknown':
      return { words: 'if you know it ran:', command: `--assume-applied ${verdict.migration}` };
    case 'partial':
      return { words: 'finish or undo it by hand first (migstamp diff shows what differs), or:', command: `--assume-applied ${verdict.migration}` };
    case 'orphan':
      return { words: 'a tracking row without a migration file; this script leaves it as it is', command: null };
    case 'pending':
    case 'applied':
    case 'implied':
    case 'tracked':
      return null;
  }
}

function insertFor(dialect: ScriptDialect, input: ScriptInput, verdict: Verdict, recordedBy: string | null): string[] {
  const { target } = input;
  const onTheUsersWord = verdict.evidence.some((evidence) => evidence.code === 'E-ASSUMED' || evidence.code === 'E-UP-TO');
  const missing = onTheUsersWord ? verdict.evidence.filter((evidence) => evidence.status === 'missing') : [];
  const explained = [
    ...comment(`${verdict.kind}: ${verdict.migration}`),
    // Never wrapped: a path cut after "file:" reads worse than one long line.
    ...(verdict.file === null ? [] : [`--   file: ${commentText(shownPath(verdict.file, input.migrationFolders ?? []))}`]),
    ...comment(verdict.reason, '  ', '    '),
    ...(missing.length > 0 ? comment(`WARNING: stamped although the dump lacks ${missing.length === 1 ? 'one of its effects' : `${missing.length} of its effects`}; migrate will never make ${missing.length === 1 ? 'it' : 'them'}`, '  ', '    ') : []),
    ...verdict.evidence.filter(shownInScript).flatMap((evidence) => evidenceComment(evidence, verdict.file)),
  ];
  if (recordedBy !== null) return [...explained, ...comment(`recorded by the row written for ${recordedBy} below, which stands for every migration before it`, '  ', '    ')];
  const write = target.writeFor?.(verdict.migration, input.batch) ?? nameWrite(target, verdict.migration, input.batch);
  const table = qualifiedName(dialect, target.schema, target.table);
  return [
    ...explained,
    ...write.settle.flatMap((change) => settleStatement(dialect, table, change)),
    `INSERT INTO ${table} (${write.cells.map((cell) => dialect.quoteIdentifier(cell.column)).join(', ')})`,
    `SELECT ${write.cells.map((cell) => valueLiteral(dialect, table, cell)).join(', ')}${dialect.constantsFrom}`,
    `WHERE NOT EXISTS (SELECT 1 FROM ${table} WHERE ${conditions(dialect, table, write.presentWhen)});`,
  ];
}

/**
 * The write of a framework whose rows are told apart by the name column alone.
 * "Already there" compares what the row says, which may be more than the name
 * (Knex adds the file's extension).
 */
function nameWrite(target: TrackingTarget, migration: string, batch: number): TrackingWrite {
  const cells = target.rowFor(migration, batch);
  const stated = cells.find((cell) => cell.column === target.nameColumn)?.value ?? { kind: 'text', value: migration };
  return { settle: [], cells, presentWhen: [{ column: target.nameColumn, test: 'equals', value: stated }] };
}

/** A row change before an insert, with its reason as a comment. */
function settleStatement(dialect: ScriptDialect, table: string, change: RowChange): string[] {
  switch (change.kind) {
    case 'update':
      return [
        ...comment(change.why, '  ', '    '),
        `UPDATE ${table} SET ${change.set.map((cell) => `${dialect.quoteIdentifier(cell.column)} = ${valueLiteral(dialect, table, cell)}`).join(', ')} WHERE ${conditions(dialect, table, change.where)};`,
      ];
    case 'delete':
      return [...comment(change.why, '  ', '    '), `DELETE FROM ${table} WHERE ${conditions(dialect, table, change.where)};`];
  }
}

/** Row tests joined by AND; `TRUE`-like when there are none is never wanted, so an empty list is a programming error. */
function conditions(dialect: ScriptDialect, table: string, tests: readonly RowCondition[]): string {
  if (tests.length === 0) throw new Error('a row test list is empty');
  return tests.map((test) => condition(dialect, table, test)).join(' AND ');
}

function condition(dialect: ScriptDialect, table: string, test: RowCondition): string {
  const column = dialect.quoteIdentifier(test.column);
  switch (test.test) {
    case 'equals':
      return `${column} = ${valueLiteral(dialect, table, { column: test.column, value: test.value })}`;
    case 'below':
      return `${column} < ${valueLiteral(dialect, table, { column: test.column, value: test.value })}`;
    case 'atLeast':
      return `${column} >= ${valueLiteral(dialect, table, { column: test.column, value: test.value })}`;
    case 'isNull':
      return `${column} IS NULL`;
    case 'isNotNull':
      return `${column} IS NOT NULL`;
    case 'isTrue':
      return `${column} = ${dialect.booleanLiteral(true)}`;
    case 'isFalse':
      return `${column} = ${dialect.booleanLiteral(false)}`;
  }
}

/**
 * A migration file as the script names it: its name alone when it lies directly
 * in a folder the header names (of two files with one name the framework uses
 * one, and migstamp warns), else the path as given.
 */
function shownPath(file: string, folders: readonly string[]): string {
  for (const folder of folders) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    if (file.startsWith(prefix) && !file.slice(prefix.length).includes('/')) return file.slice(prefix.length);
  }
  return file;
}

/** A tracking value as a literal of the script's engine; `table` is the quoted tracking table, which `following` counts in. */
function valueLiteral(dialect: ScriptDialect, table: string, cell: TrackingCell): string {
  const { value } = cell;
  switch (value.kind) {
    case 'text':
      return dialect.quoteLiteral(value.value);
    case 'integer':
      return String(value.value);
    case 'boolean':
      return dialect.booleanLiteral(value.value);
    case 'now':
      // The SQL standard's spelling, which all three engines accept; each stores it in its own way.
      return 'CURRENT_TIMESTAMP';
    case 'following': {
      const column = dialect.quoteIdentifier(cell.column);
      return `(SELECT COALESCE(MAX(${column}), 0) + 1 FROM ${table})`;
    }
  }
}

/** A hint as comment lines, its command never split: on the words' line when it fits, else on a line of its own. */
function hintLines(hint: { readonly words: string; readonly command: string | null }): string[] {
  if (hint.command === null) return comment(hint.words, '  ', '    ');
  const together = `--   ${commentText(`${hint.words} ${hint.command}`)}`;
  if (together.length <= COMMENT_WIDTH) return [together];
  return [...comment(hint.words, '  ', '    '), `--     ${commentText(hint.command)}`];
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

/** `text` as `--` comment lines under the width, made safe first (see commentText). */
function comment(text: string, first = '', rest = first): string[] {
  return wrapText(commentText(text), COMMENT_WIDTH, `-- ${first}`, `-- ${rest}`);
}

function shownInScript(evidence: Evidence): boolean {
  return evidence.status !== 'note' || evidence.code === 'E-ASSUMED' || evidence.code === 'E-UP-TO' || evidence.code === 'E-OPAQUE' || evidence.code === 'E-DATA-UNCHECKABLE';
}

/** An evidence item as comment lines; its places in brackets are kept together, on the last line or one of their own. */
function evidenceComment(evidence: Evidence, ownFile: string | null): string[] {
  const lines = comment(`${evidence.code} ${evidence.detail}`, '  ', '      ');
  const places = evidencePlaces(evidence, ownFile);
  if (places === '') return lines;
  const last = lines[lines.length - 1]!;
  const bracket = commentText(`[${places}]`);
  if (last.length + 1 + bracket.length <= COMMENT_WIDTH) lines[lines.length - 1] = `${last} ${bracket}`;
  else lines.push(`--       ${bracket}`);
  return lines;
}

/**
 * One evidence item as a line: code, what, where in the dump, where in the
 * migration. A place in the migration's own file `ownFile` (named once above its
 * evidence in the script) is given as its line alone.
 */
export function evidenceLine(evidence: Evidence, ownFile: string | null = null): string {
  const places = evidencePlaces(evidence, ownFile);
  return `${evidence.code} ${evidence.detail}${places === '' ? '' : ` [${places}]`}`;
}

function evidencePlaces(evidence: Evidence, ownFile: string | null): string {
  return [
    evidence.dumpLine !== null ? `dump line ${evidence.dumpLine}` : null,
    evidence.source === null ? null : evidence.source.file === ownFile ? `line ${evidence.source.line}` : `${evidence.source.file}:${evidence.source.line}`,
  ]
    .filter((place): place is string => place !== null)
    .join('; ');
}

function uniquePreconditions(stamped: readonly Verdict[]): Precondition[] {
  const seen = new Map<string, Precondition>();
  for (const verdict of stamped) {
    for (const precondition of verdict.preconditions) seen.set(JSON.stringify(precondition), precondition);
  }
  return [...seen.values()];
}
