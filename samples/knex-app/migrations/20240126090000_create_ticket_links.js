const { Tables } = require('../schema-names');

// Its first release failed after making the table (MariaDB kept it): make it again only where it is missing.
exports.up = async function (knex) {
  if (!(await knex.schema.hasTable(Tables.TicketLinks))) {
    await knex.schema.createTable(Tables.TicketLinks, (t) => {
      t.increments('id');
      t.integer('from_ticket_id').unsigned().notNullable();
      t.integer('to_ticket_id').unsigned().notNullable();
    });
  }
  await knex.raw(`CREATE UNIQUE INDEX ticket_links_pair_unique ON ${Tables.TicketLinks} (from_ticket_id, to_ticket_id)`);
};

exports.down = async function (knex) {
  await knex.schema.dropTableIfExists(Tables.TicketLinks);
};
