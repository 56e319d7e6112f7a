'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.renameTable('Tags', 'Labels');
    for (const column of ['color', 'icon']) {
      await queryInterface.addColumn('Labels', column, { type: Sequelize.STRING(30), allowNull: true });
    }
  },

  async down(queryInterface) {
    for (const column of ['color', 'icon']) {
      await queryInterface.removeColumn('Labels', column);
    }
    await queryInterface.renameTable('Labels', 'Tags');
  },
};
