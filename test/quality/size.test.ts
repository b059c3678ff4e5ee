import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

// Size is deterministic, so it may be asserted (speed is not: see npm run bench). The bundles are made from the
// source with the package's own package.json (sideEffects: false), as a user's bundler would see it.
const root = fileURLToPath(new URL('../..', import.meta.url));

async function bundle(contents: string, external: string[] = []): Promise<{ text: string; gzip: number }> {
  const result = await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    external,
    alias: { 'hotpatch-calendar': './src/index.ts' },
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text ?? '';
  return { text, gzip: gzipSync(text, { level: 9 }).length };
}

describe('size budget', () => {
  it('import { patchTuesday, plannedMonthKind } is at most 1 kB minified + gzipped, without luxon', async () => {
    const { text, gzip } = await bundle(`import { patchTuesday, plannedMonthKind } from 'hotpatch-calendar'; console.log(patchTuesday(2026, 7), plannedMonthKind({ year: 2026, month: 7 }));`);
    console.log(`patchTuesday + plannedMonthKind: ${text.length} B minified, ${gzip} B gzipped`);
    expect(gzip).toBeLessThanOrEqual(1024);
    expect(text).not.toMatch(/luxon|Invalid DateTime|IANAZone/);
    expect(text).not.toContain('KB5046696'); // no catalog data either
  });
  it('the whole ESM entry without luxon is at most 30 kB minified + gzipped, catalog data included', async () => {
    const { text, gzip } = await bundle(`export * from 'hotpatch-calendar';`, ['luxon']);
    console.log(`whole entry (luxon external): ${text.length} B minified, ${gzip} B gzipped`);
    expect(text).toContain('KB5046696');
    expect(gzip).toBeLessThanOrEqual(30 * 1024);
  });
});
