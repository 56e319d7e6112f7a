// A staging table for a one-off import; 20240109090000 drops it again.
exports.up = function (knex) {
  return knex.schema.createTable('ticket_import', function (t) {
    t.increments();
    t.string('external_ref', 64);
    t.text('raw');
  });
};

exports.down = function (knex) {
  return knex.schema.dropTableIfExists('ticket_import');
};
