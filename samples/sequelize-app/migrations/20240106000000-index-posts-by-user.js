'use strict';

module.exports = {
  async up(queryInterface) {
    // Unnamed: Sequelize names it posts_user_id_created_at.
    await queryInterface.addIndex('Posts', ['userId', 'createdAt']);
  },

  async down(queryInterface) {
    await queryInterface.removeIndex('Posts', ['userId', 'createdAt']);
  },
};
