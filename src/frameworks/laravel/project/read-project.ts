/**
 * Reads a Laravel application's root statically (`--app DIR`): where `php artisan
 * migrate` looks for migrations, the connection's settings, and the config values
 * and classes the migrations refer to. Nothing of the application is run.
 */
import { nameScope, resolveWrittenName } from '../class-names.js';
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, InputError, type MigrationLocation, type ProjectReadOptions, type ProjectSettings } from '../../../model/index.js';
import { child, children } from '../php-ast.js';
import { type ComposerProject, readComposer } from './composer.js';
import { configAt, mergeConfig, readConfigFile, readConfigFolder } from './config-files.js';
import { connectionSettings } from './database-config.js';
import { parseEnvFile } from './env-file.js';
import { readPhpFile } from './php-file.js';
import type { ConfigFile, LaravelProject, LoadedClass } from './project-context.js';
import { providerNames, readProvider } from './providers.js';
import { findFile } from './class-files.js';
import { loadReferencedClasses } from './class-loader.js';
import { migrationName } from '../migration-files.js';

/** The mutable project while it is being read; handed out as a LaravelProject. */
interface ProjectDraft {
  framework: 'laravel';
  root: string;
  env: ReadonlyMap<string, string> | null;
  envFile: string;
  config: Map<string, ConfigFile>;
  classes: Map<string, LoadedClass>;
  missingClasses: Map<string, string>;
  tablePrefix: string;
}

/** See FrameworkAdapter.readProject. Throws InputError when `dir` is not a Laravel application. */
export async function readLaravelProject(dir: string, options: ProjectReadOptions): Promise<ProjectSettings> {
  // Kept as the user wrote it, so that files in reports read as they would on the command line.
  const root = path.normalize(dir).replace(/(.)\/$/, '$1');
  await requireFolder(root, dir);
  const warnings: Diagnostic[] = [];
  const composer = await readComposer(root, warnings);
  const envFile = options.envFile === null ? path.join(root, '.env') : path.resolve(options.envFile);
  const draft: ProjectDraft = { framework: 'laravel', root, env: await readEnv(envFile, options.envFile !== null), envFile, config: new Map(), classes: new Map(), missingClasses: new Map(), tablePrefix: '' };
  const project: LaravelProject = draft;
  if (draft.env === null) warnings.push({ code: 'W-LARAVEL-NO-ENV', message: 'there is no .env: env() takes its defaults (give --env-file to use another file)', at: { file: envFile, line: 1 } });
  draft.config = await readConfigFolder(project, warnings);

  const locations: MigrationLocation[] = [];
  for (const provider of await providersOf(project, composer)) {
    const file = await findFile(provider.className, provider.psr4);
    if (file === null) {
      if (!provider.className.startsWith('Illuminate\\')) {
        warnings.push({ code: 'W-LARAVEL-PROVIDER', message: `the service provider ${provider.className} (${provider.origin}) is not where composer's PSR-4 autoload puts it; migrations it registers are not found (name them with --migrations)`, at: { file: path.join(root, 'composer.json'), line: 1 } });
      }
      continue;
    }
    const found = await readProvider(file, provider.className, project, warnings);
    for (const location of found.paths) locations.push({ path: location, origin: provider.origin });
    for (const [key, configFile] of found.configs) {
      const packaged = await readConfigFile(configFile, project, warnings);
      if (packaged !== null) draft.config.set(key, mergeConfig(packaged, draft.config.get(key)));
    }
  }
  // BaseCommand::getMigrationPaths: the providers' paths, then database/migrations.
  locations.push({ path: path.join(root, 'database', 'migrations'), origin: 'app' });

  const settings = connectionSettings(draft.config.get('database'), options.connection, warnings);
  draft.tablePrefix = settings.prefix ?? '';
  const existing = await existingLocations(locations, warnings);
  const files = await migrationFiles(existing);
  warnings.push(...publishedTwice(files));
  const loaded = await loadReferencedClasses(files.map((entry) => entry.file), [...composer.psr4, ...composer.packages.flatMap((pkg) => pkg.psr4)]);
  draft.classes = loaded.classes;
  draft.missingClasses = loaded.missing;
  // Shown as the user named the application, not as absolute paths.
  const shown = existing.map((location) => ({ ...location, path: path.normalize(location.path) }));
  return {
    locations: shown,
    connection: settings.connection,
    tablePrefix: settings.prefix,
    prefixIndexes: settings.prefixIndexes,
    trackingTable: settings.trackingTable,
    schema: settings.schema,
    baseline: settings.connection === null ? null : await schemaFile(root, settings.connection),
    warnings,
    context: project,
  };
}

async function requireFolder(root: string, given: string): Promise<void> {
  try {
    if ((await stat(root)).isDirectory()) return;
  } catch {
    throw new InputError(`the application folder ${given} does not exist`);
  }
  throw new InputError(`${given} is not a folder; --app takes the Laravel application's root`);
}

/** The env file's variables; null when the project's own `.env` is absent; a missing `--env-file` is bad input. */
async function readEnv(file: string, given: boolean): Promise<Map<string, string> | null> {
  try {
    return parseEnvFile(await readFile(file, 'utf8'));
  } catch (error) {
    if (given) throw new InputError(`the env file ${file} cannot be read (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
    return null;
  }
}

interface ProviderRef {
  readonly className: string;
  readonly origin: string;
  /** Where to look for it: its package's PSR-4 entries first, then everyone's. */
  readonly psr4: ComposerProject['psr4'];
}

/**
 * Providers in the order Laravel registers them (ProviderRepository via
 * PackageManifest): discovered packages' first, then the application's own from
 * `config/app.php` (`providers`) and Laravel 11's `bootstrap/providers.php`.
 */
async function providersOf(project: LaravelProject, composer: ComposerProject): Promise<ProviderRef[]> {
  const everyone = [...composer.psr4, ...composer.packages.flatMap((pkg) => pkg.psr4)];
  const refs: ProviderRef[] = [];
  if (!composer.dontDiscover.has('*')) {
    for (const pkg of composer.packages) {
      if (composer.dontDiscover.has(pkg.name)) continue;
      for (const className of pkg.providers) refs.push({ className: className.replace(/^\\/, ''), origin: pkg.name, psr4: [...pkg.psr4, ...everyone] });
    }
  }
  const owner = (className: string) => composer.packages.find((pkg) => pkg.psr4.some((entry) => className.startsWith(entry.prefix)))?.name ?? 'app';
  const appProviders = providerNames(configAt(project.config.get('app'), 'providers'));
  const bootstrap = await readPhpFile(path.join(project.root, 'bootstrap', 'providers.php'), project);
  if (bootstrap.ok) {
    const statement = children(bootstrap.php.program, 'children').find((node) => node.kind === 'return');
    // `use App\Providers\FooProvider; return [FooProvider::class];`: names resolve through the file's imports.
    const scope = nameScope(bootstrap.php.program);
    appProviders.push(...providerNames(bootstrap.php.evaluate(statement ? child(statement, 'expr') : null)).map((name) => resolveWrittenName(name, scope)));
  }
  for (const className of appProviders) {
    if (refs.some((ref) => ref.className === className)) continue;
    refs.push({ className, origin: owner(className), psr4: everyone });
  }
  return refs;
}

/** Registered paths that exist; a package folder that is gone is worth a warning, the app's own folder an error only if nothing else is there. */
async function existingLocations(locations: readonly MigrationLocation[], warnings: Diagnostic[]): Promise<MigrationLocation[]> {
  const kept: MigrationLocation[] = [];
  for (const location of locations) {
    try {
      await stat(location.path);
      if (!kept.some((other) => other.path === location.path)) kept.push(location);
    } catch {
      if (location.origin !== 'app') warnings.push({ code: 'W-LARAVEL-PROVIDER-PATH', message: `${location.origin} registers migrations at ${location.path}, which does not exist`, at: { file: location.path, line: 1 } });
    }
  }
  if (kept.length === 0) throw new InputError(`the application has no migrations: neither ${locations.at(-1)?.path ?? 'database/migrations'} nor a package's migrations exist`);
  return kept;
}

/** The migration files of the locations: a folder's own `*_*.php` files, or the file itself. */
async function migrationFiles(locations: readonly MigrationLocation[]): Promise<{ readonly file: string; readonly origin: string }[]> {
  const files: { file: string; origin: string }[] = [];
  for (const location of locations) {
    if ((await stat(location.path)).isFile()) {
      files.push({ file: location.path, origin: location.origin });
      continue;
    }
    for (const name of (await readdir(location.path)).sort()) {
      if (migrationName(name) !== null) files.push({ file: path.join(location.path, name), origin: location.origin });
    }
  }
  return files;
}

/** `vendor:publish` copies a package's migration under a new `Y_m_d_His_` prefix. */
const PUBLISH_STAMP = /^\d{4}_\d{2}_\d{2}_\d{6}_/;

/**
 * A package migration the package still loads and that was also published into the
 * app under another name: artisan sees two migrations, and the second to run fails
 * or repeats the first. Reported; each is still judged on its own.
 */
function publishedTwice(files: readonly { readonly file: string; readonly origin: string }[]): Diagnostic[] {
  const stem = (file: string) => (migrationName(file) ?? '').replace(PUBLISH_STAMP, '');
  const fromPackages = files.filter((entry) => entry.origin !== 'app');
  return files
    .filter((entry) => entry.origin === 'app')
    .flatMap((published) => {
      const original = fromPackages.find((entry) => stem(entry.file) === stem(published.file) && migrationName(entry.file) !== migrationName(published.file));
      return original === undefined ? [] : [{
        code: 'W-LARAVEL-PUBLISHED',
        message: `${migrationName(published.file)} is ${original.origin}'s migration ${migrationName(original.file)}, published into the application under another name while the package still loads it: migrate sees both`,
        at: { file: published.file, line: 1 },
      }];
    });
}

/**
 * The squashed schema of `php artisan schema:dump` (MigrateCommand::schemaPath:
 * `database/schema/{connection}-schema.dump`, else `-schema.sql`). `migrate` loads it
 * before anything else when no migration has run (Migrator::hasRunAnyMigrations), which
 * on a restored database means its statements run over the restored tables.
 */
async function schemaFile(root: string, connection: string): Promise<ProjectSettings['baseline']> {
  for (const name of [`${connection}-schema.dump`, `${connection}-schema.sql`]) {
    const file = path.join(root, 'database', 'schema', name);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch {
      continue;
    }
    const drops = /^\s*DROP TABLE IF EXISTS/im.test(text);
    return {
      file,
      whenUntracked: `the tracking table is empty, so php artisan migrate would first load ${file}${drops ? ', whose DROP TABLE IF EXISTS statements drop the restored tables and their data' : ' over the restored tables'}; stamp the applied migrations (or restore the tracking rows) before migrating`,
    };
  }
  return null;
}
