// Schema helpers several migrations call.
const { AUDIT_PREFIX } = require('../schema-names');

/** Who last changed a row, and when: the same two columns on every audited table. */
async function addAuditColumns(knex, table) {
  await knex.schema.alterTable(table, (t) => {
    t.string(`${AUDIT_PREFIX}by`, 100).nullable();
    t.timestamp(`${AUDIT_PREFIX}at`).nullable();
  });
}

async function dropAuditColumns(knex, table) {
  await knex.schema.alterTable(table, (t) => {
    t.dropColumn(`${AUDIT_PREFIX}by`);
    t.dropColumn(`${AUDIT_PREFIX}at`);
  });
}

module.exports = { addAuditColumns, dropAuditColumns };
