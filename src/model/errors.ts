import type { SourceLocation } from './source.js';

/**
 * Bad input: a file that is missing, unreadable, truncated or not what it claims.
 * The CLI prints `message` (prefixed with the location) as one sentence and exits 2.
 */
export class InputError extends Error {
  readonly at: SourceLocation | null;

  constructor(message: string, at: SourceLocation | null = null) {
    super(message);
    this.name = 'InputError';
    this.at = at;
  }
}

/** A command line that cannot be carried out (unknown option, conflicting flags). Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
