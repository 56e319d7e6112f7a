// sequelize-cli reads the connection from here; the sample's scripts set the variables.
const dialect = process.env.DB_DIALECT || 'sqlite';

const connections = {
  postgres: { dialect, host: process.env.DB_HOST || '/var/run/postgresql', database: process.env.DB_NAME, username: process.env.DB_USER || require('os').userInfo().username },
  mysql: { dialect, database: process.env.DB_NAME, username: process.env.DB_USER || 'root', dialectOptions: { socketPath: process.env.DB_SOCKET || '/run/mysqld/mysqld.sock' } },
  sqlite: { dialect, storage: process.env.DB_STORAGE || 'database.sqlite', dialectModule: require('./better-sqlite3-as-sqlite3.js') },
};

module.exports = { development: { ...connections[dialect], logging: false } };
