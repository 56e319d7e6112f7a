// Some installations made this table by hand before it had a migration.
exports.up = async function (knex) {
  if (!(await knex.schema.hasTable('settings'))) {
    await knex.schema.createTable('settings', (t) => {
      t.string('key', 100).primary();
      t.text('value');
    });
  }
};

exports.down = async function (knex) {
  await knex.schema.dropTableIfExists('settings');
};
