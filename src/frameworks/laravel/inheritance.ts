/**
 * A migration class's ancestry in the application: its parent classes and the
 * traits each uses, read from the files the project reader loaded, in PHP's order
 * of precedence (a class's own members over its traits' over its parent's).
 */
import { nameScope, resolveClassName, type NameScope } from './class-names.js';
import { child, children, type PhpNode } from './php-ast.js';
import type { LaravelProject, LoadedClass } from './project/project-context.js';

/** A class or trait declaration from another file. */
export interface Ancestor {
  readonly node: PhpNode;
  readonly file: string;
  readonly source: string;
}

export interface Lineage {
  /** Lowest precedence first; the class itself is not included. */
  readonly levels: readonly Ancestor[];
  /** Why an ancestor could not be read, one sentence each, naming it and what would settle it. */
  readonly missing: readonly string[];
}

/** The ancestry of `cls`, declared in a file whose names resolve in `scope`. */
export function lineageOf(cls: PhpNode, scope: NameScope, project: LaravelProject | null): Lineage {
  const levels: Ancestor[] = [];
  const missing: string[] = [];
  collect(cls, scope, project, new Set(), levels, missing);
  return { levels, missing };
}

function collect(node: PhpNode, scope: NameScope, project: LaravelProject | null, seen: Set<string>, levels: Ancestor[], missing: string[]): void {
  const parent = child(node, 'extends');
  const parentName = resolveClassName(parent, scope);
  if (parentName !== null && !isFramework(parentName, parent)) addLevel(parentName, 'extends', project, seen, levels, missing);
  for (const member of children(node, 'body')) {
    if (member.kind !== 'traituse') continue;
    for (const trait of children(member, 'traits')) {
      const name = resolveClassName(trait, scope);
      if (name !== null && !isFramework(name, trait)) addLevel(name, 'uses', project, seen, levels, missing);
    }
  }
}

function addLevel(name: string, how: 'extends' | 'uses', project: LaravelProject | null, seen: Set<string>, levels: Ancestor[], missing: string[]): void {
  const key = name.toLowerCase();
  if (seen.has(key)) return;
  seen.add(key);
  const loaded: LoadedClass | undefined = project?.classes.get(key);
  if (loaded === undefined) {
    const where = project === null ? 'which is not in this file; give --app DIR so that migstamp reads it through composer\'s autoload' : `which is not in the application: ${project.missingClasses.get(key) ?? 'migstamp read only the classes the application\'s own migration folders refer to'}`;
    missing.push(`the migration ${how} ${name}, ${where}`);
    return;
  }
  collect(loaded.node, nameScope(loaded.program), project, seen, levels, missing);
  levels.push({ node: loaded.node, file: loaded.file, source: loaded.source });
}

/**
 * The framework's own classes (Laravel's Migration) add nothing `up()` can call;
 * a bare `Migration` without an import is taken as Laravel's too.
 */
function isFramework(name: string, node: PhpNode | null): boolean {
  return name.startsWith('Illuminate\\') || (node !== null && name === 'Migration');
}
