import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The layers of docs/architecture.md, enforced: data flows one way, so a module imports only from its own folder,
// from lower layers, and from the two shared root modules. index.ts (the public surface) imports from all.
const src = fileURLToPath(new URL('../../src', import.meta.url));
const RANK: Record<string, number> = {
  time: 1,
  cadence: 2,
  products: 3,
  catalog: 4,
  calendar: 5,
  restart: 5,
  schedule: 5,
  importers: 5,
  render: 6,
  deploy: 6,
  server: 7,
  cli: 8,
};
const SHARED = new Set(['errors.ts', 'guards.ts']);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}
const layerOf = (file: string): string => relative(src, file).split('/')[0] ?? '';

describe('architecture', () => {
  const all = files(src);
  it('at most four files sit directly in src/', () => {
    expect(all.filter((f) => dirname(f) === src).map((f) => relative(src, f))).toEqual([
      'errors.ts',
      'guards.ts',
      'index.ts',
    ]);
  });
  it.each(all.filter((f) => dirname(f) !== src).map((f) => relative(src, f)))(
    '%s imports only its own or lower layers',
    (file) => {
      const from = layerOf(join(src, file));
      const text = readFileSync(join(src, file), 'utf8');
      for (const m of text.matchAll(/from '(\.[^']+)'/g)) {
        const target = relative(src, resolve(dirname(join(src, file)), m[1] ?? '')).replace(/\.js$/, '.ts');
        const to = target.includes('/') ? layerOf(join(src, target)) : target;
        if (SHARED.has(to) || to === from) continue;
        expect({ file, imports: target, allowed: (RANK[to] ?? 99) < (RANK[from] ?? 0) }).toMatchObject({
          allowed: true,
        });
      }
      // The testing kit and the importers are clients of the public API only.
      if (from === 'testing' || from === 'importers' || from === 'deploy') expect(text).not.toMatch(/from '\.\.\//);
    },
  );
  it('no source file is longer than 350 lines, no CLI file longer than 200', () => {
    for (const f of all) {
      const lines = readFileSync(f, 'utf8').split('\n').length;
      expect({ file: relative(src, f), long: lines > (layerOf(f) === 'cli' ? 200 : 350) }).toMatchObject({
        long: false,
      });
    }
  });
});
