import type { Knex } from 'knex';
import { Lengths, TICKETS, Tables } from '../schema-names';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable(Tables.Escalations, (t) => {
    t.increments('id');
    t.integer('ticket_id').unsigned().notNullable().references('id').inTable(TICKETS).onDelete('CASCADE');
    t.string('reason', Lengths.Title).notNullable();
    t.string('code', Lengths.Code).notNullable().index();
    t.timestamp('escalated_at').notNullable().defaultTo(knex.fn.now());
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable(Tables.Escalations);
}
