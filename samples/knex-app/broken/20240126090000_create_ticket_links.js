// The first release of this migration, as it was deployed: its index names a
// column the table does not have, so the run failed after the table was made.
const { Tables } = require('../schema-names');

exports.up = async function (knex) {
  await knex.schema.createTable(Tables.TicketLinks, (t) => {
    t.increments('id');
    t.integer('from_ticket_id').unsigned().notNullable();
    t.integer('to_ticket_id').unsigned().notNullable();
  });
  await knex.raw(`CREATE UNIQUE INDEX ticket_links_pair_unique ON ${Tables.TicketLinks} (from_ticket, to_ticket)`);
};

exports.down = async function (knex) {
  await knex.schema.dropTableIfExists(Tables.TicketLinks);
};
