'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    const columns = await queryInterface.describeTable('Users');
    if (!columns.nickname) {
      await queryInterface.addColumn('Users', 'nickname', { type: Sequelize.STRING(40), allowNull: true });
    }
  },

  async down(queryInterface) {
    await queryInterface.removeColumn('Users', 'nickname');
  },
};
