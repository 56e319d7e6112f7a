'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.renameColumn('Users', 'name', 'displayName');
  },

  async down(queryInterface) {
    await queryInterface.renameColumn('Users', 'displayName', 'name');
  },
};
