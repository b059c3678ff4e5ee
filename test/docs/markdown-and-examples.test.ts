import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// Docs are executable: every example in examples/ and every ```ts block in README.md and docs/*.md runs here,
// and each checks its own result with node:assert.
const root = fileURLToPath(new URL('../..', import.meta.url));
const blocksDir = join(root, 'node_modules', '.cache', 'hotpatch-docs');

function tsBlocks(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1] as string);
}

async function quietly(run: () => Promise<unknown>): Promise<void> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await run();
  } finally {
    log.mockRestore();
  }
}

describe('examples/', () => {
  const files = readdirSync(join(root, 'examples')).filter((f) => f.endsWith('.ts'));
  it('has the promised examples', () => {
    expect(files.sort()).toEqual([
      'fleet-forecast.ts',
      'ics-export.ts',
      'maintenance-windows.ts',
      'property-test.ts',
      'reboot-forecast.ts',
      'yearly-calendar.ts',
    ]);
  });
  it.each(files)('examples/%s runs and checks itself', async (file) => {
    await quietly(() => import(pathToFileURL(join(root, 'examples', file)).href));
  });
});

describe('code blocks in the docs', () => {
  const docs = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  const blocks = docs.flatMap((file) => tsBlocks(file).map((code, i) => ({ name: `${file} block ${i + 1}`, code })));
  it('there are blocks to run', () => expect(blocks.length).toBeGreaterThanOrEqual(5));
  it.each(blocks)('$name runs', async ({ name, code }) => {
    mkdirSync(blocksDir, { recursive: true });
    const file = join(blocksDir, `${name.replace(/[^a-z0-9]+/gi, '-')}.ts`);
    writeFileSync(file, code);
    await quietly(() => import(pathToFileURL(file).href));
  });
});
