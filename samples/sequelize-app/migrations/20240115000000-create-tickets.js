'use strict';

const { TICKETS, SUBJECT_LENGTH } = require('../schema-names');

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable(TICKETS, {
      id: { allowNull: false, autoIncrement: true, primaryKey: true, type: Sequelize.INTEGER },
      subject: { type: Sequelize.STRING(SUBJECT_LENGTH), allowNull: false },
      status: { type: Sequelize.STRING(20), allowNull: false, defaultValue: 'open' },
      createdAt: { allowNull: false, type: Sequelize.DATE },
      updatedAt: { allowNull: false, type: Sequelize.DATE },
    });
  },

  async down(queryInterface) {
    await queryInterface.dropTable(TICKETS);
  },
};
