#!/usr/bin/env node
/**
 * Prisma's own schema engine (prisma-engines compiled to WebAssembly,
 * @prisma/schema-engine-wasm) driven through Prisma's driver adapters, for the
 * commands the Prisma CLI sends it: `deploy` is `prisma migrate deploy`
 * (applyMigrations), `status` is `prisma migrate status` (diagnoseMigrationHistory),
 * `resolve-applied NAME` is `prisma migrate resolve --applied NAME`
 * (markMigrationApplied). The CLI itself needs a native engine binary that cannot
 * be downloaded here; the engine code that writes and reads `_prisma_migrations`
 * is the same.
 *
 * Usage: engine.mjs <postgresql|mysql|sqlite> <database url> <migrations dir> <command> [name]
 * Prints the engine's JSON answer on stdout; exit 1 with the engine's message on failure.
 * The packages are resolved from MIGSTAMP_PRISMA_MODULES (a node_modules folder) when set.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const [provider, url, dir, command, name] = process.argv.slice(2);
const base = process.env.MIGSTAMP_PRISMA_MODULES ? join(process.env.MIGSTAMP_PRISMA_MODULES, '..', 'package.json') : import.meta.url;
const require = createRequire(base);
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
    case 'mysql': {
      const { PrismaMariaDb } = await load('@prisma/adapter-mariadb');
      const parsed = new URL(url);
      return new PrismaMariaDb({ socketPath: parsed.searchParams.get('socket') ?? undefined, user: decodeURIComponent(parsed.username), database: parsed.pathname.slice(1) });
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

// The engine reports a Rust panic's message here before it throws (as the CLI's wasm loader sets it up).
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => process.stderr.write(`schema engine panic: ${message}\n`) };
const SchemaEngine = await schemaEngine();
const { bindMigrationAwareSqlAdapterFactory } = await load('@prisma/driver-adapter-utils');
const schema = `datasource db {\n  provider = "${provider}"\n}\n`;
const engine = await SchemaEngine.new({ datamodels: [['schema.prisma', schema]] }, () => {}, bindMigrationAwareSqlAdapterFactory(await adapterFactory()));
const filters = { externalTables: [], externalEnums: [] };
try {
  let out;
  if (command === 'deploy') out = await engine.applyMigrations({ migrationsList: migrationsList(), filters });
  else if (command === 'status') out = await engine.diagnoseMigrationHistory({ migrationsList: migrationsList(), optInToShadowDatabase: false, filters });
  else if (command === 'resolve-applied') out = await engine.markMigrationApplied({ migrationsList: migrationsList(), migrationName: name });
  else throw new Error(`unknown command ${command}`);
  process.stdout.write(`${JSON.stringify(out)}\n`);
  process.exit(0);
} catch (error) {
  process.stderr.write(`${error?.message ?? String(error)}\n`);
  process.exit(1);
}
