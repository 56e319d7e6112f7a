/**
 * Composer's view of a Laravel project: the application's PSR-4 autoload
 * (`composer.json`), and the installed packages with their PSR-4 autoload and
 * the service providers they ask Laravel to discover
 * (`vendor/composer/installed.json`, `extra.laravel.providers`), as
 * Illuminate\Foundation\PackageManifest::build reads them.
 * https://getcomposer.org/doc/04-schema.md#psr-4 ·
 * https://laravel.com/docs/packages#package-discovery
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, InputError } from '../../../model/index.js';

/** One PSR-4 mapping: a namespace prefix (with its trailing backslash) and a folder. */
export interface Psr4Entry {
  readonly prefix: string;
  readonly dir: string;
}

export interface InstalledPackage {
  readonly name: string;
  /** The package's folder (vendor/{name}, or its install-path). */
  readonly dir: string;
  readonly psr4: readonly Psr4Entry[];
  /** `extra.laravel.providers`: fully qualified class names. */
  readonly providers: readonly string[];
}

export interface ComposerProject {
  readonly psr4: readonly Psr4Entry[];
  readonly packages: readonly InstalledPackage[];
  /** `extra.laravel.dont-discover` of the application: package names, or `*` for all. */
  readonly dontDiscover: ReadonlySet<string>;
}

type Json = Record<string, unknown>;

/** Reads composer.json (required: it is what makes DIR a project) and installed.json (optional, with a warning). */
export async function readComposer(root: string, warnings: Diagnostic[]): Promise<ComposerProject> {
  const composerFile = path.join(root, 'composer.json');
  const composer = await readJson(composerFile);
  if (composer === null) throw new InputError(`${root} is not a Laravel application: it has no composer.json`);
  if (composer === undefined || Array.isArray(composer)) throw new InputError(`${composerFile} is not a composer.json: not a JSON object`);
  const installedFile = path.join(root, 'vendor', 'composer', 'installed.json');
  const installed = await readJson(installedFile);
  let packages: InstalledPackage[] = [];
  if (installed === null) {
    warnings.push({ code: 'W-LARAVEL-NO-VENDOR', message: 'there is no vendor/composer/installed.json: packages\' migrations are not found (run composer install, or name them with --migrations)', at: { file: installedFile, line: 1 } });
  } else if (installed === undefined) {
    warnings.push({ code: 'W-LARAVEL-NO-VENDOR', message: 'installed.json is not valid JSON: packages\' migrations are not found', at: { file: installedFile, line: 1 } });
  } else {
    packages = installedPackages(installed, path.dirname(installedFile), root);
  }
  const extra = laravelExtra(composer);
  return {
    psr4: psr4Of(composer, root),
    packages,
    dontDiscover: new Set(stringList(extra['dont-discover'])),
  };
}

/** Composer 1 writes a list of packages; Composer 2 `{ packages: [...] }` with each `install-path` relative to vendor/composer. */
export function installedPackages(installed: unknown, composerDir: string, root: string): InstalledPackage[] {
  const list = Array.isArray(installed) ? installed : isObject(installed) && Array.isArray(installed.packages) ? installed.packages : [];
  return list.filter(isObject).flatMap((entry) => {
    const name = typeof entry.name === 'string' ? entry.name : null;
    if (name === null) return [];
    const installPath = typeof entry['install-path'] === 'string' ? path.join(composerDir, entry['install-path']) : path.join(root, 'vendor', name);
    return [{ name, dir: installPath, psr4: psr4Of(entry, installPath), providers: stringList(laravelExtra(entry).providers) }];
  });
}

function psr4Of(manifest: Json, dir: string): Psr4Entry[] {
  const autoload = isObject(manifest.autoload) ? manifest.autoload : {};
  const psr4 = isObject(autoload['psr-4']) ? autoload['psr-4'] : {};
  return Object.entries(psr4).flatMap(([prefix, dirs]) =>
    (typeof dirs === 'string' ? [dirs] : stringList(dirs)).map((sub) => ({ prefix, dir: path.join(dir, sub) })),
  );
}

function laravelExtra(manifest: Json): Json {
  const extra = isObject(manifest.extra) ? manifest.extra : {};
  return isObject(extra.laravel) ? extra.laravel : {};
}

function stringList(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed file; null when it does not exist, undefined when it is not JSON. */
async function readJson(file: string): Promise<Json | unknown[] | null | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return null;
  }
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) || Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The file composer's PSR-4 autoloader would load for `className` (no leading
 * backslash): the longest matching prefix first, then each of its folders in order.
 */
export function psr4Candidates(className: string, entries: readonly Psr4Entry[]): string[] {
  return entries
    .filter((entry) => className.startsWith(entry.prefix))
    .sort((a, b) => b.prefix.length - a.prefix.length)
    .map((entry) => path.join(entry.dir, `${className.slice(entry.prefix.length).split('\\').join('/')}.php`));
}
