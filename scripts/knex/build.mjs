#!/usr/bin/env node
// Puts migration sources where the Knex runner loads them, as a deployment does:
// TypeScript files are built to CommonJS `.js` (esbuild, as tsc would emit them),
// JavaScript files (.js, .cjs, .mjs) are copied as they are.
//
//   node scripts/knex/build.mjs OUT_DIR SOURCE_FILE...
import { transformSync } from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const [out, ...sources] = process.argv.slice(2);
if (!out || sources.length === 0) {
  console.error('usage: build.mjs OUT_DIR SOURCE_FILE...');
  process.exit(2);
}
mkdirSync(out, { recursive: true });
for (const source of sources) {
  const name = basename(source);
  if (name.endsWith('.ts')) {
    const { code } = transformSync(readFileSync(source, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20' });
    writeFileSync(join(out, `${name.slice(0, -3)}.js`), code);
  } else {
    copyFileSync(source, join(out, name));
  }
}
