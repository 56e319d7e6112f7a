'use strict';

// Columns several tables carry: who created and last changed a row.
async function addAuditColumns(queryInterface, Sequelize, table) {
  await queryInterface.addColumn(table, 'createdBy', { type: Sequelize.INTEGER, allowNull: true });
  await queryInterface.addColumn(table, 'updatedBy', { type: Sequelize.INTEGER, allowNull: true });
}

async function removeAuditColumns(queryInterface, table) {
  await queryInterface.removeColumn(table, 'updatedBy');
  await queryInterface.removeColumn(table, 'createdBy');
}

module.exports = { addAuditColumns, removeAuditColumns };
