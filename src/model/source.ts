/** A place in an input file: a migration source or a dump. Lines are 1-based. */
export interface SourceLocation {
  readonly file: string;
  readonly line: number;
}

/** A finding that does not stop the run: an unparsed statement, a skipped construct. */
export interface Diagnostic {
  /** Stable code, e.g. `W-DUMP-UNPARSED`, so reports and tests can refer to it. */
  readonly code: string;
  /** One sentence in words; a parser's own wording goes in `parserMessage`. */
  readonly message: string;
  readonly at: SourceLocation;
  /** The parser's message behind it, for `--json`: it names tokens, not the problem. */
  readonly parserMessage?: string;
}

export function formatLocation(at: SourceLocation): string {
  return `${at.file}:${at.line}`;
}
