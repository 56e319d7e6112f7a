// Written as SQL by hand, the same on every engine.
exports.up = function (knex) {
  return knex.schema.raw('CREATE TABLE ticket_watchers (ticket_id integer NOT NULL, user_id integer NOT NULL, PRIMARY KEY (ticket_id, user_id))');
};

exports.down = function (knex) {
  return knex.schema.dropTable('ticket_watchers');
};
