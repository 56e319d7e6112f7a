/**
 * The state one migration's analysis carries: where operations and warnings go,
 * what the migration class declares, and the variables in scope.
 */
import type { Diagnostic, Guard, Operation, SourceLocation } from '../../model/index.js';
import { lineOf, sourceOf, type PhpNode } from './php-ast.js';
import type { NameScope } from './class-names.js';
import type { StaticValue } from './php-values.js';
import type { LaravelProject } from './project/project-context.js';

/** What the migration class declares that `up()` may refer to. */
export interface ClassInfo {
  readonly name: string | null;
  /** Class constants by name, as unevaluated initialiser nodes. */
  readonly constants: ReadonlyMap<string, PhpNode>;
  /**
   * Property initialisers by name. A property that another method assigns (a constructor
   * reading config) maps to null: its initial literal would be a guess.
   */
  readonly properties: ReadonlyMap<string, PhpNode | null>;
  readonly methods: ReadonlyMap<string, PhpNode>;
  /** The methods `parent::name()` reaches: those of the class's ancestors. */
  readonly parentMethods: ReadonlyMap<string, PhpNode>;
}

/** Variables in scope and the conditions the current statement runs under. */
export interface Scope {
  /** Local variables (`$name`) and assigned properties (`this->name`). */
  readonly env: Map<string, StaticValue>;
  readonly guards: readonly Guard[];
}

/** Distributes `Omit` over the Operation union so each kind keeps its own fields. */
export type OperationBody = Operation extends infer O ? (O extends Operation ? Omit<O, 'guards' | 'at'> : never) : never;

// Limits that keep adversarial input (deep recursion, huge literal loops) bounded.
const MAX_STEPS = 100_000;
const MAX_INLINE_DEPTH = 8;

/** Mutable collector for one migration file. */
export class Analysis {
  readonly operations: Operation[] = [];
  readonly warnings: Diagnostic[] = [];
  connection: string | null = null;
  /** `Schema::defaultStringLength(n)` in the migration itself changes later `string()` columns. */
  defaultStringLength = 255;
  /** `Schema::morphUsingUuids()` / `morphUsingUlids()` change what `morphs()` creates. */
  morphKeyType: 'int' | 'uuid' | 'ulid' = 'int';
  inlineDepth = 0;
  /** Nodes of inherited methods (a base class, a trait), with the file they come from. */
  readonly inherited = new WeakMap<PhpNode, { readonly file: string; readonly source: string }>();
  /** The migration file's namespace and imports, to resolve class names it writes (models). */
  names: NameScope | null = null;
  /** Why an ancestor of the migration class could not be read: the reason for calls into it. */
  missingAncestry: readonly string[] = [];
  /** Constants being evaluated, to stop `const A = self::B; const B = self::A;`. */
  readonly evaluating = new Set<string>();
  /**
   * What a project lookup (`config()`, `env()`, a class) could not settle since the last
   * opaque operation: appended to that operation's reason, so that the report names the
   * missing piece and how to supply it.
   */
  private readonly unsettled: string[] = [];
  private steps = 0;

  constructor(
    readonly file: string,
    readonly source: string,
    readonly prefix: string,
    readonly cls: ClassInfo,
    /** The project the migration belongs to (`--app`), or null when only its folder is known. */
    readonly project: LaravelProject | null = null,
    /** Prefix of default index names: the table prefix when `prefix_indexes` is on, else ''. */
    readonly indexPrefix: string = prefix,
  ) {}

  at(node: PhpNode): SourceLocation {
    return { file: this.inherited.get(node)?.file ?? this.file, line: lineOf(node) };
  }

  /** The PHP text of a node, from whichever file it is in. */
  text(node: PhpNode): string {
    return sourceOf(this.inherited.get(node)?.source ?? this.source, node);
  }

  /** Record an operation at `node` under the scope's guards. */
  emit(body: OperationBody, node: PhpNode, guards: readonly Guard[]): void {
    this.operations.push({ ...body, at: this.at(node), guards: [...guards] } as Operation);
  }

  opaque(node: PhpNode, reason: string, guards: readonly Guard[]): void {
    const why = this.unsettled.splice(0);
    this.emit({ kind: 'opaque', reason: why.length === 0 ? reason : `${reason}: ${[...new Set(why)].join('; ')}` }, node, guards);
  }

  /** Note a value the project could not give (`config('x.y')` not set…), for the next opaque reason. */
  unsettledBy(what: string): void {
    if (this.unsettled.length < 4) this.unsettled.push(what);
  }

  warn(code: string, message: string, node: PhpNode): void {
    this.warnings.push({ code, message, at: this.at(node) });
  }

  /** Record a connection the migration targets; the first non-default one wins, others warn. */
  useConnection(name: string | null, node: PhpNode): void {
    if (name === null || name === this.connection) return;
    if (this.connection === null) {
      this.connection = name;
      return;
    }
    this.warn('W-LARAVEL-CONNECTIONS', `migration uses connections '${this.connection}' and '${name}'`, node);
  }

  /** Count one unit of work; false once the budget for this file is spent. */
  step(): boolean {
    // A statement begins: what the previous one could not settle is not this one's reason.
    this.unsettled.length = 0;
    this.steps++;
    return this.steps <= MAX_STEPS;
  }

  canInline(): boolean {
    return this.inlineDepth < MAX_INLINE_DEPTH;
  }

  /** Prepend the configured table prefix, as Laravel's grammar does when it wraps a table. */
  table(name: string): string {
    return this.prefix + name;
  }
}
