/**
 * The READMEs point only at files that exist (issue 9, point 15). A path is
 * anything in an inline code span, a link target or a fenced block's words
 * whose first segment is a folder or file of the repository (`samples/…`,
 * `scripts/…`, `.ci/…`) or, for a README in a subfolder, of that folder
 * (`pgsql/full.sql` in samples/README.md). Globs must match something; paths
 * under a git-ignored folder (`dist/`, `bench/out/`) are what a command
 * produces, not pointers, and are left alone.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import fg from 'fast-glob';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../e2e/engines.js';
import { codeSpans, linkTargets, splitMarkdown } from './markdown.js';

const DOCUMENTS = ['README.md', 'samples/README.md'];
const GLOB = /[*?[\]{}]/;

/** Folders `.gitignore` names (`dist/`, `/bench/out/`), without their slashes. */
function ignoredFolders(): string[] {
  return readFileSync(join(REPO_ROOT, '.gitignore'), 'utf8')
    .split('\n')
    .filter((line) => line.endsWith('/') && !line.startsWith('#'))
    .map((line) => line.replace(/^\//, '').replace(/\/$/, ''));
}

/** Every path-looking word of a document, with the folders it may be relative to. */
function pathsIn(text: string, roots: readonly string[]): string[] {
  const { blocks, prose } = splitMarkdown(text);
  const words = [...codeSpans(prose), ...linkTargets(prose), ...blocks.flatMap((block) => block.lines.flatMap((line) => line.split(/\s+/)))]
    .flatMap((candidate) => candidate.split(/\s+/))
    .map((word) => word.replace(/^[("'<]+|[)"'>,;:.]+$/g, '').replace(/#.*$/, ''));
  const tops = new Set(roots.flatMap((root) => readdirSync(root).filter((entry) => entry !== 'node_modules')));
  return [...new Set(words.filter((word) => word.includes('/') && !word.includes('://') && !/[<…$]/.test(word) && tops.has(word.split('/')[0]!)))];
}

function found(path: string, roots: readonly string[]): boolean {
  return roots.some((root) => (GLOB.test(path) ? fg.sync(path, { cwd: root, onlyFiles: false }).length > 0 : existsSync(join(root, path))));
}

describe('the READMEs point only at files that exist (issue 9, point 15)', () => {
  const ignored = ignoredFolders();
  it.each(DOCUMENTS)('%s', (document) => {
    const folder = join(REPO_ROOT, dirname(document));
    const roots = folder === REPO_ROOT ? [REPO_ROOT] : [folder, REPO_ROOT];
    const paths = pathsIn(readFileSync(join(REPO_ROOT, document), 'utf8'), roots).filter((path) => !ignored.some((prefix) => path === prefix || path.startsWith(`${prefix}/`)));
    expect(paths.length, 'paths found in the document').toBeGreaterThan(5);
    expect(paths.filter((path) => !found(path, roots))).toEqual([]);
  });

  it.each([
    ['an inline code span', 'See `samples/pgsql/nowhere.sql`.', ['samples/pgsql/nowhere.sql']],
    ['a link', 'See [the notes](docs/nowhere.md#top).', ['docs/nowhere.md']],
    ['a command in a fenced block', '```sh\nbash scripts/nowhere.sh && echo\n```', ['scripts/nowhere.sh']],
    ['a glob', 'Try `samples/*/nowhere.sql`.', ['samples/*/nowhere.sql']],
    ['not a path of the repository', 'Use `vendor/*/*/database/migrations` or `illuminate/database`.', []],
    ['a placeholder', 'In `src/dump/<dialect>` and `…/x.php`.', []],
  ])('finds %s', (_what, text, missing) => {
    const paths = pathsIn(text, [REPO_ROOT]);
    expect(paths.filter((path) => !found(path, [REPO_ROOT]))).toEqual(missing);
  });
});
