/**
 * Why a database client could not connect, read from its error text, so that
 * a skipped real-engine suite says what to fix: a server that is not running
 * needs starting, a running one that refuses the login needs a role or user.
 * The texts are those of psql 15 (libpq) and the mariadb 10.11 client; see
 * test/e2e/engine-faults.test.ts for real examples of each.
 */

export type EngineFault =
  /** No server on the socket or port: nothing listens, or no socket file. */
  | { readonly kind: 'down'; readonly detail: string }
  /** The server is up but still starting or already shutting down. */
  | { readonly kind: 'starting'; readonly detail: string }
  /** The server answers, but has no role (PostgreSQL) named after this user. */
  | { readonly kind: 'no-role'; readonly role: string; readonly detail: string }
  /** The server answers and refuses the login (authentication, no such user). */
  | { readonly kind: 'denied'; readonly detail: string }
  | { readonly kind: 'other'; readonly detail: string };

/** The client's error in one line, without its `psql: error:` or `ERROR 2002 (HY000):` prefix. */
function firstLine(stderr: string): string {
  return (stderr.trim().split('\n')[0] ?? '').replace(/^psql: error: /, '').replace(/^ERROR \d+ \(\w+\)(?: at line \d+)?: /, '');
}

/** What a failed `psql` connection means. */
export function postgresFault(stderr: string): EngineFault {
  const detail = firstLine(stderr);
  const role = /FATAL: +role "([^"]+)" does not exist/.exec(stderr);
  if (role !== null) return { kind: 'no-role', role: role[1]!, detail };
  if (/FATAL: +the database system is (starting up|shutting down|in recovery mode)/.test(stderr)) return { kind: 'starting', detail };
  if (/FATAL: +(Peer|password|Ident|md5|SCRAM) authentication failed|fe_sendauth: no password supplied|no pg_hba\.conf entry/.test(stderr)) return { kind: 'denied', detail };
  if (/failed: (No such file or directory|Connection refused)|could not connect to server|Is the server running/.test(stderr)) return { kind: 'down', detail };
  return { kind: 'other', detail };
}

/** What a failed `mariadb` client connection means. */
export function mariadbFault(stderr: string): EngineFault {
  const detail = firstLine(stderr);
  // 2002: no local socket (2 = ENOENT) or nothing listening on it (111 = ECONNREFUSED); 2003: the TCP port.
  if (/^ERROR (2002|2003) /m.test(stderr)) return { kind: 'down', detail };
  // 1045: wrong password or unknown user; 1698: unix_socket/auth plugin refused this OS user.
  if (/^ERROR (1045|1698) /m.test(stderr)) return { kind: 'denied', detail };
  return { kind: 'other', detail };
}

/** One sentence for the skip (or failure) message: what is wrong and how to fix it. */
export function describeFault(engine: 'PostgreSQL' | 'MariaDB', fault: EngineFault, where: string): string {
  switch (fault.kind) {
    case 'down':
      return `${engine} is not running (${where}: ${fault.detail}); start it with scripts/start-engines.sh`;
    case 'starting':
      return `${engine} is starting up or shutting down (${fault.detail}); wait and run again`;
    case 'no-role':
      return `${engine} is running, but has no role "${fault.role}" for this user (${fault.detail}); scripts/start-engines.sh creates it, or set PGUSER to a role that exists`;
    case 'denied':
      return `${engine} is running, but refused the login (${fault.detail}); scripts/start-engines.sh sets up a socket login for this user`;
    case 'other':
      return `${engine} could not be reached (${where}): ${fault.detail}`;
  }
}
