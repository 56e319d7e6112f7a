import type { Knex } from 'knex';
import { addAuditColumns, dropAuditColumns } from '../lib/helpers';
import { TICKET_NOTES } from '../schema-names';

export async function up(knex: Knex): Promise<void> {
  await addAuditColumns(knex, TICKET_NOTES);
}

export async function down(knex: Knex): Promise<void> {
  await dropAuditColumns(knex, TICKET_NOTES);
}
