'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.dropTable('Imports');
  },

  async down(queryInterface, Sequelize) {
    await queryInterface.createTable('Imports', {
      id: { allowNull: false, autoIncrement: true, primaryKey: true, type: Sequelize.INTEGER },
      source: { type: Sequelize.STRING, allowNull: false },
      payload: { type: Sequelize.JSON },
    });
  },
};
