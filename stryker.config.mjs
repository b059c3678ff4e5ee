// Mutation testing: `npm run mutation` (not part of CI: too slow). Every module of src/ except the CLI shell and
// the generated data; the suite as vitest.mutation.config.ts runs it. Incremental: a rerun after a small change
// tests only the mutants it touches. Report: reports/mutation/mutation.json (git-ignored).
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner', './stryker/error-messages.mjs'],
  ignorers: ['error-messages'],
  mutate: ['src/**/*.ts', '!src/cli/**', '!src/catalog/releases.packed.ts'],
  coverageAnalysis: 'perTest',
  concurrency: 2,
  incremental: true,
  incrementalFile: 'reports/mutation/stryker-incremental.json',
  reporters: ['progress', 'clear-text', 'json'],
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true, reportMutants: false },
  timeoutMS: 20_000,
  thresholds: { high: 90, low: 85, break: null },
  tempDirName: '.stryker-tmp',
};
