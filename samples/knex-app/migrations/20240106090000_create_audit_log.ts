import type { Knex } from 'knex';

const AUDIT_TABLE = 'audit_log';

function actorColumns(t: Knex.CreateTableBuilder): void {
  t.string('actor', 100).notNullable();
  t.string('action', 40).notNullable();
}

async function createLog(knex: Knex, name: string): Promise<void> {
  await knex.schema.createTable(name, (t) => {
    t.bigIncrements('id');
    actorColumns(t);
    t.json('payload');
    t.timestamp('logged_at').notNullable().defaultTo(knex.fn.now());
    t.index(['actor', 'logged_at']);
  });
}

export async function up(knex: Knex): Promise<void> {
  await createLog(knex, AUDIT_TABLE);
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable(AUDIT_TABLE);
}
