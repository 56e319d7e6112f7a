exports.up = function (knex) {
  return knex.raw('CREATE INDEX tickets_created_at_index ON tickets (created_at)');
};

exports.down = function (knex) {
  return knex.raw('DROP INDEX tickets_created_at_index');
};
