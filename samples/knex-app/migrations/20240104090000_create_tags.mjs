const TAGS = 'tags';
const PIVOT = `ticket_${TAGS}`;

export async function up(knex) {
  await knex.schema.createTable(TAGS, (t) => {
    t.increments('id');
    t.string('label', 80).notNullable().unique();
  });
  await knex.schema.createTable(PIVOT, (t) => {
    t.integer('ticket_id').unsigned().notNullable();
    t.integer('tag_id').unsigned().notNullable();
    t.primary(['ticket_id', 'tag_id']);
    t.foreign('ticket_id').references('tickets.id').onDelete('CASCADE');
    t.foreign('tag_id').references('id').inTable(TAGS);
  });
}

export async function down(knex) {
  await knex.schema.dropTable(PIVOT);
  await knex.schema.dropTable(TAGS);
}
