// PostgreSQL gets a partial index; the other engines a plain one on the same name.
exports.up = async function (knex) {
  if (knex.client.config.client === 'pg') {
    await knex.raw("CREATE INDEX tickets_open_index ON tickets (priority) WHERE status = 'open'");
  } else {
    await knex.schema.alterTable('tickets', (t) => {
      t.index(['status', 'priority'], 'tickets_open_index');
    });
  }
};

exports.down = async function (knex) {
  await knex.schema.alterTable('tickets', (t) => {
    t.dropIndex([], 'tickets_open_index');
  });
};
