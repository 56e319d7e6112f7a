async function up(knex) {
  await knex.schema.createTable('teams', (t) => {
    t.bigIncrements('id');
    t.string('slug', 64).notNullable();
    t.string('name').notNullable();
    t.unique(['slug']);
  });
}

async function down(knex) {
  await knex.schema.dropTable('teams');
}

module.exports = { up, down };
