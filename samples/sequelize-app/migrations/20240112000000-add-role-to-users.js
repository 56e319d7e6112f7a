'use strict';

module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.addColumn('Users', 'roleId', { type: Sequelize.INTEGER, allowNull: true });
    // Unnamed: Sequelize names it Users_roleId_Roles_fk.
    await queryInterface.addConstraint('Users', {
      type: 'foreign key',
      fields: ['roleId'],
      references: { table: 'Roles', field: 'id' },
      onDelete: 'set null',
    });
  },

  async down(queryInterface) {
    await queryInterface.removeConstraint('Users', 'Users_roleId_Roles_fk');
    await queryInterface.removeColumn('Users', 'roleId');
  },
};
