'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.renameTable('Settings', 'AppSettings');
  },

  async down(queryInterface) {
    await queryInterface.renameTable('AppSettings', 'Settings');
  },
};
