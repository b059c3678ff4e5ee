import { defineConfig } from 'tsup';

// Three entries: the library, the fast-check kit (its own subpath so fast-check stays out of the main bundle)
// and the CLI. Everything is ESM + CJS with declarations for both.
export default defineConfig([
  {
    entry: { index: 'src/index.ts', testing: 'src/testing/index.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: true,
    sourcemap: false,
    target: 'node20',
    treeshake: true,
    splitting: false,
    external: ['luxon', 'fast-check'],
  },
  {
    entry: { cli: 'src/cli/bin.ts' },
    format: ['esm'],
    target: 'node20',
    banner: { js: '#!/usr/bin/env node' },
    external: ['luxon'],
  },
]);
