import { copyFileSync } from 'node:fs';
import { defineConfig, type Options } from 'tsup';

// What users install, built so that bundlers can drop what is unused:
// - ESM: the library and the CLI share chunks, so the catalog exists once; every top-level statement is pure.
// - CJS: the library as one file for require().
// - The fast-check kit and the importers import the library by its package name (self-reference), in both
//   formats, so they carry no second copy of the library or its data.
// - `./import` bundles htmlparser2 (ESM-only upstream), so its CJS build works on Node 20 and the main entry
//   never sees it.
// - `./render` (the file renderers and their languages) and `./deploy` import the library by name too.
// - `./deploy` carries the IANA → Windows zone table (CLDR), which the main entry never needs.
// - `./server` (the HTTP app on Hono) imports the library and `./render` by name; Hono stays a dependency.
// - Declarations per entry, in named files (dist/index.d.ts, dist/testing.d.ts).

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
      cli: 'src/cli/bin.ts',
    },
    format: ['esm'],
    splitting: true,
    clean: true,
    onSuccess: async () => copyFileSync('src/catalog/catalog.schema.json', 'dist/catalog.schema.json'),
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
