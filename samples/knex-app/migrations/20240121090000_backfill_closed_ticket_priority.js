// Closed tickets drop to the lowest priority so that queues sort them last.
exports.up = async function (knex) {
  await knex('tickets').where('status', 'closed').update({ priority: 5 });
};

exports.down = async function () {};
