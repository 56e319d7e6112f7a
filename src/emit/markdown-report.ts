import type { Evidence, InferenceResult, Verdict, VerdictKind } from '../model/index.js';
import type { InputFile } from './sql/index.js';
import { evidenceLine } from './sql/index.js';
import { summaryLine } from './status-table.js';

/** What the runbook page says; everything it shows comes from here, so the same inputs give the same bytes. */
export interface MarkdownReportInput {
  readonly toolVersion: string;
  readonly dialect: string;
  readonly inputs: readonly InputFile[];
  /** The tracking table as the script names it (`public.migrations`). */
  readonly trackingTable: string;
  readonly batch: number;
  /** Whether the framework's rows carry batches; without, the table says whether a row is there or added. */
  readonly batches: boolean;
  /** False when the dump holds no rows: the tracked set and the highest batch are unknown. */
  readonly trackingRowsKnown: boolean;
  readonly result: InferenceResult;
  /** Warnings migstamp printed, one sentence each, without the `warning:` prefix. */
  readonly warnings: readonly string[];
  /** The stamp script for the same inputs: where it was written (null: not written) and its SHA-256 (hex). */
  readonly script: { readonly path: string | null; readonly sha256: string; readonly rows: number };
  /** Shell commands: `apply` runs a script at FILE (the dialect's client), `status` is the framework's own status command. */
  readonly commands: { readonly apply: string; readonly status: string; readonly migrate: string };
}

/**
 * One Markdown page for a merge request or a change ticket (`migstamp report`):
 * the inputs and their hashes, a table of every migration with its verdict and
 * what migrate does next, the evidence for each stamped row, why each other one
 * is left out and what to do about it, and the commands to apply and verify.
 * GitHub-flavoured Markdown; every table cell is escaped, so names and reasons
 * never add or lose a column.
 */
export function renderMarkdownReport(input: MarkdownReportInput): string {
  const { result } = input;
  const stamped = result.verdicts.filter((verdict) => verdict.stamp);
  const leftOut = result.verdicts.filter((verdict) => !verdict.stamp && verdict.kind !== 'tracked');
  const lines: string[] = [
    `# migstamp report: ${title(stamped.length, input.script.rows)}`,
    '',
    `Made by migstamp ${text(input.toolVersion)} for ${text(input.dialect)}. ${text(summaryLine(result.verdicts, input.script.rows))}.`,
    '',
    '## Inputs',
    '',
    '| input | path | SHA-256 |',
    '|---|---|---|',
    ...input.inputs.map((file) => row([text(file.label), code(file.path), code(file.sha256)])),
    row(['stamp script', input.script.path === null ? `not written (what \`migstamp sql\` prints for these inputs)` : code(input.script.path), code(input.script.sha256)]),
    '',
    `Tracking table ${code(input.trackingTable)}; ${trackingSentence(input)}.`,
    '',
  ];
  if (input.warnings.length > 0) lines.push('## Warnings', '', ...input.warnings.map((warning) => `- ${leading(warning)}`), '');
  lines.push(
    '## Every migration',
    '',
    `| migration | verdict | ${input.batches ? 'batch' : 'row'} | what migrate does next |`,
    '|---|---|---|---|',
    ...result.verdicts.map((verdict) => row([code(verdict.migration), text(verdict.kind), batchCell(verdict, input), text(nextStep(verdict))])),
    '',
  );
  if (stamped.length > 0) {
    lines.push('## Why each stamped migration ran', '');
    for (const verdict of stamped) {
      lines.push(`### ${code(verdict.migration)}: ${text(verdict.kind)}`, '', `${leading(verdict.reason)}.`, '');
      const shown = verdict.evidence.filter((evidence) => evidence.status !== 'note' || evidence.code === 'E-ASSUMED' || evidence.code === 'E-UP-TO');
      if (verdict.file !== null) lines.push(`File ${code(verdict.file)}; places below are its lines and the dump's.`, '');
      lines.push(...shown.map((evidence) => `- ${evidenceItem(evidence, verdict.file)}`), '');
    }
  }
  if (leftOut.length > 0) {
    lines.push('## Left out of the script, and what to do', '');
    for (const verdict of leftOut) {
      lines.push(`### ${code(verdict.migration)}: ${text(verdict.kind)}`, '', `${leading(verdict.reason)}.`, '');
      if (verdict.next !== null) lines.push(`Next migrate: ${text(verdict.next.detail)}.`, '');
      lines.push(`To do: ${whatToDo(verdict, input.commands.migrate)}`, '');
    }
  }
  const file = input.script.path ?? 'stamp.sql';
  lines.push(
    '## Apply and verify',
    '',
    input.script.path === null ? `Write the script with \`migstamp sql … -o ${file}\`, check that its SHA-256 is the one above, then:` : `Check that ${code(file)} still has the SHA-256 above, then:`,
    '',
    '```sh',
    ...(input.script.rows > 0 ? [input.commands.apply.replace('FILE', shellWord(file))] : []),
    input.commands.status,
    '```',
    '',
    input.script.rows > 0
      ? `The status command must then list as pending exactly the ${leftOut.filter((verdict) => verdict.kind !== 'orphan').length} migrations left out above.`
      : 'Nothing is stamped; the status command lists as pending the migrations left out above.',
    '',
  );
  return lines.join('\n');
}

function batchCell(verdict: Verdict, input: MarkdownReportInput): string {
  if (!input.batches) return verdict.batch !== null ? 'there' : verdict.stamp ? 'added' : '';
  if (verdict.batch !== null) return String(verdict.batch);
  return verdict.stamp ? `${input.batch} (stamped)` : '';
}

function trackingSentence(input: MarkdownReportInput): string {
  if (!input.trackingRowsKnown) return `the dump holds no rows (schema only): the tracked set${input.batches ? ` and the highest batch are unknown; stamped rows get batch ${input.batch}` : ' is unknown'}`;
  return input.batches ? `highest batch in the dump ${input.result.highestBatch}, so stamped rows get batch ${input.batch}` : 'its rows carry no batch';
}

function nextStep(verdict: Verdict): string {
  if (verdict.kind === 'tracked') return 'nothing: already recorded';
  if (verdict.stamp) return 'nothing: the script records it';
  return verdict.next === null ? 'nothing' : verdict.next.detail;
}

function whatToDo(verdict: Verdict, migrate: string): string {
  const kind: VerdictKind = verdict.kind;
  switch (kind) {
    case 'pending':
      return `nothing; ${code(migrate)} runs it.`;
    case 'unknown':
      return `if you know it ran, stamp it with ${code(`--assume-applied ${verdict.migration}`)}; otherwise ${code(migrate)} runs it.`;
    case 'partial':
      return `compare with ${code('migstamp diff')}, finish or undo the change by hand, then run migstamp again (or ${code(`--assume-applied ${verdict.migration}`)} if the difference is intended).`;
    case 'orphan':
      return 'nothing for the script; a row without a migration file is left as it is.';
    case 'tracked':
    case 'applied':
    case 'implied':
      return 'nothing.';
  }
}

function evidenceItem(evidence: Evidence, ownFile: string | null): string {
  const line = evidenceLine(evidence, ownFile);
  const bracket = line.lastIndexOf(' [');
  if (bracket < 0 || !line.endsWith(']')) return leading(line);
  return `${leading(line.slice(0, bracket))} (${line
    .slice(bracket + 2, -1)
    .split('; ')
    .map((place) => (place.startsWith('dump line ') ? text(place) : code(place)))
    .join('; ')})`;
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(' | ')} |`;
}

/**
 * Text as inline Markdown that renders as itself, placed after other text on its
 * line: control characters become spaces (a line break would end a table row);
 * characters that start inline syntax anywhere are backslash-escaped (the pipe
 * too: a cell boundary), an underscore only where it could open or close
 * emphasis (not inside a word, so `work_items` stays readable in the page's source).
 */
export function text(value: string): string {
  return oneLine(value)
    .replace(/[\\`*[\]<>|~&]/g, (character) => `\\${character}`)
    .replace(/_/g, (underscore, offset: number, whole: string) => (/[\p{L}\p{N}]/u.test(whole[offset - 1] ?? '') && /[\p{L}\p{N}]/u.test(whole[offset + 1] ?? '') ? underscore : '\\_'));
}

/** `text` at the start of a line or list item: a first character that would start a heading, list or quote is escaped too. */
export function leading(value: string): string {
  const escaped = text(value).replace(/^(\d+)([.)])/, '$1\\$2');
  return /^[#+\-=]/.test(escaped) ? `\\${escaped}` : escaped;
}

/**
 * A code span that shows `value` exactly: the fence is one backtick longer than
 * the longest run inside, padded when the value starts or ends with a backtick.
 */
export function code(value: string): string {
  const plain = oneLine(value);
  // Inside a table cell a pipe needs a backslash even in a code span, and outside one that
  // backslash would show: a value with a pipe is written as escaped text, which is right in both.
  if (plain.includes('|')) return text(plain);
  const longest = Math.max(0, ...(plain.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = plain.startsWith('`') || plain.endsWith('`') || (plain.startsWith(' ') && plain.endsWith(' ') && plain.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${plain}${pad}${fence}`;
}

function oneLine(value: string): string {
  return value.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, ' ');
}

/** A file name as one shell word: single-quoted unless it is plainly safe. */
function shellWord(value: string): string {
  return /^[\w./-]+$/.test(value) ? value : `'${value.replace(/'/g, "'\\''")}'`;
}

/** `18 rows to stamp`, or `7 migrations to stamp in 1 row` where one row stands for several. */
function title(migrations: number, rows: number): string {
  if (rows === 0) return 'nothing to stamp';
  const inRows = `${rows} ${rows === 1 ? 'row' : 'rows'}`;
  return migrations === rows ? `${inRows} to stamp` : `${migrations} migrations to stamp in ${inRows}`;
}
