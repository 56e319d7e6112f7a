'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.bulkInsert('AppSettings', [
      { key: 'theme', value: 'light' },
      { key: 'locale', value: 'en' },
    ]);
  },

  async down(queryInterface) {
    await queryInterface.bulkDelete('AppSettings', { key: ['theme', 'locale'] });
  },
};
