#!/usr/bin/env node
/**
 * Prisma's own schema engine (prisma-engines compiled to WebAssembly,
 * @prisma/schema-engine-wasm) driven through Prisma's driver adapters, for the
 * commands the Prisma CLI sends it:
 * - `deploy`: `prisma migrate deploy` (applyMigrations);
 * - `status`: `prisma migrate status` (diagnoseMigrationHistory);
 * - `resolve-applied NAME`: `prisma migrate resolve --applied NAME` (markMigrationApplied);
 * - `resolve-rolled-back NAME`: `prisma migrate resolve --rolled-back NAME` (markMigrationRolledBack);
 * - `diff FROM TO`: `prisma migrate diff --from-schema FROM --to-schema TO --script`
 *   (two schema files, no database; FROM may be `empty`).
 * The CLI itself needs a native engine binary that cannot be downloaded here; the
 * engine code that writes and reads `_prisma_migrations` and renders migrations is the same.
 * (`migrate dev` itself does not run here: it replays the migrations on a shadow
 * database, and these adapter versions cannot serve the engine's reads of it: adapter-pg
 * 7.10 has no type for the catalogs' "char" columns, adapter-better-sqlite3 7.10
 * prepares a whole migration script as one statement.)
 *
 * Usage: engine.mjs <postgresql|sqlite> <database url> <migrations dir> <command> [NAME|FROM] [TO]
 * Prints the engine's JSON answer on stdout; exit 1 with the engine's message on failure.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { inspect } from 'node:util';

const [provider, url, dir, command, name, toFile] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const load = (id) => import(pathToFileURL(require.resolve(id)).href);

/** The engine's wasm-bindgen glue, instantiated by hand: Node 20 cannot import a .wasm module without a flag. */
async function schemaEngine() {
  // The package exports only its bundler entry; its folder is found through package.json's "types" entry.
  const glueFile = join(require.resolve('@prisma/schema-engine-wasm').replace(/schema_engine\.js$/, ''), 'schema_engine_bg.js');
  const glue = await import(pathToFileURL(glueFile).href);
  const bytes = readFileSync(join(glueFile, '..', 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue.SchemaEngine;
}

async function adapterFactory() {
  switch (provider) {
    case 'postgresql': {
      const { PrismaPg } = await load('@prisma/adapter-pg');
      return new PrismaPg({ connectionString: url });
    }
    case 'sqlite': {
      const { PrismaBetterSqlite3 } = await load('@prisma/adapter-better-sqlite3');
      return new PrismaBetterSqlite3({ url });
    }
    default:
      throw new Error(`unknown provider ${provider}`);
  }
}

/** The migrations folder as the CLI hands it to the engine: subfolders in name order, each with its migration.sql. */
function migrationsList() {
  const lock = join(dir, 'migration_lock.toml');
  const folders = readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
  return {
    baseDir: dir,
    lockfile: { path: 'migration_lock.toml', content: existsSync(lock) ? readFileSync(lock, 'utf8') : null },
    migrationDirectories: folders.map((folder) => ({
      path: folder,
      migrationFile: { path: 'migration.sql', content: existsSync(join(dir, folder, 'migration.sql')) ? { tag: 'ok', value: readFileSync(join(dir, folder, 'migration.sql'), 'utf8') } : { tag: 'error', value: 'missing' } },
    })),
    shadowDbInitScript: '',
  };
}

/**
 * `prisma migrate diff --from-schema <name> --to-schema <schema file> --script`: two
 * schema files compared with no database (`diff` with `schemaDatamodel` targets);
 * `empty` as the first is `--from-empty`. Its script is rendered as migrate dev
 * renders one, without the data-loss warnings migrate dev puts above it.
 */
async function diffSchemas() {
  const target = (file) => (file === 'empty' ? { tag: 'empty' } : { tag: 'schemaDatamodel', files: [{ path: 'schema.prisma', content: readFileSync(file, 'utf8') }] });
  return engine.diff({ from: target(name), to: target(toFile), script: true, exitCode: null, filters });
}

// The engine reports a Rust panic's message here before it throws (as the CLI's wasm loader sets it up).
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => process.stderr.write(`schema engine panic: ${message}\n`) };
const SchemaEngine = await schemaEngine();
const { bindMigrationAwareSqlAdapterFactory } = await load('@prisma/driver-adapter-utils');
const schema = `datasource db {\n  provider = "${provider}"\n}\n`;
const factory = bindMigrationAwareSqlAdapterFactory(await adapterFactory());
const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, factory);
const filters = { externalTables: [], externalEnums: [] };
try {
  let out;
  if (command === 'deploy') out = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
  else if (command === 'status') out = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
  else if (command === 'resolve-applied') out = await engine.markMigrationApplied({ migrationsList: migrationsList(), migrationName: name });
  else if (command === 'resolve-rolled-back') out = await engine.markMigrationRolledBack({ migrationName: name });
  else if (command === 'diff') out = await diffSchemas();
  else throw new Error(`unknown command ${command}`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
} catch (error) {
  // An adapter's own error reaches the engine as `External error id#N`, an index into the factory's registry.
  const external = /External error id#(\d+)/.exec(error?.message ?? '');
  const cause = external === null ? undefined : factory.errorRegistry.consumeError(Number(external[1]))?.error;
  process.stderr.write(`${error?.message ?? String(error)}\n${cause === undefined ? '' : `caused by: ${inspect(cause, { depth: 3 })}\n`}`);
  process.exit(1);
}
