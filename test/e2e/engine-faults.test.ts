/**
 * The real-engine suites' skip message tells what to fix (issue 9, point 13):
 * a PostgreSQL role that is missing from a server that is down, and MariaDB
 * refusing the login from MariaDB not running. The texts below were printed by
 * psql 15.18 and the mariadb 10.11 client on this project's machine, each by the
 * command in its row; the live rows print them again with today's clients.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EngineFault, describeFault, mariadbFault, postgresFault } from './engine-faults.js';
import { engineGate, mysqlAvailability, postgresAvailability, run, tempDir } from './engines.js';

describe('reading psql\'s error', () => {
  it.each([
    // su nobody -c 'psql -d postgres' (peer login as an OS user without a role)
    ['FATAL:  role "nobody" does not exist', 'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  role "nobody" does not exist\n', 'no-role'],
    // PGHOST=/tmp/nowhere psql (no socket file: the server is not running, or another socket folder)
    ['no socket file', 'psql: error: connection to server on socket "/tmp/options-nosock/.s.PGSQL.5432" failed: No such file or directory\n\tIs the server running locally and accepting connections on that socket?\n', 'down'],
    // a socket file left behind by a server that stopped
    ['a socket nobody listens on', 'psql: error: connection to server on socket "/tmp/options-deadsock/.s.PGSQL.5432" failed: Connection refused\n\tIs the server running locally and accepting connections on that socket?\n', 'down'],
    // PGHOST=127.0.0.1 PGPORT=1 psql
    ['a TCP port nobody listens on', 'psql: error: connection to server at "127.0.0.1", port 1 failed: Connection refused\n\tIs the server running on that host and accepting TCP/IP connections?\n', 'down'],
    // PGUSER=nosuchrole psql (peer login under another name)
    ['peer authentication', 'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  Peer authentication failed for user "nosuchrole_options"\n', 'denied'],
    // PGHOST=127.0.0.1 psql < /dev/null (scram-sha-256 in pg_hba.conf)
    ['a password it was not given', 'Password for user root: \npsql: error: connection to server at "localhost" (127.0.0.1), port 5432 failed: fe_sendauth: no password supplied\n', 'denied'],
    // psql -d nosuchdb
    ['a database that does not exist', 'psql: error: connection to server on socket "/var/run/postgresql/.s.PGSQL.5432" failed: FATAL:  database "nosuchdb_options" does not exist\n', 'other'],
  ] as const)('%s', (_what, stderr, kind) => {
    expect(postgresFault(stderr).kind).toBe(kind);
  });
});

describe('reading the mariadb client\'s error', () => {
  it.each([
    // mariadb --socket=/tmp/nowhere/mysqld.sock
    ['no socket file', "ERROR 2002 (HY000): Can't connect to local server through socket '/tmp/options-nosock/mysqld.sock' (2)\n", 'down'],
    ['a socket nobody listens on', "ERROR 2002 (HY000): Can't connect to local server through socket '/tmp/options-deadsock/mysqld.sock' (111)\n", 'down'],
    // mariadb -h 127.0.0.1 -P 1
    ['a TCP port nobody listens on', "ERROR 2002 (HY000): Can't connect to server on '127.0.0.1' (115)\n", 'down'],
    // mariadb -u nosuchuser (unix_socket login under another name)
    ['a user that is not this OS user', "ERROR 1698 (28000): Access denied for user 'nosuchuser_options'@'localhost'\n", 'denied'],
    // su nobody -c mariadb
    ['an OS user without a MariaDB user', "ERROR 1045 (28000): Access denied for user 'nobody'@'localhost' (using password: NO)\n", 'denied'],
    ['a database that does not exist', "ERROR 1049 (42000): Unknown database 'nosuchdb_options'\n", 'other'],
  ] as const)('%s', (_what, stderr, kind) => {
    expect(mariadbFault(stderr).kind).toBe(kind);
  });
});

describe('the skip message says what to fix', () => {
  it.each([
    ['PostgreSQL', { kind: 'no-role', role: 'nobody', detail: 'FATAL:  role "nobody" does not exist' }, /^PostgreSQL is running, but has no role "nobody" for this user .*; scripts\/start-engines\.sh creates it/],
    ['PostgreSQL', { kind: 'down', detail: 'No such file or directory' }, /^PostgreSQL is not running \(\/var\/run\/postgresql: .*\); start it with scripts\/start-engines\.sh$/],
    ['MariaDB', { kind: 'denied', detail: "Access denied for user 'nobody'@'localhost'" }, /^MariaDB is running, but refused the login /],
    ['MariaDB', { kind: 'down', detail: "Can't connect" }, /^MariaDB is not running /],
  ] as const)('%s: %j', (engine, fault, message) => {
    expect(describeFault(engine, fault as EngineFault, '/var/run/postgresql')).toMatch(message);
  });
});

const pg = engineGate('PostgreSQL error texts', postgresAvailability());
const maria = engineGate('MariaDB error texts', mysqlAvailability());

describe('today\'s clients, live', () => {
  let nowhere: ReturnType<typeof tempDir>;
  beforeAll(() => {
    nowhere = tempDir('migstamp-options-nosock-');
  });
  afterAll(() => nowhere.cleanup());

  it.skipIf(pg.skip)('psql with a socket folder where no server runs: down', () => {
    if (pg.failure) throw new Error(pg.failure);
    const result = run('psql', ['-X', '-Atq', '-d', 'postgres', '-c', 'select 1'], { env: { PGHOST: nowhere.path } });
    expect(result.code).not.toBe(0);
    expect(postgresFault(result.stderr).kind, result.stderr).toBe('down');
  });

  // Peer login as an OS user that has no role: needs root to switch users.
  const root = process.getuid?.() === 0 && spawnSync('id', ['nobody']).status === 0;
  it.skipIf(pg.skip || !root)('psql as an OS user without a role: no-role', () => {
    if (pg.failure) throw new Error(pg.failure);
    const result = run('su', ['nobody', '-s', '/bin/sh', '-c', 'cd / && psql -X -Atq -d postgres -c "select 1"']);
    expect(result.code).not.toBe(0);
    expect(postgresFault(result.stderr), result.stderr).toMatchObject({ kind: 'no-role', role: 'nobody' });
  });

  it.skipIf(maria.skip)('mariadb with a socket where no server runs: down', () => {
    if (maria.failure) throw new Error(maria.failure);
    const result = run('mariadb', [`--socket=${nowhere.path}/mysqld.sock`, '-N', '-e', 'select 1']);
    expect(result.code).not.toBe(0);
    expect(mariadbFault(result.stderr).kind, result.stderr).toBe('down');
  });

  it.skipIf(maria.skip)('mariadb as a user this OS user cannot log in as: denied', () => {
    if (maria.failure) throw new Error(maria.failure);
    const result = run('mariadb', ['-u', 'migstamp_options_nosuchuser', '-N', '-e', 'select 1']);
    expect(result.code).not.toBe(0);
    expect(mariadbFault(result.stderr).kind, result.stderr).toBe('denied');
  });
});
