const names = require('../schema-names');

// PostgreSQL keeps the response time as an interval; the other engines in minutes.
exports.up = async function (knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw(`CREATE TABLE ${names.Tables.SlaPolicies} (id serial PRIMARY KEY, name varchar(80) NOT NULL, respond_within interval NOT NULL)`);
  } else {
    await knex.schema.createTable(names.Tables.SlaPolicies, (t) => {
      t.increments('id');
      t.string('name', 80).notNullable();
      t.integer('respond_within_minutes').notNullable();
    });
  }
};

exports.down = async function (knex) {
  await knex.schema.dropTable(names.Tables.SlaPolicies);
};
