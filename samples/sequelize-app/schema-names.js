'use strict';

// Table names and sizes the migrations share, kept in one place.
const TICKETS = 'Tickets';

module.exports = {
  TICKETS,
  ATTACHMENTS: 'Attachments',
  NOTIFICATIONS: 'Notifications',
  SUBJECT_LENGTH: 160,
};
