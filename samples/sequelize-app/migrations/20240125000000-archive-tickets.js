'use strict';

const { TICKETS } = require('../schema-names');

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.addColumn(TICKETS, 'archivedAt', { type: Sequelize.DATE, allowNull: true }, { transaction });
      await queryInterface.addIndex(TICKETS, ['status', 'archivedAt'], { name: 'tickets_status_archived_at', transaction });
    });
  },

  async down(queryInterface) {
    await queryInterface.removeIndex(TICKETS, 'tickets_status_archived_at');
    await queryInterface.removeColumn(TICKETS, 'archivedAt');
  },
};
