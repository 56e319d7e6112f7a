// Preloaded into the CLI under test (NODE_OPTIONS=--import): every way to start a
// process, open a network connection or resolve a name throws, and each attempt
// is also appended to $MIGSTAMP_TEST_DENIED_LOG, so an attempt that the code
// catches and survives is still seen by the test.
import { appendFileSync } from 'node:fs';
import { createRequire, syncBuiltinESMExports } from 'node:module';

const require = createRequire(import.meta.url);
const log = process.env.MIGSTAMP_TEST_DENIED_LOG;

function denied(what) {
  return function deniedCall() {
    if (log) appendFileSync(log, `${what}\n`);
    throw new Error(`${what} is not allowed in migstamp`);
  };
}

function deny(module, names, prefix) {
  for (const name of names) module[name] = denied(`${prefix}.${name}`);
}

const childProcess = require('node:child_process');
deny(childProcess, ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork'], 'child_process');
const net = require('node:net');
deny(net, ['connect', 'createConnection', 'createServer'], 'net');
net.Socket.prototype.connect = denied('net.Socket.prototype.connect');
deny(require('node:tls'), ['connect'], 'tls');
deny(require('node:dgram'), ['createSocket'], 'dgram');
const dns = require('node:dns');
deny(dns, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns');
deny(dns.promises, ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny'], 'dns.promises');
for (const name of ['http', 'https', 'http2']) deny(require(`node:${name}`), name === 'http2' ? ['connect'] : ['request', 'get'], name);
const workers = require('node:worker_threads');
workers.Worker = denied('worker_threads.Worker');
globalThis.fetch = denied('fetch');
// ESM `import { spawn } from 'node:child_process'` sees the stubs only after this.
syncBuiltinESMExports();
