exports.up = function (knex) {
  return knex.schema.table('tickets', function (t) {
    t.renameColumn('body', 'description');
  });
};

exports.down = function (knex) {
  return knex.schema.table('tickets', function (t) {
    t.renameColumn('description', 'body');
  });
};
