/**
 * Loads, up front, the classes migrations refer to: the parents and traits of
 * each migration class (and theirs, transitively), and classes named by
 * `Foo::class` (models given to `foreignIdFor`). Found through composer's PSR-4
 * autoload, as PHP would load them; the framework's own classes are not read.
 */
import { readFile } from 'node:fs/promises';
import { nameScope, resolveClassName, type NameScope } from '../class-names.js';
import { child, children, identifierOf, parsePhp, visitNodes, type PhpNode } from '../php-ast.js';
import { type Psr4Entry, psr4Candidates } from './composer.js';
import { findFile } from './class-files.js';
import type { LoadedClass } from './project-context.js';

/** Enough for any real hierarchy of migration helpers and models; bounds hostile input. */
const MAX_CLASSES = 500;

const DECLARATIONS = new Set(['class', 'trait', 'interface', 'enum']);

export interface LoadedClasses {
  readonly classes: Map<string, LoadedClass>;
  readonly missing: Map<string, string>;
}

/** Reads every class the given migration files refer to, and their ancestors. */
export async function loadReferencedClasses(migrationFiles: readonly string[], psr4: readonly Psr4Entry[]): Promise<LoadedClasses> {
  const classes = new Map<string, LoadedClass>();
  const missing = new Map<string, string>();
  const queue: string[] = [];
  for (const file of migrationFiles) {
    const program = await parseFile(file);
    if (program !== null) queue.push(...referencesIn(program, nameScope(program)));
  }
  while (queue.length > 0 && classes.size < MAX_CLASSES) {
    const name = queue.shift()!;
    const key = name.toLowerCase();
    if (classes.has(key) || missing.has(key) || isFramework(name)) continue;
    const file = await findFile(name, psr4);
    const candidates = psr4Candidates(name, psr4);
    if (file === null) {
      missing.set(key, candidates.length === 0 ? 'no PSR-4 prefix of composer.json covers it' : `composer's PSR-4 autoload looks for it at ${candidates.join(' or ')}, which is not there`);
      continue;
    }
    const source = await readFile(file, 'utf8');
    const parsed = parsePhp(source, file);
    const node = parsed.ok ? declarationNamed(parsed.program, name.split('\\').at(-1)!) : null;
    if (!parsed.ok || node === null) {
      missing.set(key, parsed.ok ? `${file} does not declare it` : `${file} is not valid PHP`);
      continue;
    }
    classes.set(key, { name, file, source, program: parsed.program, node });
    queue.push(...ancestorsOf(node, nameScope(parsed.program)));
  }
  return { classes, missing };
}

function isFramework(name: string): boolean {
  return name.startsWith('Illuminate\\');
}

async function parseFile(file: string): Promise<PhpNode | null> {
  try {
    const parsed = parsePhp(await readFile(file, 'utf8'), file);
    return parsed.ok ? parsed.program : null;
  } catch {
    return null;
  }
}

/** Parents and traits of every class in a migration file, and every `X::class`. */
function referencesIn(program: PhpNode, scope: NameScope): string[] {
  const names: string[] = [];
  visitNodes(program, (node) => {
    if (node.kind === 'class' || node.kind === 'trait') names.push(...ancestorsOf(node, scope));
    if (node.kind === 'staticlookup' && identifierOf(child(node, 'offset')) === 'class') {
      const name = resolveClassName(child(node, 'what'), scope);
      if (name !== null) names.push(name);
    }
  });
  return names;
}

/** The parent and the traits a class or trait declaration names, resolved in its file. */
export function ancestorsOf(node: PhpNode, scope: NameScope): string[] {
  const names: string[] = [];
  const parent = resolveClassName(child(node, 'extends'), scope);
  if (parent !== null) names.push(parent);
  for (const member of children(node, 'body')) {
    if (member.kind !== 'traituse') continue;
    for (const trait of children(member, 'traits')) {
      const name = resolveClassName(trait, scope);
      if (name !== null) names.push(name);
    }
  }
  return names;
}

function declarationNamed(program: PhpNode, shortName: string): PhpNode | null {
  let found: PhpNode | null = null;
  visitNodes(program, (node) => {
    if (found === null && DECLARATIONS.has(node.kind) && identifierOf(child(node, 'name'))?.toLowerCase() === shortName.toLowerCase()) found = node;
  });
  return found;
}

