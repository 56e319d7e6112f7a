/**
 * The package installs as users install packages (issue 9, point 16). `npm
 * pack` used to ship no dist/ (.gitignore'd) and 386 test files, so a global
 * install died on `migstamp --version` with ERR_MODULE_NOT_FOUND. Now `prepack`
 * builds the bundle and `files` ships only what runs.
 *
 * The whole loop (pack from a copy without dist/, global install into a
 * temporary prefix with production dependencies only, the sample from another
 * folder) is scripts/check-package.sh; it needs npm's cache or a registry, so
 * it runs in CI (MIGSTAMP_REQUIRE_ENGINES=1) and on demand (MIGSTAMP_CHECK_PACKAGE=1).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT, REQUIRE_ENGINES } from '../e2e/engines.js';

const FULL_CHECK = REQUIRE_ENGINES || process.env.MIGSTAMP_CHECK_PACKAGE === '1';
if (!FULL_CHECK) console.warn('\n[skip] the pack-and-install check (scripts/check-package.sh): set MIGSTAMP_CHECK_PACKAGE=1 to run it.\n');

describe('the npm package', () => {
  it('ships only what runs: the bin, the bundle, README and package.json', () => {
    const result = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8' });
    expect(result.status, result.stderr).toBe(0);
    const [pack] = JSON.parse(result.stdout) as { files: { path: string }[] }[];
    expect(pack!.files.map((file) => file.path).sort()).toEqual(['README.md', 'bin/migstamp', 'dist/cli/bundle.js', 'package.json']);
  });

  it('builds the bundle at pack time, and needs at run time only what it does not bundle', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string>; dependencies: Record<string, string> };
    expect(pkg.scripts.prepack).toBe('npm run build');
    // scripts/bundle.mjs leaves these outside the bundle (ts-morph is loaded only for JavaScript
    // frameworks' migrations); everything else is in it.
    expect(Object.keys(pkg.dependencies).sort()).toEqual(['libpg-query', 'node-sql-parser', 'ts-morph']);
  });

  it.skipIf(!FULL_CHECK)('packs, installs globally with production dependencies only, and runs the sample from another folder', { timeout: 300_000 }, () => {
    const result = spawnSync('bash', [join(REPO_ROOT, 'scripts', 'check-package.sh')], { encoding: 'utf8' });
    expect(result.status, `${result.stdout}${result.stderr}`).toBe(0);
    expect(result.stdout).toMatch(/^check-package: migstamp-[\d.]+\.tgz: 4 files, installs and runs the sample$/m);
  });
});
