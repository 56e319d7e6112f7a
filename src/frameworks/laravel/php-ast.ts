/**
 * Small, typed accessors over php-parser's AST.
 *
 * php-parser's own declarations are classes without a discriminated union, so the
 * adapter reads nodes through this loose shape and these helpers instead of casting
 * everywhere. Nothing here looks at PHP source text except `sourceOf`, which slices
 * it by the parser's offsets to quote a condition in a guard.
 */
import PhpParser from 'php-parser';

export interface PhpPosition {
  readonly line: number;
  readonly offset: number;
}

export interface PhpNode {
  readonly kind: string;
  readonly loc?: { readonly start: PhpPosition; readonly end: PhpPosition } | null;
  readonly [key: string]: unknown;
}

export type ParseOutcome =
  | { readonly ok: true; readonly program: PhpNode }
  | { readonly ok: false; readonly message: string; readonly line: number };

// One engine for every file: creating it is the costly part, parsing is reentrant.
const engine = new PhpParser.Engine({
  parser: { php8: true, extractDoc: false, suppressErrors: false },
  ast: { withPositions: true },
});

/** Parse a PHP file; a syntax error is returned, never thrown. */
export function parsePhp(source: string, file: string): ParseOutcome {
  try {
    const program: unknown = engine.parseCode(source, file);
    if (!isNode(program)) return { ok: false, message: 'the PHP parser returned no program', line: 1 };
    return { ok: true, program };
  } catch (error) {
    const line = typeof (error as { lineNumber?: unknown }).lineNumber === 'number'
      ? (error as { lineNumber: number }).lineNumber
      : 1;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message, line: Math.max(1, line) };
  }
}

export function isNode(value: unknown): value is PhpNode {
  return typeof value === 'object' && value !== null && typeof (value as { kind?: unknown }).kind === 'string';
}

/** The node under `key`, or null. */
export function child(node: PhpNode, key: string): PhpNode | null {
  const value = node[key];
  return isNode(value) ? value : null;
}

/** The nodes listed under `key` (missing or non-node entries are skipped). */
export function children(node: PhpNode, key: string): PhpNode[] {
  const value = node[key];
  return Array.isArray(value) ? value.filter(isNode) : [];
}

/** A string-valued field, or null. */
export function field(node: PhpNode, key: string): string | null {
  const value = node[key];
  return typeof value === 'string' ? value : null;
}

export function lineOf(node: PhpNode): number {
  return node.loc?.start.line ?? 1;
}

/** The source text a node spans, for quoting conditions in guards and reasons. */
export function sourceOf(source: string, node: PhpNode): string {
  const loc = node.loc;
  if (!loc) return node.kind;
  return source.slice(loc.start.offset, loc.end.offset);
}

/** Identifier text of an `identifier` or `name` node, or a bare string field value. */
export function identifierOf(node: PhpNode | null): string | null {
  if (!node) return null;
  if (node.kind === 'identifier' || node.kind === 'name') return field(node, 'name');
  return null;
}

/**
 * The unqualified class name a `name` node refers to: `\Illuminate\Support\Facades\Schema`
 * and `Schema` both give `Schema`, since migrations reach facades either way.
 */
export function shortClassName(node: PhpNode | null): string | null {
  const name = identifierOf(node);
  if (name === null) return null;
  const parts = name.split('\\');
  return parts[parts.length - 1] ?? null;
}

/** One `->method(args)` or `::method(args)` step of a call chain. */
export interface ChainLink {
  readonly method: string;
  readonly args: readonly PhpNode[];
  readonly node: PhpNode;
}

/** A call chain read outward from its root: `$t->string('a')->nullable()` is root `$t` + two links. */
export interface CallChain {
  readonly root: PhpNode;
  /** The class of a static call at the root (`Schema` in `Schema::create(...)`), else null. */
  readonly staticClass: PhpNode | null;
  readonly links: readonly ChainLink[];
}

/**
 * Flatten nested `call(propertylookup(call(...)))` nodes into a root and its links.
 * Property reads without a call (`$this->table`) end the chain and become the root.
 */
export function flattenChain(expr: PhpNode): CallChain {
  const links: ChainLink[] = [];
  let current: PhpNode = expr;
  let staticClass: PhpNode | null = null;
  for (;;) {
    if (current.kind !== 'call') break;
    const what = child(current, 'what');
    if (!what) break;
    const isLookup = what.kind === 'propertylookup' || what.kind === 'nullsafepropertylookup' || what.kind === 'staticlookup';
    const method = isLookup ? identifierOf(child(what, 'offset')) : null;
    const target = isLookup ? child(what, 'what') : null;
    if (method === null || target === null) break;
    links.unshift({ method, args: children(current, 'arguments'), node: current });
    if (what.kind === 'staticlookup') {
      staticClass = target;
      current = target;
      break;
    }
    current = target;
  }
  return { root: current, staticClass, links };
}

/** Visit every node below `node` (depth first), e.g. to find property assignments. */
export function visitNodes(node: PhpNode, visit: (node: PhpNode) => void): void {
  visit(node);
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const value = node[key];
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) visitNodes(item, visit);
    } else if (isNode(value)) {
      visitNodes(value, visit);
    }
  }
}
