const { TICKET_NOTES } = require('../schema-names');

exports.up = function (knex) {
  return knex.schema.renameTable(TICKET_NOTES, 'ticket_comments');
};

exports.down = function (knex) {
  return knex.schema.renameTable('ticket_comments', TICKET_NOTES);
};
