// Sequelize 6 drives SQLite through the `sqlite3` package's callback API
// (sequelize src/dialects/sqlite/connection-manager.js and query.js: new Database(file, mode, cb),
// serialize, run, all, exec, close). This machine has better-sqlite3 instead; this is that
// API over it, handed to Sequelize as `dialectModule`. Statements and results are unchanged.
const BetterSqlite3 = require('better-sqlite3');

/** sqlite3 binds `$1` from an array; better-sqlite3 wants named values without the `$`. */
function bindings(sql, params) {
  if (Array.isArray(params) && /\$\d/.test(sql)) return [Object.fromEntries(params.map((value, i) => [String(i + 1), value]))];
  if (Array.isArray(params)) return params;
  if (params && typeof params === 'object') return [Object.fromEntries(Object.entries(params).map(([key, value]) => [key.replace(/^[$:@]/, ''), value]))];
  return [];
}

function normalize(value) {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return value.toISOString();
  return value;
}

class Database {
  constructor(filename, _mode, callback) {
    this.filename = filename;
    this.db = new BetterSqlite3(filename);
    if (callback) setImmediate(() => callback(null));
  }

  serialize(fn) {
    fn();
  }

  run(sql, params, callback) {
    if (typeof params === 'function') [params, callback] = [[], params];
    try {
      const info = this.db.prepare(sql).run(...bindings(sql, params).map((b) => (Array.isArray(b) ? b.map(normalize) : typeof b === 'object' ? Object.fromEntries(Object.entries(b).map(([k, v]) => [k, normalize(v)])) : normalize(b))));
      callback?.call({ lastID: Number(info.lastInsertRowid), changes: info.changes }, null);
    } catch (error) {
      callback?.call({}, error);
    }
  }

  all(sql, params, callback) {
    if (typeof params === 'function') [params, callback] = [[], params];
    try {
      const statement = this.db.prepare(sql);
      const args = bindings(sql, params);
      const rows = statement.reader ? statement.all(...args) : (statement.run(...args), []);
      callback?.call({}, null, rows);
    } catch (error) {
      callback?.call({}, error);
    }
  }

  exec(sql, _params, callback) {
    if (typeof _params === 'function') callback = _params;
    try {
      this.db.exec(sql);
      callback?.call({}, null);
    } catch (error) {
      callback?.call({}, error);
    }
  }

  close(callback) {
    this.db.close();
    callback?.(null);
  }
}

module.exports = { Database, OPEN_READWRITE: 2, OPEN_CREATE: 4, OPEN_READONLY: 1, verbose: () => module.exports };
