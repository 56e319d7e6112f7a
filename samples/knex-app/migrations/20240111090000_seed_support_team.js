exports.up = async function (knex) {
  await knex('teams').insert([
    { slug: 'support', name: 'Support' },
    { slug: 'billing', name: 'Billing' },
  ]);
};

exports.down = async function (knex) {
  await knex('teams').whereIn('slug', ['support', 'billing']).del();
};
