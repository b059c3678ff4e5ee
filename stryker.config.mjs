// Mutation testing: `npm run mutation` (not part of CI: too slow). Every module of src/ except the CLI shell and
// the generated data; the suite as vitest.mutation.config.ts runs it. Incremental: a rerun after a small change
// tests only the mutants it touches. Report: reports/mutation/mutation.json (git-ignored).
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.mutation.config.ts' },
  plugins: ['@stryker-mutator/vitest-runner', './stryker/error-messages.mjs'],
  ignorers: ['error-messages'],
  mutate: ['src/**/*.ts', '!src/cli/**', '!src/catalog/releases.packed.ts', '!src/deploy/windows-zones.generated.ts'],
  coverageAnalysis: 'perTest',
  // Static mutants (module-level initialisers: message catalogs, lookup tables) are reset only by a fresh module
  // graph, so each would rerun the whole suite: 740 of them would take hours on 2 cores. They are left out of
  // the habit run (reported as ignored); `npx stryker run --ignoreStatic false` runs them too.
  ignoreStatic: true,
  // The sandbox needs the sources, tests and config, not build outputs or the page.
  ignorePatterns: ['dist', 'docs/api', 'site', 'reports', 'coverage', '.stryker-tmp'],
  disableTypeChecks: '{src,test}/**/*.ts',
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
