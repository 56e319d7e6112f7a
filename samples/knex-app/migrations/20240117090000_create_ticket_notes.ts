import type { Knex } from 'knex';
import { TICKETS, TICKET_NOTES } from '../schema-names';

export async function up(knex: Knex): Promise<void> {
  await knex.schema.createTable(TICKET_NOTES, (t) => {
    t.increments('id');
    t.integer('ticket_id').unsigned().notNullable().references('id').inTable(TICKETS).onDelete('CASCADE');
    t.text('body').notNullable();
    t.timestamps(true, true);
  });
}

export async function down(knex: Knex): Promise<void> {
  await knex.schema.dropTable(TICKET_NOTES);
}
