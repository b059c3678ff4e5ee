import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { pack } from '../../scripts/pack-catalog.mjs';
import { _builtInDocument } from '../../src/catalog/unpack.js';
import { PACKED_ROWS } from '../../src/catalog/releases.packed.js';

// releases.json is the source of truth; the packed module the library ships must say the same.
const json = JSON.parse(readFileSync(new URL('../../src/catalog/releases.json', import.meta.url), 'utf8')) as {
  formatVersion: number;
  retrieved: string;
  sources: Record<string, string>;
  releases: unknown[];
};

describe('the packed built-in data', () => {
  it('is up to date with releases.json (run npm run pack-data after editing it)', () => {
    expect(PACKED_ROWS).toBe((pack(json) as { rows: string }).rows);
  });
  it('unpacks to exactly releases.json', () => {
    const { $schema: _schema, ...doc } = json as typeof json & { $schema?: string };
    expect(_builtInDocument()).toEqual(doc);
  });
});
