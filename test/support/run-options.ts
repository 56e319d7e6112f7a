import type { RunOptions } from '../../src/cli/run.js';

/**
 * What the CLI passes to run() for `migstamp <command> --dump DUMP --migrations
 * <the sample app>` with every other option at its default (and quiet, with a
 * fixed tool version, so outputs are comparable across runs).
 */
export function runOptions(overrides: Partial<RunOptions> & Pick<RunOptions, 'command' | 'dump'>): RunOptions {
  return {
    migrations: ['samples/laravel-app/database/migrations'],
    framework: 'laravel',
    database: null,
    schema: null,
    table: null,
    prefix: null,
    prefixIndexes: null,
    app: null,
    envFile: null,
    connection: null,
    assumeApplied: [],
    upTo: null,
    batch: null,
    json: false,
    check: false,
    output: null,
    script: null,
    force: false,
    colour: false,
    width: 80,
    quiet: true,
    maxRows: 10000,
    toolVersion: '0.0.0-test',
    ...overrides,
  };
}
