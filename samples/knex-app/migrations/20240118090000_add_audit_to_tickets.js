const { addAuditColumns, dropAuditColumns } = require('../lib/helpers');
const { TICKETS } = require('../schema-names');

exports.up = (knex) => addAuditColumns(knex, TICKETS);

exports.down = (knex) => dropAuditColumns(knex, TICKETS);
