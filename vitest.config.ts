import { defineConfig } from 'vitest/config';

import { fileURLToPath } from 'node:url';

export default defineConfig({
  resolve: {
    // Examples and docs import the package by name; tests run them against the source.
    alias: [
      {
        find: /^hotpatch-calendar\/testing$/,
        replacement: fileURLToPath(new URL('./src/testing/index.ts', import.meta.url)),
      },
      ...['render', 'deploy', 'import', 'server'].map((sub) => ({
        find: new RegExp(`^hotpatch-calendar/${sub}$`),
        replacement: fileURLToPath(new URL(`./src/${sub === 'import' ? 'importers' : sub}/index.ts`, import.meta.url)),
      })),
      { find: /^hotpatch-calendar$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
    ],
  },
  test: {
    // Type tests (*.test-d.ts) run only as type checks: at run time expectTypeOf checks nothing.
    include: ['test/**/*.test.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
    globalSetup: ['test/support/global-setup.ts'],
    setupFiles: ['test/support/setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 180_000,
    reporters: ['default', 'json'],
    outputFile: { json: '.vitest-results.json' },
  },
});
