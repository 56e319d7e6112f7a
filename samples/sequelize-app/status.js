// The framework's own status, as umzug reports it: umzug v3 with SequelizeStorage
// configured as sequelize-cli configures it (table SequelizeMeta, no timestamps),
// over the migrations folder. Prints {"executed": [...], "pending": [...]} as JSON.
// Usage: node status.js [MIGRATIONS_DIR]   (connection from config/config.js)
const path = require('path');
const { Sequelize } = require('sequelize');
const { Umzug, SequelizeStorage } = require('umzug');
const config = require('./config/config.js').development;

async function main() {
  const sequelize = new Sequelize(config);
  const folder = path.resolve(process.argv[2] || path.join(__dirname, 'migrations'));
  const umzug = new Umzug({
    migrations: { glob: ['*.{js,cjs}', { cwd: folder }] },
    context: sequelize.getQueryInterface(),
    storage: new SequelizeStorage({ sequelize, tableName: 'SequelizeMeta', timestamps: false }),
    logger: undefined,
  });
  const executed = (await umzug.executed()).map((m) => m.name);
  const pending = (await umzug.pending()).map((m) => m.name);
  await sequelize.close();
  process.stdout.write(`${JSON.stringify({ executed, pending })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error.message}\n`);
  process.exit(1);
});
