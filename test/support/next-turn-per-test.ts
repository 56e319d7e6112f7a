/**
 * Setup file (vitest.config.ts): every test starts on a new turn of the event
 * loop. vitest runs a file's hooks and tests back to back without one, and the
 * real-engine suites wait for their child processes synchronously, so the test
 * worker's event loop stayed busy for a whole file: 51 s for the PostgreSQL
 * acceptance suite on a loaded 2-core machine. Meanwhile the worker cannot
 * read vitest's messages (vitest 3 gave up on them after 60 s, issue 14).
 */
import { setImmediate } from 'node:timers/promises';
import { beforeEach } from 'vitest';

beforeEach(async () => {
  await setImmediate();
});
