import type { Knex } from 'knex';
import { addAuditColumns, dropAuditColumns } from '../lib/helpers';

export async function up(knex: Knex): Promise<void> {
  await addAuditColumns(knex, 'labels');
}

export async function down(knex: Knex): Promise<void> {
  await dropAuditColumns(knex, 'labels');
}
