/**
 * Reads a Knex application's root statically (`--app DIR`): its knexfile's
 * migration settings, as the Knex CLI would take them, without running it.
 *
 * The CLI (knex 3.3 bin/cli.js `invoke`) finds `knexfile.{js,mjs,…,ts}` in its
 * folder, changes to that folder, picks the environment (bin/utils/
 * cli-config-utils.js `resolveEnvironmentConfig`: `--env`, else NODE_ENV, else
 * `development`; the whole export when it has no such key), and merges its
 * `migrations` settings over lib/migrations/migrate/migrator-configuration-merger.js
 * `CONFIG_DEFAULT`: tableName `knex_migrations`, schemaName null, directory
 * `./migrations` (one or several), disableTransactions false, loadExtensions
 * lib/migrations/common/MigrationsLoader.js `DEFAULT_LOAD_EXTENSIONS`.
 */
import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { type Diagnostic, InputError, type MigrationLocation, type ProjectReadOptions, type ProjectSettings } from '../../model/index.js';
import { Analysis } from './analysis.js';
import { unwrap } from './chain.js';
import { evaluate, moduleScope, propertyName } from './evaluate.js';
import { type JsValue, property } from './js-values.js';
import { migrationExtension, migrationName } from './migration-files.js';
import { ModuleSet, moduleContext } from './modules.js';
import { type Ts, lineOf, parseSource, syntaxError, typescript } from './ts-source.js';

/** The knexfile names looked for, in the CLI's order (bin/cli.js `filetypes`); `.cjs` last, as only `--knexfile` loads it there. */
export const KNEXFILES = ['knexfile.js', 'knexfile.mjs', 'knexfile.ts', 'knexfile.cjs'];

/** The environments tried, in order: a restored database is most often production's. */
const ENVIRONMENTS = ['production', 'development'];

/** DEFAULT_LOAD_EXTENSIONS, of which migstamp reads `.js`, `.cjs` and `.ts`. */
const DEFAULT_LOAD_EXTENSIONS = ['.co', '.coffee', '.eg', '.iced', '.js', '.cjs', '.litcoffee', '.ls', '.ts'];

const DEFAULT_TABLE = 'knex_migrations';
const DEFAULT_DIRECTORY = './migrations';

/** A setting as the knexfile writes it: the expression it was read from (for lines) and its value. */
interface Setting {
  readonly node: Ts.Node;
  readonly value: JsValue;
}

/** See FrameworkAdapter.readProject. Throws InputError when `dir` has no knexfile or it cannot be read. */
export async function readKnexProject(dir: string, _options: ProjectReadOptions): Promise<ProjectSettings> {
  const root = path.normalize(dir).replace(/(.)\/$/, '$1');
  const file = await findKnexfile(root, dir);
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(`the knexfile ${file} cannot be read (${error.code ?? String(error)})`);
  });
  const sf = parseSource(file, text);
  const syntax = syntaxError(sf);
  if (syntax !== null) throw new InputError(`the knexfile ${file} does not parse (a syntax error at line ${syntax.line}: ${syntax.message})`, { file, line: syntax.line });
  const warnings: Diagnostic[] = [];
  const a = new Analysis(file, new ModuleSet(moduleContext(file, sf)));
  const exported = exportedConfig(sf);
  if (exported === null) throw new InputError(`the knexfile ${file} exports no configuration that can be read (module.exports = { … } or export default { … })`, { file, line: 1 });
  const config = chooseEnvironment(exported, file, a, warnings);
  const migrations = config === null ? null : field(config, 'migrations', a);
  const setting = (name: string): Setting | null => (migrations === null ? null : field(migrations, name, a));
  const dynamic = (found: Setting, what: string, used: string): void => {
    warnings.push({ code: 'W-KNEXFILE-DYNAMIC', message: `migrations.${what} in the knexfile is not a value that can be read without running it (${shorten(found.node.getText())}); ${used} is used`, at: { file, line: lineOf(found.node) } });
  };
  if (migrations !== null && migrations.value.kind !== 'object') dynamic(migrations, 'settings', 'every default');

  const tableSetting = setting('tableName');
  let table: string | null = null;
  if (tableSetting !== null) {
    if (tableSetting.value.kind === 'string') table = tableSetting.value.value;
    else dynamic(tableSetting, 'tableName', `the default ${DEFAULT_TABLE}`);
  }

  const schemaSetting = setting('schemaName');
  let schema: string | null = null;
  if (schemaSetting !== null) {
    if (schemaSetting.value.kind === 'string') schema = schemaSetting.value.value;
    else if (schemaSetting.value.kind !== 'null') dynamic(schemaSetting, 'schemaName', 'the dump’s default schema');
  }
  if (schema !== null) {
    // Knex makes the tracking table in schemaName and the app's tables wherever the connection's search path puts them.
    warnings.push({ code: 'W-KNEXFILE-SCHEMA', message: `the tracking table is in schema ${schema} (migrations.schemaName), so that schema is the one read; tables the migrations make in another schema are not seen (give --schema to read another)`, at: { file, line: lineOf(schemaSetting!.node) } });
  }

  const transactionSetting = setting('disableTransactions');
  let disableTransactions = false;
  if (transactionSetting !== null) {
    if (transactionSetting.value.kind === 'boolean') disableTransactions = transactionSetting.value.value;
    // Not knowing errs on the side of keeping a failed migration's first statements.
    else {
      dynamic(transactionSetting, 'disableTransactions', 'true (each migration runs without a transaction, the careful reading)');
      disableTransactions = true;
    }
  }

  const extensionsSetting = setting('loadExtensions');
  let loadExtensions = DEFAULT_LOAD_EXTENSIONS;
  if (extensionsSetting !== null) {
    const listed = stringList(extensionsSetting.value);
    if (listed !== null) loadExtensions = listed;
    else dynamic(extensionsSetting, 'loadExtensions', 'the default list');
  }

  const sortSetting = setting('sortDirsSeparately');
  if (sortSetting !== null && !(sortSetting.value.kind === 'boolean' && !sortSetting.value.value)) {
    warnings.push({ code: 'W-KNEXFILE-SORT', message: 'migrations.sortDirsSeparately may be on: Knex then runs each folder in turn, while migstamp orders all migrations by file name', at: { file, line: lineOf(sortSetting.node) } });
  }

  const directorySetting = setting('directory');
  let directories = [DEFAULT_DIRECTORY];
  if (directorySetting !== null) {
    const listed = stringList(directorySetting.value);
    if (listed !== null && listed.length > 0) directories = listed;
    else dynamic(directorySetting, 'directory', `the default ${DEFAULT_DIRECTORY}`);
  }

  const locations: MigrationLocation[] = [];
  for (const directory of directories) locations.push(...(await locationsIn(path.join(root, directory), loadExtensions, file, warnings)));
  return {
    locations,
    connection: null,
    tablePrefix: null,
    prefixIndexes: null,
    trackingTable: table,
    schema,
    baseline: null,
    ...(disableTransactions ? { transactionalMigrations: false } : {}),
    warnings,
    context: { framework: 'knex' },
  };
}

async function findKnexfile(root: string, given: string): Promise<string> {
  const info = await stat(root).catch(() => null);
  if (info === null || !info.isDirectory()) throw new InputError(`--app ${given} is not a folder`);
  for (const name of KNEXFILES) {
    const file = path.join(root, name);
    if ((await stat(file).catch(() => null))?.isFile() === true) return file;
  }
  throw new InputError(`--app ${given} has no knexfile (${KNEXFILES.join(', ')})`);
}

/** The expression the knexfile exports: `module.exports = …`, `export default …`, `export = …`. */
function exportedConfig(sf: Ts.SourceFile): Ts.Expression | null {
  const ts = typescript();
  let found: Ts.Expression | null = null;
  for (const statement of sf.statements) {
    if (ts.isExportAssignment(statement)) found = statement.expression;
    if (ts.isExpressionStatement(statement) && ts.isBinaryExpression(statement.expression) && statement.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken && statement.expression.left.getText().replace(/\s+/g, '') === 'module.exports') {
      found = statement.expression.right;
    }
  }
  return found;
}

/** The object literal an expression stands for in the file (through its `const`s), or null. */
function objectLiteral(node: Ts.Expression, a: Analysis, depth = 0): Ts.ObjectLiteralExpression | null {
  const ts = typescript();
  const inner = unwrap(node);
  if (ts.isObjectLiteralExpression(inner)) return inner;
  if (!ts.isIdentifier(inner) || depth > 4) return null;
  const declaration = a.modules.root.declarations.get(inner.text);
  if (declaration === undefined || !ts.isVariableDeclaration(declaration) || declaration.initializer === undefined) return null;
  return objectLiteral(declaration.initializer, a, depth + 1);
}

/**
 * One property of a setting's object: the property's own expression where the
 * object is written out (so that a value that cannot be read is reported at its
 * line), else the value read from the whole object (spreads, constants).
 */
function field(owner: Setting, name: string, a: Analysis): Setting | null {
  const ts = typescript();
  const literal = ts.isExpression(owner.node) ? objectLiteral(owner.node as Ts.Expression, a) : null;
  if (literal !== null && literal.properties.every((element) => !ts.isSpreadAssignment(element))) {
    for (const element of literal.properties) {
      const key = element.name === undefined ? null : propertyName(element.name);
      if (key !== name) continue;
      if (ts.isPropertyAssignment(element)) return { node: element.initializer, value: evaluate(element.initializer, moduleScope(a.modules.root), a) };
      if (ts.isShorthandPropertyAssignment(element)) return { node: element, value: evaluate(element.name, moduleScope(a.modules.root), a) };
    }
    return null;
  }
  if (owner.value.kind !== 'object') return null;
  const value = property(owner.value, name);
  return value === undefined ? null : { node: owner.node, value };
}

/** The environment's configuration: production, else development, else the whole export; says which. */
function chooseEnvironment(exported: Ts.Expression, file: string, a: Analysis, warnings: Diagnostic[]): Setting | null {
  const whole: Setting = { node: exported, value: evaluate(exported, moduleScope(a.modules.root), a) };
  for (const environment of ENVIRONMENTS) {
    const chosen = field(whole, environment, a);
    if (chosen === null) continue;
    warnings.push({ code: 'W-KNEXFILE-ENV', message: `the knexfile's ${environment} settings are used${environment === 'production' ? '' : ' (it has no production ones)'}; the Knex CLI takes --env or NODE_ENV`, at: { file, line: lineOf(chosen.node) } });
    return chosen;
  }
  if (whole.value.kind === 'unknown' && objectLiteral(exported, a) === null) {
    warnings.push({ code: 'W-KNEXFILE-DYNAMIC', message: `the knexfile's export cannot be read without running it (${shorten(exported.getText())}); Knex's defaults are used`, at: { file, line: lineOf(exported) } });
    return null;
  }
  return whole;
}

function stringList(value: JsValue): string[] | null {
  if (value.kind === 'string') return [value.value];
  if (value.kind !== 'array') return null;
  const items = value.items.map((item) => (item.kind === 'string' ? item.value : null));
  return items.every((item): item is string => item !== null) ? items : null;
}

/**
 * A migrations folder as the runner loads it: the folder itself when Knex loads
 * every migration file in it, else the files it loads, one by one; the others
 * are left out with a warning (Knex never runs them, so a row for one would make
 * it refuse to run).
 */
async function locationsIn(folder: string, loadExtensions: readonly string[], knexfile: string, warnings: Diagnostic[]): Promise<MigrationLocation[]> {
  const entries = await readdir(folder).catch(() => null);
  // A folder that is not there is refused when the migrations are loaded, with its name.
  if (entries === null) return [{ path: folder, origin: 'app' }];
  const files = entries.filter((entry) => migrationName(entry) !== null).sort();
  const loaded = files.filter((entry) => loadExtensions.includes(migrationExtension(entry) ?? ''));
  if (loaded.length === files.length) return [{ path: folder, origin: 'app' }];
  const left = files.filter((entry) => !loaded.includes(entry));
  warnings.push({ code: 'W-KNEXFILE-EXTENSIONS', message: `${left.length} file(s) in ${folder} are not migrations for Knex, whose loadExtensions (${loadExtensions.join(', ')}) leave them out, and are not read: ${left.join(', ')}`, at: { file: knexfile, line: 1 } });
  return loaded.map((entry) => ({ path: path.join(folder, entry), origin: 'app' }));
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 57)}...` : line;
}
