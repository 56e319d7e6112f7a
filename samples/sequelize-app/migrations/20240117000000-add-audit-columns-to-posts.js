'use strict';

const helpers = require('../lib/migration-helpers');

module.exports = {
  async up(queryInterface, Sequelize) {
    await helpers.addAuditColumns(queryInterface, Sequelize, 'Posts');
  },

  async down(queryInterface) {
    await helpers.removeAuditColumns(queryInterface, 'Posts');
  },
};
