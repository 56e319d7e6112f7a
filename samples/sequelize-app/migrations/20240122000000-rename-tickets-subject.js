'use strict';

const { TICKETS } = require('../schema-names');

module.exports = {
  async up(queryInterface) {
    await queryInterface.renameColumn(TICKETS, 'subject', 'title');
  },

  async down(queryInterface) {
    await queryInterface.renameColumn(TICKETS, 'title', 'subject');
  },
};
