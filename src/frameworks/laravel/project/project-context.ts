/**
 * What the Laravel project reader loads for the analysis of each migration: the
 * environment, the configuration arrays and the source of the classes migrations
 * refer to (base classes, traits, models). Read once, up front, so that analysing
 * a migration stays a pure function of its text and this.
 */
import type { ProjectContext } from '../../../model/index.js';
import type { PhpNode } from '../php-ast.js';
import type { StaticValue } from '../php-values.js';

/** One file of `config/`, evaluated statically. */
export interface ConfigFile {
  readonly file: string;
  /** The array the file returns, without the entries that could not be evaluated; null when it returns no array. */
  readonly value: StaticValue | null;
  /** Dotted keys (below the file's name) whose values could not be evaluated, with the PHP text that made them so. */
  readonly unresolved: ReadonlyMap<string, string>;
}

/** A PHP class found through composer's autoload, with its file's text. */
export interface LoadedClass {
  readonly name: string;
  readonly file: string;
  readonly source: string;
  /** The file, parsed. */
  readonly program: PhpNode;
  /** The class, trait or interface declaration itself. */
  readonly node: PhpNode;
}

export interface LaravelProject extends ProjectContext {
  readonly framework: 'laravel';
  readonly root: string;
  /** Variables from `.env` (or `--env-file`), as written; null when there was no such file. */
  readonly env: ReadonlyMap<string, string> | null;
  /** The file `env` came from, for reasons that name it. */
  readonly envFile: string;
  /** `config/{name}.php` by name. */
  readonly config: ReadonlyMap<string, ConfigFile>;
  /** Classes by fully qualified name without the leading backslash (lower-cased: PHP's are case-insensitive). */
  readonly classes: ReadonlyMap<string, LoadedClass>;
  /** Classes migrations refer to that were not found, with where composer's autoload looked. */
  readonly missingClasses: ReadonlyMap<string, string>;
  /** The table prefix of the connection the dump belongs to, for `getTablePrefix()`. */
  readonly tablePrefix: string;
}

/** The Laravel project in `FrameworkOptions.project`, or null when there is none (or another framework's). */
export function laravelProject(context: ProjectContext | undefined): LaravelProject | null {
  return context?.framework === 'laravel' ? (context as LaravelProject) : null;
}
