/**
 * PHP's name resolution for class names in one file: a fully qualified name
 * (`\A\B`) as written; otherwise the first segment through the file's `use`
 * imports, else the file's namespace in front (https://www.php.net/manual/en/language.namespaces.rules.php).
 */
import { child, children, field, identifierOf, type PhpNode } from './php-ast.js';

/** The namespace and class imports of a file. */
export interface NameScope {
  readonly namespace: string;
  /** Alias (lower-cased: PHP class names are case-insensitive) → fully qualified name. */
  readonly imports: ReadonlyMap<string, string>;
}

export function nameScope(program: PhpNode): NameScope {
  const imports = new Map<string, string>();
  let namespace = '';
  const read = (statements: readonly PhpNode[]) => {
    for (const statement of statements) {
      if (statement.kind === 'namespace') {
        namespace = field(statement, 'name') ?? '';
        read(children(statement, 'children'));
      } else if (statement.kind === 'usegroup' && (field(statement, 'type') === null || field(statement, 'type') === 'class')) {
        const prefix = field(statement, 'name');
        for (const item of children(statement, 'items')) {
          const name = field(item, 'name');
          if (name === null) continue;
          const full = (prefix === null ? name : `${prefix}\\${name}`).replace(/^\\/, '');
          const alias = identifierOf(child(item, 'alias')) ?? full.split('\\').at(-1)!;
          imports.set(alias.toLowerCase(), full);
        }
      }
    }
  };
  read(children(program, 'children'));
  return { namespace, imports };
}

/** The fully qualified name (no leading backslash) a `name` node means in `scope`; null for other nodes. */
export function resolveClassName(node: PhpNode | null, scope: NameScope): string | null {
  if (node?.kind !== 'name') return null;
  const written = field(node, 'name') ?? '';
  if (field(node, 'resolution') === 'fqn') return written.replace(/^\\/, '');
  return resolveWrittenName(written, scope);
}

/** The fully qualified name a class name written in `scope` means (`\A` is already qualified). */
export function resolveWrittenName(written: string, scope: NameScope): string {
  if (written.startsWith('\\')) return written.slice(1);
  const [first = '', ...rest] = written.split('\\');
  const imported = scope.imports.get(first.toLowerCase());
  if (imported !== undefined) return [imported, ...rest].join('\\');
  return scope.namespace === '' ? written : `${scope.namespace}\\${written}`;
}
