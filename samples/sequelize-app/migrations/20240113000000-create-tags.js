'use strict';

const TABLE = 'Tags';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable(TABLE, {
      id: { allowNull: false, autoIncrement: true, primaryKey: true, type: Sequelize.INTEGER },
      label: { type: Sequelize.STRING(60), allowNull: false },
    });
    await queryInterface.addIndex(TABLE, { fields: ['label'], unique: true, name: 'tags_label_unique' });
  },

  async down(queryInterface) {
    await queryInterface.dropTable(TABLE);
  },
};
