// Preloaded into the CLI under test (NODE_OPTIONS=--import): on exit, writes this
// process's peak resident set size in kilobytes to $MIGSTAMP_TEST_RSS_FILE, so a
// test can bound memory without /usr/bin/time (absent on minimal machines).
import { writeFileSync } from 'node:fs';

const target = process.env.MIGSTAMP_TEST_RSS_FILE;
if (target) process.on('exit', () => writeFileSync(target, String(process.resourceUsage().maxRSS)));
