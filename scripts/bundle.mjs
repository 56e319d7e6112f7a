// Bundles the compiled CLI (dist/cli/main.js) and its pure-JavaScript
// dependencies into one file, dist/cli/bundle.js, which bin/migstamp loads.
// Node resolves, reads and compiles each module file separately; php-parser
// alone is ~150 files. One file saves ~55 ms of the ~280 ms a run on the
// sample takes (see docs/decisions.md). libpg-query stays outside: it finds
// its WebAssembly file next to its own code. node-sql-parser is loaded with
// createRequire only by runs that need it, so it stays outside too.
import { build } from 'esbuild';

await build({
  entryPoints: ['dist/cli/main.js'],
  outfile: 'dist/cli/bundle.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  external: ['libpg-query', 'ts-morph'],
  // The CommonJS packages inside call require() for Node's own modules.
  banner: { js: "import { createRequire as migstampCreateRequire } from 'node:module'; const require = migstampCreateRequire(import.meta.url);" },
  logLevel: 'warning',
});
