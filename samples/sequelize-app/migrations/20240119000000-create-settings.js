'use strict';

// Some installations made this table by hand before it was a migration.
module.exports = {
  async up(queryInterface, Sequelize) {
    if (!(await queryInterface.tableExists('Settings'))) {
      await queryInterface.createTable('Settings', {
        key: { type: Sequelize.STRING(64), allowNull: false, primaryKey: true },
        value: { type: Sequelize.TEXT, allowNull: true },
      });
    }
  },

  async down(queryInterface) {
    await queryInterface.dropTable('Settings');
  },
};
