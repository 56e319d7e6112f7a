import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 300_000,
    // The real-engine tests share one PostgreSQL/MariaDB server; running files one
    // after another keeps them from racing for databases and CPU on 2 cores.
    fileParallelism: false,
    setupFiles: ['test/support/next-turn-per-test.ts'],
  },
});
