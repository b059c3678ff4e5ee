import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';

// What users install, built so that bundlers can drop what is unused:
// - ESM: the library's entries share chunks, so the catalog exists once; every top-level statement is pure.
// - The CLI (dist/cli/): CommonJS, built apart from the library, for startup (see its entry below).
// - CJS: the library as one file for require().
// - The fast-check kit and the importers import the library by its package name (self-reference), in both
//   formats, so they carry no second copy of the library or its data.
// - `./import` bundles htmlparser2 (ESM-only upstream), so its CJS build works on Node 20 and the main entry
//   never sees it.
// - `./render` (the file renderers and their languages) and `./deploy` import the library by name too.
// - `./deploy` carries the IANA → Windows zone table (CLDR), which the main entry never needs.
// - `./server` (the HTTP app on Hono) imports the library and `./render` by name; Hono stays a dependency.
// - Declarations per entry, in named files (dist/index.d.ts, dist/testing.d.ts).

/** In the CLI build, `luxon` is the module that loads it the first time a zone other than UTC is asked for. */
const luxonOnDemand: Plugin = {
  name: 'luxon-on-demand',
  setup(build) {
    build.onResolve({ filter: /^luxon$/ }, (args) =>
      args.importer.endsWith('luxon-on-demand.ts') ? undefined : { path: resolve('src/cli/luxon-on-demand.ts') },
    );
  },
};

const common: Options = {
  target: 'node20',
  sourcemap: false,
  treeshake: true,
  external: ['luxon', 'fast-check', 'hotpatch-calendar'],
};

export default defineConfig([
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      import: 'src/importers/index.ts',
      deploy: 'src/deploy/index.ts',
      render: 'src/render/index.ts',
      server: 'src/server/index.ts',
    },
    format: ['esm'],
    splitting: true,
    clean: ['!cli/**'],
    onSuccess: async () => copyFileSync('src/catalog/catalog.schema.json', 'dist/catalog.schema.json'),
  },
  {
    // The CLI, built on its own for startup: CommonJS (a require is cheaper than an ES module's load, and the bin
    // is CommonJS too, so no ES module loader starts), the library from source (a command loads only the modules
    // it uses, not the whole main entry), each command a chunk loaded when asked for, and luxon loaded on demand
    // (a calendar in UTC never parses it). Its chunks repeat some of the library's: the price of a start in about
    // 1.4x the time of node itself rather than 1.8x (docs/performance.md).
    ...common,
    entry: { cli: 'src/cli/bin.ts' },
    outDir: 'dist/cli',
    format: ['cjs'],
    splitting: true,
    // import.meta.url for the on-demand luxon loader, in CommonJS.
    shims: true,
    // Nobody bundles the CLI again: esbuild's own tree shaking is enough, and rollup's pass costs startup time.
    treeshake: false,
    clean: true,
    external: ['fast-check'],
    // luxon is a dependency, which tsup would leave external: taken in so the plugin can map it.
    noExternal: ['luxon'],
    esbuildPlugins: [luxonOnDemand],
  },
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      import: 'src/importers/index.ts',
      deploy: 'src/deploy/index.ts',
      render: 'src/render/index.ts',
      server: 'src/server/index.ts',
    },
    format: ['cjs'],
    splitting: false,
  },
  {
    ...common,
    entry: {
      index: 'src/index.ts',
      testing: 'src/testing/index.ts',
      import: 'src/importers/index.ts',
      deploy: 'src/deploy/index.ts',
      render: 'src/render/index.ts',
      server: 'src/server/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: { only: true },
  },
]);
