/**
 * The application's `config/*.php` files, evaluated statically: each returns an
 * array (https://laravel.com/docs/configuration). An entry whose value cannot be
 * evaluated (a function call, a class constant of a PHP extension) is left out
 * and remembered with its text, so that `config()` of exactly that key says why
 * it is unknown while the rest of the file still answers.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../../../model/index.js';
import { child, children, field, sourceOf, type PhpNode } from '../php-ast.js';
import type { ArrayItem, StaticValue } from '../php-values.js';
import { readPhpFile, type PhpFile } from './php-file.js';
import type { ConfigFile, LaravelProject } from './project-context.js';

/** Every `config/{name}.php` of the project, by name; a missing folder gives none. */
export async function readConfigFolder(project: LaravelProject, warnings: Diagnostic[]): Promise<Map<string, ConfigFile>> {
  const folder = path.join(project.root, 'config');
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.php')).sort();
  } catch {
    return new Map();
  }
  const files = new Map<string, ConfigFile>();
  for (const name of names) {
    const config = await readConfigFile(path.join(folder, name), project, warnings);
    if (config !== null) files.set(name.slice(0, -'.php'.length), config);
  }
  return files;
}

/** One config file; null (with a warning) when it cannot be read or returns no array. */
export async function readConfigFile(file: string, project: LaravelProject, warnings: Diagnostic[]): Promise<ConfigFile | null> {
  const outcome = await readPhpFile(file, project);
  if (!outcome.ok) {
    warnings.push({ code: 'W-LARAVEL-CONFIG', message: `the config file ${outcome.reason}; config() values from it stay unknown`, at: { file, line: outcome.line } });
    return null;
  }
  return configOf(outcome.php);
}

/** The array a config file returns, after the assignments before its `return`. */
export function configOf(php: PhpFile): ConfigFile {
  const env = new Map<string, StaticValue>();
  const unresolved = new Map<string, string>();
  for (const statement of children(php.program, 'children')) {
    if (statement.kind === 'return') {
      const value = lenientValue(child(statement, 'expr'), '', php, env, unresolved);
      return { file: php.file, value: value ?? null, unresolved };
    }
    const expression = statement.kind === 'expressionstatement' ? child(statement, 'expression') : null;
    const target = expression?.kind === 'assign' ? child(expression, 'left') : null;
    const name = target?.kind === 'variable' ? field(target, 'name') : null;
    if (name === null || !expression) continue;
    const value = php.evaluate(child(expression, 'right'), env);
    if (value === undefined) env.delete(name);
    else env.set(name, value);
  }
  return { file: php.file, value: null, unresolved };
}

/** Like `evaluate`, but an array keeps the entries it can evaluate and records the others under their dotted key. */
function lenientValue(node: PhpNode | null, key: string, php: PhpFile, env: Map<string, StaticValue>, unresolved: Map<string, string>): StaticValue | undefined {
  if (node?.kind !== 'array') {
    const value = php.evaluate(node, env);
    if (value === undefined && node && key !== '') unresolved.set(key, shorten(sourceOf(php.source, node)));
    return value;
  }
  const items: ArrayItem[] = [];
  let nextIndex = 0;
  for (const item of children(node, 'items')) {
    const isEntry = item.kind === 'entry';
    const keyNode = isEntry ? child(item, 'key') : null;
    let itemKey: string | number = nextIndex;
    if (keyNode) {
      const keyValue = php.evaluate(keyNode, env);
      if (keyValue?.kind === 'string') itemKey = keyValue.value;
      else if (keyValue?.kind === 'number' && Number.isInteger(keyValue.value)) itemKey = keyValue.value;
      else continue;
    }
    if (typeof itemKey === 'number') nextIndex = Math.max(nextIndex, itemKey + 1);
    const dotted = key === '' ? String(itemKey) : `${key}.${itemKey}`;
    const value = lenientValue(isEntry ? child(item, 'value') : item, dotted, php, env, unresolved);
    if (value === undefined) continue;
    const existing = items.findIndex((other) => other.key === itemKey);
    if (existing >= 0) items[existing] = { key: itemKey, value };
    else items.push({ key: itemKey, value });
  }
  return { kind: 'array', items };
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 60)}…` : line;
}

/** The value at a dotted key of a config file, or undefined. */
export function configAt(config: ConfigFile | undefined, key: string): StaticValue | undefined {
  let value: StaticValue | undefined = config?.value ?? undefined;
  for (const part of key === '' ? [] : key.split('.')) {
    value = value?.kind === 'array' ? value.items.find((item) => String(item.key) === part)?.value : undefined;
  }
  return value;
}

/**
 * Laravel's `mergeConfigFrom($path, $key)` (ServiceProvider): the package's file
 * under the application's, one level deep (`array_merge($package, $app)`).
 */
export function mergeConfig(packageFile: ConfigFile, appFile: ConfigFile | undefined): ConfigFile {
  if (appFile === undefined) return packageFile;
  if (packageFile.value?.kind !== 'array' || appFile.value?.kind !== 'array') return appFile;
  const merged = [...packageFile.value.items.filter((item) => !hasKey(appFile, item.key)), ...appFile.value.items];
  const unresolved = new Map([...packageFile.unresolved].filter(([key]) => !hasKey(appFile, key.split('.')[0]!)));
  for (const [key, text] of appFile.unresolved) unresolved.set(key, text);
  return { file: appFile.file, value: { kind: 'array', items: merged }, unresolved };
}

function hasKey(config: ConfigFile, key: string | number): boolean {
  return (config.value?.kind === 'array' && config.value.items.some((item) => String(item.key) === String(key))) || config.unresolved.has(String(key));
}
