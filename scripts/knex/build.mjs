#!/usr/bin/env node
// Puts migration sources where the Knex runner loads them, as a deployment does:
// TypeScript files are built to CommonJS `.js` (esbuild, as tsc would emit them),
// JavaScript files (.js, .cjs, .mjs) are copied as they are. The application's
// own modules a migration imports (`../schema-names`, `../lib/helpers`) are put
// beside the output folder where the built migration will look for them.
//
//   node scripts/knex/build.mjs OUT_DIR SOURCE_FILE...
import { transformSync } from 'esbuild';
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';

const [out, ...sources] = process.argv.slice(2);
if (!out || sources.length === 0) {
  console.error('usage: build.mjs OUT_DIR SOURCE_FILE...');
  process.exit(2);
}

/** Builds or copies `source` to `folder`; then the relative modules it imports, at the same relative place. */
function place(source, folder, done) {
  if (done.has(source)) return;
  done.add(source);
  mkdirSync(folder, { recursive: true });
  const name = basename(source);
  const text = readFileSync(source, 'utf8');
  if (name.endsWith('.ts')) {
    const { code } = transformSync(text, { loader: 'ts', format: 'cjs', target: 'node20' });
    writeFileSync(join(folder, `${name.slice(0, -3)}.js`), code);
  } else {
    copyFileSync(source, join(folder, name));
  }
  for (const [, specifier] of text.matchAll(/(?:require\(|from\s+)'(\.[^']*)'/g)) {
    const base = resolve(dirname(source), specifier);
    const found = [base, `${base}.ts`, `${base}.js`, `${base}.cjs`].find((file) => existsSync(file) && !file.endsWith('/'));
    if (found === undefined) throw new Error(`${source} imports ${specifier}, which is not there`);
    place(found, resolve(folder, relative(dirname(source), dirname(found))), done);
  }
}

const done = new Set();
for (const source of sources) place(resolve(source), resolve(out), done);
