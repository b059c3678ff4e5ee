import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as main from '../../src/index.js';
import * as render from '../../src/render/index.js';
import * as testing from '../../src/testing/index.js';
import * as deploy from '../../src/deploy/index.js';
import * as importers from '../../src/importers/index.js';

// The benchmarks run against the built package (dist/), outside the test suite: a renamed or moved export would
// only break the next `npm run bench`. This reads each benchmark's imports and names from dist and checks that
// the entry it names exports them (the sources of each entry), so CI fails instead.
const ENTRIES: Record<string, object> = {
  'index.js': main,
  'render.js': render,
  'testing.js': testing,
  'deploy.js': deploy,
  'import.js': importers,
};
const dir = new URL('../bench/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.mjs'));

describe('the benchmarks use exports that exist', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const missing: string[] = [];
    for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*'\.\.\/\.\.\/dist\/([\w.-]+)'/g)) {
      const entry = ENTRIES[m[2] ?? ''];
      expect(entry, `${file}: dist/${m[2]} is not an entry of the package`).toBeDefined();
      for (const name of (m[1] ?? '')
        .split(',')
        .map((n) => n.trim().split(/\s+as\s+/)[0] ?? '')
        .filter(Boolean))
        if (!(name in (entry as object))) missing.push(`${name} from dist/${m[2]}`);
    }
    for (const m of text.matchAll(/import\s*\*\s*as\s*(\w+)\s*from\s*'\.\.\/\.\.\/dist\/([\w.-]+)'/g)) {
      const entry = ENTRIES[m[2] ?? ''] as object;
      for (const use of text.matchAll(new RegExp(`\\b${m[1]}\\.([A-Za-z_]\\w*)\\s*\\(`, 'g')))
        if (!((use[1] ?? '') in entry)) missing.push(`${m[1]}.${use[1]} (dist/${m[2]})`);
    }
    expect(missing).toEqual([]);
  });
  it('there are benchmarks to check', () => {
    expect(files).toEqual(expect.arrayContaining(['run.mjs', 'kit.mjs', 'fleet.mjs']));
  });
});
