/** The state of reading one migration: where it is, what it found. */
import type { Diagnostic, Guard, Operation, SourceLocation } from '../../model/index.js';
import type { Env } from './static-values.js';
import type { Node } from './ts-source.js';

/** Where the walk is: the names bound and the conditions around it. */
export interface Scope {
  readonly env: Env;
  readonly guards: readonly Guard[];
  /** How many helper calls deep the walk is (see INLINE_DEPTH in statements.ts); 0 in up() itself. */
  readonly depth?: number;
}

/** Operations without their location and guards, which the reading adds. */
export type OperationBody = Operation extends infer O ? (O extends Operation ? Omit<O, 'at' | 'guards'> : never) : never;

export class Reading {
  readonly operations: Operation[] = [];
  readonly warnings: Diagnostic[] = [];

  /** `files`: in-memory tree path → file on disk, for nodes of the modules the migration imports. */
  constructor(
    readonly file: string,
    private readonly files: ReadonlyMap<string, string> = new Map(),
  ) {}

  at(node: Node): SourceLocation {
    return { file: this.files.get(node.getSourceFile().getFilePath()) ?? this.file, line: node.getStartLineNumber() };
  }

  push(node: Node, scope: Scope, body: OperationBody): void {
    this.operations.push({ ...body, at: this.at(node), guards: scope.guards } as Operation);
  }

  opaque(node: Node, scope: Scope, reason: string): void {
    this.push(node, scope, { kind: 'opaque', reason });
  }
}
