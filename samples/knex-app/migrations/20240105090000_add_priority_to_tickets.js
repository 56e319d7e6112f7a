exports.up = (knex) =>
  knex.schema.alterTable('tickets', (t) => {
    t.integer('priority').notNullable().defaultTo(3);
  });

exports.down = (knex) =>
  knex.schema.alterTable('tickets', (t) => {
    t.dropColumn('priority');
  });
