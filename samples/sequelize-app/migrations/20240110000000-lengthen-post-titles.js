'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.changeColumn('Posts', 'title', { type: Sequelize.STRING(500), allowNull: false });
  },

  async down(queryInterface, Sequelize) {
    await queryInterface.changeColumn('Posts', 'title', { type: Sequelize.STRING, allowNull: true });
  },
};
