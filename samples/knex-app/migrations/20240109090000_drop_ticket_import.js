exports.up = function (knex) {
  return knex.schema.dropTableIfExists('ticket_import');
};

exports.down = function () {};
