import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';

// The same workload in child processes under different host time zones and locales must print the same bytes.
const root = fileURLToPath(new URL('../..', import.meta.url));
const bundle = join(root, 'node_modules', '.cache', 'hotpatch-workload', 'workload.mjs');
const TZS = ['UTC', 'America/Los_Angeles', 'Pacific/Kiritimati', 'Asia/Kolkata', 'America/St_Johns'];
const LOCALES = ['C', 'de_DE.UTF-8', 'ja_JP.UTF-8'];

beforeAll(async () => {
  mkdirSync(join(root, 'node_modules', '.cache', 'hotpatch-workload'), { recursive: true });
  await build({
    entryPoints: [join(root, 'test/support/workload.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: bundle,
    external: ['luxon'],
    logLevel: 'silent',
  });
});

function run(tz: string, locale: string): { hash: string; bytes: number } {
  const text = execFileSync(process.execPath, [bundle], {
    env: { PATH: process.env['PATH'] ?? '', TZ: tz, LANG: locale, LC_ALL: locale },
    maxBuffer: 64 * 1024 * 1024,
    encoding: 'utf8',
  });
  return { hash: createHash('sha256').update(text).digest('hex'), bytes: text.length };
}

describe('determinism matrix', () => {
  it(`identical output under TZ = ${TZS.join(', ')} and LANG/LC_ALL = ${LOCALES.join(', ')}`, () => {
    const results = TZS.flatMap((tz) => LOCALES.map((locale) => ({ tz, locale, ...run(tz, locale) })));
    const reference = results[0];
    expect(reference?.bytes).toBeGreaterThan(100_000);
    for (const r of results)
      expect({ tz: r.tz, locale: r.locale, hash: r.hash }).toEqual({
        tz: r.tz,
        locale: r.locale,
        hash: reference?.hash,
      });
  });
  it('the check has teeth: a host-zone-dependent computation differs across the matrix', () => {
    const probe = (tz: string): string =>
      execFileSync(process.execPath, ['-e', 'process.stdout.write(String(new Date(2026, 0, 1).getTime()))'], {
        env: { TZ: tz },
        encoding: 'utf8',
      });
    expect(new Set(TZS.map(probe)).size).toBe(TZS.length);
  });
});
