import { defineConfig, mergeConfig } from 'vitest/config';
import base from './vitest.config.js';

// The suite as Stryker runs it: one fixed fast-check seed (a mutant must be killed the same way every run) and
// without the tests that cannot see the active mutant: the packed tarball, the subprocess runs under other time
// zones, the headless-browser pages and the file-layout checks. Also left out, for speed only (every mutant
// reruns the tests that reach it): the documentation examples and the CLI's network-retry timings; the modules
// they reach have direct tests. The kit's power test against 22 one-bug schedulers runs with one seed.
process.env['FC_SEED'] ??= '20261130';
process.env['FC_NUM_RUNS'] ??= '40';
process.env['BUG_CORPUS_SEEDS'] ??= '1';
// Tests of the built CLI (dist/ is not in the sandbox) skip themselves in this run.
process.env['HOTPATCH_MUTATION'] = '1';

const EXCLUDE = [
  'test/quality/packed.test.ts',
  'test/quality/determinism.test.ts',
  'test/quality/architecture.test.ts',
  'test/render/html-browser.test.ts',
  'test/site/**',
  'test/cli/compliance-browser.test.ts',
  'test/bench/**',
  'test/docs/**',
  'test/cli/refresh.test.ts',
  'test/cli/output-targets.test.ts',
  'node_modules/**',
];
// The product table is built on first use and kept for the module's life, so only a fresh module graph sees a
// mutant in it: the product tests get one per test file, the rest share one (MUTATION_ISOLATE=1: all isolated).
const ISOLATED = ['test/products/**/*.test.ts'];
const isolateAll = process.env['MUTATION_ISOLATE'] === '1';

export default mergeConfig(
  base,
  defineConfig({
    test: {
      reporters: ['dot'],
      typecheck: { enabled: false },
      outputFile: {},
      projects: [
        {
          extends: true,
          // One module graph per worker instead of one per test file: a mutant's run re-imports nothing, which
          // is most of the time a run takes (the tests themselves are quick).
          test: { name: 'shared', exclude: [...EXCLUDE, ...ISOLATED], isolate: isolateAll },
        },
        {
          // Not `extends`: that would add the root's include to this one.
          resolve: base.resolve,
          test: {
            name: 'isolated',
            include: ISOLATED,
            globalSetup: base.test?.globalSetup,
            setupFiles: base.test?.setupFiles,
            testTimeout: base.test?.testTimeout,
            isolate: true,
          },
        },
      ],
    },
  }),
);
