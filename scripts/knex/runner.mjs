#!/usr/bin/env node
// Knex's own Migrator, driven from the command line for the sample and the
// end-to-end tests: it migrates, lists and tells what is pending exactly as
// `knex migrate:latest` / `knex migrate:list` do, on PostgreSQL (pg), MariaDB
// (mysql2) or SQLite (better-sqlite3), over the local sockets as the OS user.
//
//   node scripts/knex/runner.mjs --client pg --database NAME --dir DIR migrate
//   node scripts/knex/runner.mjs --client better-sqlite3 --database FILE --dir DIR list
//   … --table NAME …   (migrations.tableName, as a knexfile sets it; default knex_migrations)
//
// `migrate` prints `{"batch":N,"log":[…]}`; `list` prints `{"completed":[…],"pending":[…]}`
// (knex.migrate.list()). A failure prints Knex's message on stderr and exits 1.
import knexFactory from 'knex';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(`--${name}`);
  return at === -1 ? null : args[at + 1];
};
const command = args.at(-1);
const client = option('client');
const database = option('database');
const directory = option('dir');
const tableName = option('table') ?? 'knex_migrations';
if (!client || !database || !directory || !['migrate', 'list'].includes(command)) {
  console.error('usage: runner.mjs --client pg|mysql2|better-sqlite3 --database NAME --dir DIR migrate|list');
  process.exit(2);
}

const connections = {
  pg: { host: process.env.PGHOST ?? '/var/run/postgresql', database, user: process.env.PGUSER ?? process.env.USER ?? 'root' },
  mysql2: { socketPath: process.env.MYSQL_SOCKET ?? '/run/mysqld/mysqld.sock', database, user: process.env.USER ?? 'root' },
  'better-sqlite3': { filename: database },
};

const knex = knexFactory({
  client,
  connection: connections[client],
  useNullAsDefault: client === 'better-sqlite3',
  // Knex's default loadExtensions leave out .mjs; the sample has one.
  migrations: { directory, tableName, loadExtensions: ['.js', '.cjs', '.mjs'] },
  log: { warn() {}, deprecate() {}, debug() {} },
});

try {
  if (command === 'migrate') {
    const [batch, log] = await knex.migrate.latest();
    console.log(JSON.stringify({ batch, log }));
  } else {
    const [completed, pending] = await knex.migrate.list();
    console.log(JSON.stringify({ completed: completed.map((m) => m.name), pending: pending.map((m) => m.file) }));
  }
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exitCode = 1;
} finally {
  await knex.destroy();
}
