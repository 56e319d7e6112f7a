// Some installations renamed the column by hand after the table rename.
exports.up = async function (knex) {
  if (await knex.schema.hasColumn('labels', 'label')) {
    await knex.schema.alterTable('labels', (t) => {
      t.renameColumn('label', 'name');
    });
  }
};

exports.down = async function (knex) {
  await knex.schema.alterTable('labels', (t) => {
    t.renameColumn('name', 'label');
  });
};
