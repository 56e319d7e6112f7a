/**
 * What a service provider registers for `php artisan migrate`, read from its
 * source: `$this->loadMigrationsFrom(path|paths)` (Illuminate\Support\ServiceProvider,
 * which adds the paths to the Migrator), spatie/laravel-package-tools'
 * `$package->hasMigration(s)(...)->runsMigrations()` (PackageServiceProvider's
 * bootPackageMigrations loads `{provider's folder}/../database/migrations/{name}.php`
 * only when the package runs its migrations; a `.php.stub` is only published),
 * `discoversMigrations()` (that whole folder), and `$this->mergeConfigFrom(file, key)`
 * (the package's defaults under the application's config).
 */
import { access } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../../model/index.js';
import { child, children, flattenChain, identifierOf, isNode, lineOf, sourceOf, type PhpNode } from '../php-ast.js';
import { asStringList } from '../php-values.js';
import { readPhpFile, type PhpFile } from './php-file.js';
import type { LaravelProject } from './project-context.js';

export interface ProviderFindings {
  /** Folders or files, in the order the provider registers them. */
  readonly paths: readonly string[];
  /** `mergeConfigFrom`: config name → the package's file. */
  readonly configs: ReadonlyMap<string, string>;
}

/** A call and the `if` conditions around it, innermost last. */
interface Found {
  readonly call: PhpNode;
  readonly method: string;
  readonly conditions: readonly { readonly test: PhpNode; readonly negated: boolean }[];
}

const INTERESTING = new Set(['loadmigrationsfrom', 'mergeconfigfrom', 'hasmigration', 'hasmigrations', 'runsmigrations', 'loadsmigrations', 'discoversmigrations']);

/** Reads the provider in `file`; what it cannot settle becomes a warning naming the provider and `--migrations`. */
export async function readProvider(file: string, className: string, project: LaravelProject, warnings: Diagnostic[]): Promise<ProviderFindings> {
  const outcome = await readPhpFile(file, project);
  if (!outcome.ok) {
    warnings.push({ code: 'W-LARAVEL-PROVIDER', message: `the service provider ${className} ${outcome.reason}; migrations it registers are not found (name them with --migrations)`, at: { file, line: outcome.line } });
    return { paths: [], configs: new Map() };
  }
  const php = outcome.php;
  const found: Found[] = [];
  collect(php.program, [], found);
  const paths: string[] = [];
  const configs = new Map<string, string>();
  const tools = { names: [] as string[], runs: false, discovers: false };
  for (const { call, method, conditions } of found) {
    const args = children(call, 'arguments');
    // A package's config is merged whatever the condition around it says (its defaults are what a
    // configured table name falls back to); only migration paths are worth a condition's warning.
    if (method !== 'mergeconfigfrom' && !conditionsHold(conditions, php, className, call, warnings)) continue;
    switch (method) {
      case 'loadmigrationsfrom': {
        const value = asStringList(php.evaluate(args[0] ?? null));
        if (value === undefined) unreadable(php, className, call, args[0] ?? call, warnings);
        else paths.push(...value);
        break;
      }
      case 'mergeconfigfrom': {
        const from = php.evaluate(args[0] ?? null);
        const key = php.evaluate(args[1] ?? null);
        if (from?.kind === 'string' && key?.kind === 'string') configs.set(key.value, from.value);
        break;
      }
      case 'hasmigration':
      case 'hasmigrations':
        for (const arg of args) {
          const names = asStringList(php.evaluate(arg));
          if (names === undefined) unreadable(php, className, call, arg, warnings);
          else tools.names.push(...names);
        }
        break;
      case 'runsmigrations':
      case 'loadsmigrations': {
        const flag = args[0] === undefined ? { kind: 'bool' as const, value: true } : php.evaluate(args[0]);
        tools.runs = flag?.kind === 'bool' ? flag.value : tools.runs;
        break;
      }
      case 'discoversmigrations':
        tools.discovers = true;
        break;
    }
  }
  if (tools.runs) paths.push(...(await packageToolsPaths(file, tools.names, tools.discovers)));
  return { paths, configs };
}

/** Every call to a method of interest, with the `if` tests it sits under. */
function collect(node: PhpNode, conditions: Found['conditions'], out: Found[]): void {
  if (node.kind === 'if') {
    const test = child(node, 'test');
    const body = child(node, 'body');
    const alternate = child(node, 'alternate');
    if (body) collect(body, test ? [...conditions, { test, negated: false }] : conditions, out);
    if (alternate) collect(alternate, test ? [...conditions, { test, negated: true }] : conditions, out);
    return;
  }
  if (node.kind === 'call') {
    const what = child(node, 'what');
    const method = what?.kind === 'propertylookup' || what?.kind === 'nullsafepropertylookup' ? identifierOf(child(what, 'offset')) : null;
    if (method !== null && INTERESTING.has(method.toLowerCase())) out.push({ call: node, method: method.toLowerCase(), conditions });
  }
  for (const key of Object.keys(node)) {
    if (key === 'loc') continue;
    const value = node[key];
    for (const item of Array.isArray(value) ? value : [value]) {
      if (isNode(item)) collect(item, conditions, out);
    }
  }
}

/**
 * `migrate` runs in the console, so `runningInConsole()` holds; a condition that
 * evaluates (config, env) decides; any other is assumed to hold, with a warning:
 * a migration registered in vain is judged on its own effects anyway.
 */
function conditionsHold(conditions: Found['conditions'], php: PhpFile, className: string, call: PhpNode, warnings: Diagnostic[]): boolean {
  for (const { test, negated } of conditions) {
    const inConsole = consoleTest(test);
    if (inConsole !== null) {
      if (inConsole === negated) return false;
      continue;
    }
    const text = sourceOf(php.source, test);
    const value = php.evaluate(test);
    if (value?.kind === 'bool') {
      if (value.value === negated) return false;
      continue;
    }
    warnings.push({ code: 'W-LARAVEL-PROVIDER-CONDITION', message: `${className} registers migrations under a condition migstamp cannot evaluate (${text.replace(/\s+/g, ' ')}); they are included`, at: { file: php.file, line: lineOf(call) } });
  }
  return true;
}

/** `$this->app->runningInConsole()` (true) or its negation (false); null for any other test. */
function consoleTest(test: PhpNode): boolean | null {
  if (test.kind === 'unary' && test['type'] === '!') {
    const inner = child(test, 'what');
    const value = inner ? consoleTest(inner) : null;
    return value === null ? null : !value;
  }
  const chain = test.kind === 'call' ? flattenChain(test) : null;
  return chain !== null && chain.links.at(-1)?.method === 'runningInConsole' ? true : null;
}

function unreadable(php: PhpFile, className: string, call: PhpNode, arg: PhpNode, warnings: Diagnostic[]): void {
  warnings.push({
    code: 'W-LARAVEL-PROVIDER-PATH',
    message: `${className} registers migrations at ${sourceOf(php.source, arg).replace(/\s+/g, ' ')}, which migstamp cannot evaluate; name that folder with --migrations`,
    at: { file: php.file, line: lineOf(call) },
  });
}

/** package-tools: `{provider folder}/../database/migrations`, each named `.php` file that exists, or the folder when it discovers them. */
async function packageToolsPaths(providerFile: string, names: readonly string[], discovers: boolean): Promise<string[]> {
  const folder = path.join(path.dirname(providerFile), '..', 'database', 'migrations');
  if (discovers) return [folder];
  const files: string[] = [];
  for (const name of names) {
    const file = path.join(folder, name.endsWith('.php') ? name : `${name}.php`);
    if (await exists(file)) files.push(file);
  }
  return files;
}

async function exists(file: string): Promise<boolean> {
  try {
    await access(file);
    return true;
  } catch {
    return false;
  }
}

/** Provider class names listed in a PHP array (`config/app.php` providers, `bootstrap/providers.php`). */
export function providerNames(value: ReturnType<PhpFile['evaluate']>): string[] {
  if (value?.kind !== 'array') return [];
  return value.items.flatMap((item) => (item.value.kind === 'class' || item.value.kind === 'string' ? [item.value.kind === 'class' ? item.value.name : item.value.value] : []))
    .map((name) => name.replace(/^\\/, ''));
}

