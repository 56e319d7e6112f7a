'use strict';

module.exports = {
  async up(queryInterface) {
    await queryInterface.sequelize.transaction(async (transaction) => {
      await queryInterface.sequelize.query(
        'CREATE TABLE audit_log (id INTEGER NOT NULL PRIMARY KEY, message VARCHAR(200) NOT NULL, created_at TIMESTAMP NULL)',
        { transaction },
      );
    });
  },

  async down(queryInterface) {
    await queryInterface.sequelize.query('DROP TABLE audit_log');
  },
};
