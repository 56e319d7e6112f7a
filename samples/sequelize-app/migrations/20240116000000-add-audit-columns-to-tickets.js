'use strict';

const { TICKETS } = require('../schema-names');
const { addAuditColumns, removeAuditColumns } = require('../lib/migration-helpers');

module.exports = {
  async up(queryInterface, Sequelize) {
    await addAuditColumns(queryInterface, Sequelize, TICKETS);
  },

  async down(queryInterface) {
    await removeAuditColumns(queryInterface, TICKETS);
  },
};
