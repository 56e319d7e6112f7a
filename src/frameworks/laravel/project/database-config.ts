/**
 * The connection settings in `config/database.php` that decide what the dump
 * holds (https://laravel.com/docs/database#configuration): the default
 * connection, and per connection `prefix`, `prefix_indexes` (Schema\Builder::
 * createBlueprint gives index names the prefix only when it is truthy), the
 * PostgreSQL schema (`search_path` in Laravel 10+, `schema` before), and the
 * tracking table (`'migrations' => 'name'`, or Laravel 11's `['table' => 'name']`).
 */
import { type Diagnostic, InputError } from '../../../model/index.js';
import { asString, type StaticValue } from '../php-values.js';
import { configAt } from './config-files.js';
import type { ConfigFile } from './project-context.js';

export interface ConnectionSettings {
  readonly connection: string | null;
  readonly prefix: string | null;
  readonly prefixIndexes: boolean | null;
  readonly schema: string | null;
  readonly trackingTable: string | null;
}

const NOTHING: ConnectionSettings = { connection: null, prefix: null, prefixIndexes: null, schema: null, trackingTable: null };

/** Settings of `connection` (null: the default one); unknown values are null with a warning naming the key. */
export function connectionSettings(database: ConfigFile | undefined, connection: string | null, warnings: Diagnostic[]): ConnectionSettings {
  if (database === undefined) return NOTHING;
  const at = { file: database.file, line: 1 };
  const unknown = (key: string, option: string) => {
    const text = database.unresolved.get(key);
    warnings.push({ code: 'W-LARAVEL-CONFIG-UNKNOWN', message: `database.${key} ${text === undefined ? 'is not set' : `is ${text}, which cannot be read statically`}; give ${option}`, at });
  };
  let name = connection;
  if (name === null) {
    const chosen = configAt(database, 'default');
    if (chosen?.kind === 'string') name = chosen.value;
    else {
      unknown('default', '--connection');
      return NOTHING;
    }
  }
  const settings = configAt(database, `connections.${name}`);
  if (settings?.kind !== 'array') {
    const known = configAt(database, 'connections');
    const names = known?.kind === 'array' ? known.items.map((item) => String(item.key)).join(', ') : 'none';
    throw new InputError(`config/database.php has no connection '${name}' (it has: ${names})`, at);
  }
  const key = (sub: string) => `connections.${name}.${sub}`;
  const prefixValue = configAt(database, key('prefix'));
  const prefix = prefixValue === undefined && !database.unresolved.has(key('prefix')) ? '' : asString(prefixValue) ?? null;
  if (prefix === null) unknown(key('prefix'), '--prefix');
  const indexes = configAt(database, key('prefix_indexes'));
  // Laravel tests the value for truth; a missing key is null, so false.
  const prefixIndexes = database.unresolved.has(key('prefix_indexes')) ? null : indexes === undefined ? false : truthy(indexes);
  if (prefixIndexes === null) unknown(key('prefix_indexes'), '--prefix-indexes or --no-prefix-indexes');
  return { connection: name, prefix, prefixIndexes, schema: schemaOf(configAt(database, key('search_path')) ?? configAt(database, key('schema'))), trackingTable: trackingTable(configAt(database, 'migrations')) };
}

/** PHP's truth of a static value; null when it has none statically. */
function truthy(value: StaticValue): boolean | null {
  switch (value.kind) {
    case 'bool':
      return value.value;
    case 'null':
      return false;
    case 'number':
      return value.value !== 0;
    case 'string':
      return value.value !== '' && value.value !== '0';
    case 'array':
      return value.items.length > 0;
    default:
      return null;
  }
}

/**
 * The schema tables are created in: the first entry of the search path
 * (a list, or a comma-separated string), skipping `$user`, which names a
 * schema only when one with the user's name exists.
 */
function schemaOf(value: StaticValue | undefined): string | null {
  const entries = value?.kind === 'array' ? value.items.map((item) => asString(item.value) ?? '') : value?.kind === 'string' ? value.value.split(',') : [];
  const first = entries.map((entry) => entry.trim().replace(/^"(.*)"$/, '$1')).find((entry) => entry !== '' && entry !== '$user');
  return first ?? null;
}

function trackingTable(value: StaticValue | undefined): string | null {
  if (value?.kind === 'string') return value.value;
  const table = value?.kind === 'array' ? value.items.find((item) => item.key === 'table')?.value : undefined;
  return table?.kind === 'string' ? table.value : null;
}
