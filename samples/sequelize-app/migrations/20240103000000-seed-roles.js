'use strict';

module.exports = {
  async up(queryInterface) {
    const now = new Date();
    await queryInterface.bulkInsert('Roles', [
      { name: 'admin', isDefault: false, createdAt: now, updatedAt: now },
      { name: 'member', isDefault: true, createdAt: now, updatedAt: now },
    ]);
  },

  async down(queryInterface) {
    await queryInterface.bulkDelete('Roles', { name: ['admin', 'member'] });
  },
};
