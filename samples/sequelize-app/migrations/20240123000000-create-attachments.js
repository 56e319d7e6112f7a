'use strict';

const { ATTACHMENTS, TICKETS } = require('../schema-names');
const { addAuditColumns } = require('../lib/migration-helpers');

/** @type {import('sequelize-cli').Migration} */
module.exports = {
  async up(queryInterface, Sequelize) {
    await queryInterface.createTable(ATTACHMENTS, {
      id: { allowNull: false, autoIncrement: true, primaryKey: true, type: Sequelize.INTEGER },
      ticketId: { type: Sequelize.INTEGER, allowNull: false, references: { model: TICKETS, key: 'id' }, onDelete: 'CASCADE' },
      fileName: { type: Sequelize.STRING, allowNull: false },
      size: { type: Sequelize.BIGINT, allowNull: false, defaultValue: 0 },
      createdAt: { allowNull: false, type: Sequelize.DATE },
      updatedAt: { allowNull: false, type: Sequelize.DATE },
    });
    await addAuditColumns(queryInterface, Sequelize, ATTACHMENTS);
  },

  async down(queryInterface) {
    await queryInterface.dropTable(ATTACHMENTS);
  },
};
