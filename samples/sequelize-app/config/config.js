// sequelize-cli reads the connection from here; the sample's scripts set the variables.
const dialect = process.env.DB_DIALECT || 'sqlite';

const connections = {
  postgres: { dialect, host: process.env.DB_HOST || '/var/run/postgresql', database: process.env.DB_NAME, username: process.env.DB_USER || require('os').userInfo().username },
  mysql: { dialect, database: process.env.DB_NAME, username: process.env.DB_USER || 'root', dialectOptions: { socketPath: process.env.DB_SOCKET || '/run/mysqld/mysqld.sock' } },
  sqlite: { dialect, storage: process.env.DB_STORAGE || 'database.sqlite', dialectModule: require('./better-sqlite3-as-sqlite3.js') },
};

// sequelize-cli's storage settings (src/helpers/umzug-helper.js), for tests of other SequelizeMeta shapes:
// MIGRATION_TABLE sets migrationStorageTableName, MIGRATION_TIMESTAMPS=1 sets migrationTimestamps.
const storage = {
  ...(process.env.MIGRATION_TABLE ? { migrationStorageTableName: process.env.MIGRATION_TABLE } : {}),
  ...(process.env.MIGRATION_TIMESTAMPS === '1' ? { migrationTimestamps: true } : {}),
};

module.exports = { development: { ...connections[dialect], logging: false, ...storage } };
