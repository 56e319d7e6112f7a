exports.up = function (knex) {
  return knex.schema.alterTable('tickets', (t) => {
    t.string('subject', 500).notNullable().alter();
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable('tickets', (t) => {
    t.string('subject', 255).notNullable().alter();
  });
};
