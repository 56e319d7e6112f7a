/**
 * The values a migration (or a config file, or a service provider) reads from its
 * project: `env()`, `config()`, `__DIR__`, the path helpers and `getTablePrefix()`.
 * Without a project (`--app`) they stay unknown, and the reason says what would
 * settle them.
 */
import path from 'node:path';
import type { Analysis } from './analysis-context.js';
import { asString, type StaticValue } from './php-values.js';

/** `__DIR__` and `__FILE__` of the file being read; other magic constants are not static. */
export function magicConstant(name: string | null, a: Analysis): StaticValue | undefined {
  if (name === '__DIR__') return { kind: 'string', value: path.dirname(a.file) };
  if (name === '__FILE__') return { kind: 'string', value: a.file };
  return undefined;
}

/** The global functions this file knows; others are not project lookups. */
const PROJECT_FUNCTIONS = new Set(['env', 'config', 'dirname', 'realpath', 'base_path', 'database_path', 'config_path', 'app_path']);

export function isProjectFunction(name: string): boolean {
  return PROJECT_FUNCTIONS.has(name);
}

/**
 * A project function's value for arguments already evaluated (`undefined` entries are
 * unknown); undefined when it cannot be told, after noting why on `a`.
 */
export function projectFunction(name: string, args: readonly (StaticValue | undefined)[], a: Analysis): StaticValue | undefined {
  switch (name) {
    case 'env':
      return envValue(args, a);
    case 'config':
      return configValue(args, a);
    case 'dirname': {
      const dir = asString(args[0]);
      const levels = args[1] === undefined && args.length < 2 ? 1 : args[1]?.kind === 'number' ? args[1].value : undefined;
      if (dir === undefined || levels === undefined || levels < 1) return undefined;
      let out = dir;
      for (let i = 0; i < levels; i++) out = path.dirname(out);
      return { kind: 'string', value: out };
    }
    case 'realpath': {
      const file = asString(args[0]);
      return file === undefined ? undefined : { kind: 'string', value: path.resolve(file) };
    }
    case 'base_path':
    case 'database_path':
    case 'config_path':
    case 'app_path':
      return projectPath(name, args, a);
    default:
      return undefined;
  }
}

const PATH_HELPERS: Record<string, string> = { base_path: '', database_path: 'database', config_path: 'config', app_path: 'app' };

function projectPath(name: string, args: readonly (StaticValue | undefined)[], a: Analysis): StaticValue | undefined {
  const below = args.length === 0 ? '' : asString(args[0]);
  if (below === undefined) return undefined;
  if (a.project === null) {
    a.unsettledBy(`${name}() is a path in the application; give --app DIR`);
    return undefined;
  }
  return { kind: 'string', value: path.join(a.project.root, PATH_HELPERS[name] ?? '', below) };
}

/**
 * Laravel's `env($key, $default)` (Illuminate\Support\Env::get): the variable's text with
 * `true`/`false`/`null`/`empty` (also in parentheses) read as PHP values and one pair of
 * matching quotes removed; the default when the variable is not set.
 */
function envValue(args: readonly (StaticValue | undefined)[], a: Analysis): StaticValue | undefined {
  const key = args[0]?.kind === 'string' ? args[0].value : undefined;
  if (key === undefined) return undefined;
  const fallback = args.length < 2 ? ({ kind: 'null' } as const) : args[1];
  if (a.project === null) {
    a.unsettledBy(`env('${key}') needs the application's environment; give --app DIR`);
    return undefined;
  }
  const text = a.project.env?.get(key);
  if (text === undefined) {
    if (fallback === undefined) a.unsettledBy(`env('${key}') is not in ${a.project.envFile} and its default is not static; set it there or give --env-file`);
    return fallback;
  }
  switch (text.toLowerCase()) {
    case 'true':
    case '(true)':
      return { kind: 'bool', value: true };
    case 'false':
    case '(false)':
      return { kind: 'bool', value: false };
    case 'empty':
    case '(empty)':
      return { kind: 'string', value: '' };
    case 'null':
    case '(null)':
      return { kind: 'null' };
    default: {
      const quoted = /^(['"])([\s\S]*)\1$/.exec(text);
      return { kind: 'string', value: quoted ? quoted[2]! : text };
    }
  }
}

/** `config('file.a.b', $default)`: the value in `config/file.php`, or the default when the key is absent. */
function configValue(args: readonly (StaticValue | undefined)[], a: Analysis): StaticValue | undefined {
  const key = args[0]?.kind === 'string' ? args[0].value : undefined;
  if (key === undefined) return undefined;
  const fallback = args.length < 2 ? ({ kind: 'null' } as const) : args[1];
  if (a.project === null) {
    a.unsettledBy(`config('${key}') needs the application's config/; give --app DIR`);
    return undefined;
  }
  const [fileName = '', ...keys] = key.split('.');
  const file = a.project.config.get(fileName);
  if (file === undefined) {
    if (fallback === undefined || args.length < 2) a.unsettledBy(`config('${key}'): there is no config/${fileName}.php in ${a.project.root}`);
    return args.length < 2 ? undefined : fallback;
  }
  let value: StaticValue | null = file.value;
  for (let depth = 0; depth < keys.length; depth++) {
    const unresolved = file.unresolved.get(keys.slice(0, depth + 1).join('.'));
    if (unresolved !== undefined) {
      a.unsettledBy(`config('${key}') is ${unresolved} in ${file.file}, which cannot be read statically`);
      return undefined;
    }
    const item: StaticValue | undefined = value?.kind === 'array' ? value.items.find((entry) => String(entry.key) === keys[depth])?.value : undefined;
    if (item === undefined) {
      if (fallback === undefined) a.unsettledBy(`config('${key}') is not set in ${file.file} and its default is not static`);
      return fallback;
    }
    value = item;
  }
  return value ?? undefined;
}
