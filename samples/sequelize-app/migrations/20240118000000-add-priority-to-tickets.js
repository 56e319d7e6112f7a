'use strict';

// Each engine gets the smallest integer it has; SQLite's ALTER TABLE is enough there.
module.exports = {
  async up(queryInterface, Sequelize) {
    const dialect = queryInterface.sequelize.getDialect();
    if (dialect === 'postgres') {
      await queryInterface.sequelize.query('ALTER TABLE "Tickets" ADD COLUMN "priority" SMALLINT NOT NULL DEFAULT 0');
    } else if (dialect === 'mysql' || dialect === 'mariadb') {
      await queryInterface.sequelize.query('ALTER TABLE `Tickets` ADD COLUMN `priority` TINYINT NOT NULL DEFAULT 0');
    } else {
      await queryInterface.addColumn('Tickets', 'priority', { type: Sequelize.INTEGER, allowNull: false, defaultValue: 0 });
    }
  },

  async down(queryInterface) {
    await queryInterface.removeColumn('Tickets', 'priority');
  },
};
