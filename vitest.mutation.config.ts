import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it: one fixed fast-check seed (a mutant must be killed the same way every run) and
// without the tests that cannot see the active mutant: the packed tarball, the subprocess runs under other time
// zones, the headless-browser pages and the file-layout checks.
process.env['FC_SEED'] ??= '20261130';
process.env['FC_NUM_RUNS'] ??= '100';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        'test/quality/**',
        'test/render/html-browser.test.ts',
        'test/cli/compliance.test.ts',
        'test/bench/**',
        'node_modules/**',
      ],
      reporters: ['dot'],
      outputFile: {},
    },
  }),
);
