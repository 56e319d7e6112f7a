/**
 * Just enough Markdown for the README tests: fenced blocks with the heading
 * they sit under, inline code spans and link targets outside them, and the
 * rows of a pipe table. The project's Markdown is plain (no nested fences, no
 * HTML), so line-based reading is exact for it.
 */

export interface FencedBlock {
  readonly language: string;
  readonly lines: readonly string[];
  /** The nearest heading above the block, without its `#`s. */
  readonly heading: string;
}

export interface MarkdownParts {
  readonly blocks: readonly FencedBlock[];
  /** Lines outside fenced blocks. */
  readonly prose: readonly string[];
}

export function splitMarkdown(text: string): MarkdownParts {
  const blocks: FencedBlock[] = [];
  const prose: string[] = [];
  let heading = '';
  let open: { language: string; lines: string[]; heading: string } | null = null;
  for (const line of text.split('\n')) {
    const fence = /^```(\S*)\s*$/.exec(line);
    if (open !== null) {
      if (fence !== null && fence[1] === '') {
        blocks.push(open);
        open = null;
      } else open.lines.push(line);
      continue;
    }
    if (fence !== null) {
      open = { language: fence[1]!, lines: [], heading };
      continue;
    }
    const title = /^#+\s+(.*)$/.exec(line);
    if (title !== null) heading = title[1]!.trim();
    prose.push(line);
  }
  return { blocks, prose };
}

/** The text of every inline code span (`` `x` ``) in prose lines. */
export function codeSpans(prose: readonly string[]): string[] {
  return prose.flatMap((line) => [...line.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
}

/** Targets of inline links, `[text](target)`. */
export function linkTargets(prose: readonly string[]): string[] {
  return prose.flatMap((line) => [...line.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!));
}

/**
 * The rows of the pipe table whose header row starts with `firstHeader`, as
 * cells (trimmed), without the header and the `|---|` line.
 */
export function tableRows(prose: readonly string[], firstHeader: string): string[][] {
  const start = prose.findIndex((line) => new RegExp(`^\\|\\s*${firstHeader}\\s*\\|`).test(line));
  if (start < 0) throw new Error(`no table with a first column "${firstHeader}"`);
  const rows: string[][] = [];
  for (const line of prose.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, line.endsWith('|') ? -1 : undefined).split('|').map((cell) => cell.trim()));
  }
  return rows;
}
