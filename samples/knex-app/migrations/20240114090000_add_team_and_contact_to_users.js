const CONTACT_COLUMNS = ['phone', 'timezone'];

exports.up = function (knex) {
  return knex.schema.alterTable('users', (t) => {
    t.bigInteger('team_id').unsigned().nullable().references('teams.id').onDelete('SET NULL');
    for (const column of CONTACT_COLUMNS) {
      t.string(column, 40).nullable();
    }
  });
};

exports.down = function (knex) {
  return knex.schema.alterTable('users', (t) => {
    t.dropForeign('team_id');
    t.dropColumns('team_id', ...CONTACT_COLUMNS);
  });
};
