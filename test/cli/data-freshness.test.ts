import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dataFreshness } from '../../src/index.js';
import { lockFile, readFileOrNull, writeFileAtomic } from '../../src/cli/host/files.js';
import { runCli } from '../support/cli.js';

const run = promisify(execFile);
const bin = fileURLToPath(new URL('../../bin/hotpatch-calendar.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../importers/fixtures/', import.meta.url));
const cvrf = join(fixtures, 'cvrf-2026-Aug.json');
const serverPage = join(fixtures, 'windows-server-release-info.html');

// The built-in data (collected 2026-11-28) on 2026-12-06: Windows 11's standard channel has November 2026
// (x.9974, Microsoft's CVE records), its hotpatch channel only October's baseline; Server 2025's newest hotpatch is
// July 2026 and Server 2022's August 2026.
describe('dataFreshness', () => {
  const on = (day: string) =>
    dataFreshness(day).map(
      (c) => `${c.product} ${c.channel} ${c.newestMonth} ${c.ageDays} ${c.monthsBehind} ${c.stale}`,
    );
  it('per product and channel: fresh Windows 11 data does not hide stale server data', () => {
    expect(on('2026-12-06')).toEqual([
      'windows-11-24h2 hotpatch 2026-10 54 1 true',
      'windows-11-24h2 standard 2026-11 26 0 false',
      'windows-11-25h2 hotpatch 2026-10 54 1 true',
      'windows-11-25h2 standard 2026-11 26 0 false',
      'windows-11-26h2 hotpatch 2026-10 54 1 true',
      'windows-11-26h2 standard 2026-11 26 0 false',
      'windows-server-2025 hotpatch 2026-07 145 4 true',
      'windows-server-2025 standard 2026-09 89 2 true',
      'windows-server-2022-azure-edition hotpatch 2026-08 117 3 true',
      'windows-server-2022-azure-edition standard 2026-08 117 3 true',
    ]);
  });
  it('45 days is the limit: on 2026-11-27 the October baseline (2026-10-13) is 45 days old, not stale', () => {
    const hot = (day: string) => dataFreshness(day, { products: ['windows-11-24h2'] })[0];
    expect(hot('2026-11-27')).toMatchObject({ ageDays: 45, stale: false });
    expect(hot('2026-11-28')).toMatchObject({ ageDays: 46, stale: true });
    expect(dataFreshness('2026-11-28', { products: ['windows-11-24h2'], staleAfterDays: 60 })[0]?.stale).toBe(false);
  });
  it('bad input is refused with a code', () => {
    expect(() => dataFreshness('2026-13-01')).toThrow(expect.objectContaining({ code: 'E_DATE_RANGE' }));
    expect(() => dataFreshness('2026-12-06', { products: ['windows-12' as never] })).toThrow(
      expect.objectContaining({ code: 'E_UNKNOWN_PRODUCT' }),
    );
    expect(() => dataFreshness('2026-12-06', { staleAfterDays: -1 })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
});

const files = { writeFile: writeFileAtomic, readFile: readFileOrNull, lock: (p: string) => lockFile(p, 10_000) };
const cli = (argv: string[], env: Record<string, string>, now = Date.UTC(2026, 11, 6, 12)) =>
  runCli(argv, {
    ...files,
    ensureDir: async (p: string) => void mkdirSync(p, { recursive: true }),
    platform: 'linux',
    env,
    now: () => now,
  });

describe('the stale-data hint names each product and channel behind', () => {
  it("month 2026-12 on 2026-12-06: the servers and Windows 11's hotpatch channel, never a current channel", async () => {
    const r = await cli(['month', '2026-12'], { HOME: mkdtempSync(join(tmpdir(), 'hc-home-')) });
    expect(r.code, r.err).toBe(0);
    expect(r.err).toBe(
      "hotpatch-calendar: note: windows-11-24h2, windows-11-25h2, windows-11-26h2: newest hotpatch release 2026-10 (1 month behind 2026-12); windows-server-2025: newest hotpatch release 2026-07 (4 months behind 2026-12), newest standard release 2026-09 (2 months behind 2026-12); windows-server-2022-azure-edition: newest hotpatch release 2026-08 (3 months behind 2026-12), newest standard release 2026-08 (3 months behind 2026-12); run 'hotpatch-calendar refresh'\n",
    );
    expect(r.err).not.toMatch(/standard release 2026-11/);
  });
});

describe('a refresh every command uses', () => {
  it.each([
    [{ platform: 'linux', env: { HOME: '/home/ada' } }, '/home/ada/.cache/hotpatch-calendar/catalog.json'],
    [
      { platform: 'linux', env: { HOME: '/home/ada', XDG_CACHE_HOME: '/var/cache/ada' } },
      '/var/cache/ada/hotpatch-calendar/catalog.json',
    ],
    // A relative XDG_CACHE_HOME is invalid (XDG Base Directory spec) and ignored.
    [
      { platform: 'darwin', env: { HOME: '/Users/ada', XDG_CACHE_HOME: 'cache' } },
      '/Users/ada/.cache/hotpatch-calendar/catalog.json',
    ],
    [
      { platform: 'win32', env: { LOCALAPPDATA: 'C:\\Users\\ada\\AppData\\Local' } },
      'C:\\Users\\ada\\AppData\\Local\\hotpatch-calendar\\catalog.json',
    ],
  ] as const)('the user cache of %j is %s', async (host, path) => {
    const r = await runCli(['data', '--format', 'json'], {
      ...host,
      readFile: async (p: string) => {
        expect(p).toBe(path);
        return null;
      },
    });
    expect(r.code, r.err).toBe(0);
    expect(JSON.parse(r.out).source.overlay).toBeNull();
  });
  it('with a clean cache: refresh --from a CVRF document, then month 2026-08 (no flags) shows it and data names it', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hc-home-'));
    const refreshed = await cli(['refresh', '--from', cvrf], { HOME: home });
    expect(refreshed.code, refreshed.err).toBe(0);
    const overlay = join(home, '.cache', 'hotpatch-calendar', 'catalog.json');
    expect(existsSync(overlay)).toBe(true);
    // August 2026, Windows Server 2022 Azure Edition: the hotpatch KB5120229 is only in the MSRC document.
    const month = await cli(['month', '2026-08', '--product', 'windows-server-2022-azure-edition'], { HOME: home });
    expect(month.out).toMatch(/hotpatch\s+hotpatch\s+KB5120229 .* override/);
    const builtin = await cli(['month', '2026-08', '--product', 'windows-server-2022-azure-edition', '--builtin'], {
      HOME: home,
    });
    expect(builtin.out).not.toMatch(/override/);
    const data = JSON.parse((await cli(['data', '--format', 'json'], { HOME: home })).out);
    expect(data.source.overlay).toEqual({ path: overlay, origin: 'cache', retrieved: '2026-12-06' });
    expect(data.source.builtIn.retrieved).toBe('2026-11-28');
  });
  it('a --catalog file that does not exist is an error; a cache that does not exist is the built-in data', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hc-home-'));
    expect((await cli(['month', '2026-08', '--catalog', join(home, 'none.json')], { HOME: home })).code).toBe(1);
    expect((await cli(['month', '2026-08'], { HOME: home })).code).toBe(0);
  });
  it('an overlay older than the built-in data is said, and both are read', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hc-home-'));
    await cli(['refresh', '--from', cvrf], { HOME: home }, Date.UTC(2026, 8, 1));
    const r = await cli(['month', '2026-07'], { HOME: home });
    expect(r.err).toMatch(/\(retrieved 2026-09-01\) is older than the built-in data \(2026-11-28\); both are used/);
    expect(r.out).toMatch(/KB5101650/); // the July 2026 baseline, from the built-in data
  });
  it('two refreshes at once both land (the lock serialises read-merge-write)', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hc-home-'));
    const [a, b] = await Promise.all([
      cli(['refresh', '--from', cvrf], { HOME: home }),
      cli(['refresh', '--from', serverPage], { HOME: home }),
    ]);
    expect([a.code, b.code], a.err + b.err).toEqual([0, 0]);
    const doc = JSON.parse(readFileSync(join(home, '.cache', 'hotpatch-calendar', 'catalog.json'), 'utf8'));
    const kbs = JSON.stringify(doc.releases);
    expect(kbs).toContain('KB5120229'); // from the CVRF document
    expect(kbs).toContain('KB5041160'); // the Server 2022 unplanned baseline of August 2024, from the page
    expect(existsSync(join(home, '.cache', 'hotpatch-calendar', 'catalog.json.lock'))).toBe(false);
  });
  // The built CLI is not in Stryker's sandbox (no dist/): that run skips this one test, CI always runs it.
  it.skipIf(process.env['HOTPATCH_MUTATION'] === '1')('two processes of the built CLI at once both land', async () => {
    const home = mkdtempSync(join(tmpdir(), 'hc-home-'));
    const env = { ...process.env, HOME: home, XDG_CACHE_HOME: '' };
    await Promise.all([
      run(process.execPath, [bin, 'refresh', '--from', cvrf], { env }),
      run(process.execPath, [bin, 'refresh', '--from', serverPage], { env }),
    ]);
    const kbs = readFileSync(join(home, '.cache', 'hotpatch-calendar', 'catalog.json'), 'utf8');
    expect(kbs).toContain('KB5120229');
    expect(kbs).toContain('KB5041160');
  });
  it('a lock left by a dead process is taken over; a live one is waited for', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hc-lock-'));
    const target = join(dir, 'catalog.json');
    writeFileSync(`${target}.lock`, '2147483646\n'); // no such process
    const release = await lockFile(target, 1000);
    expect(readFileSync(`${target}.lock`, 'utf8')).toBe(`${process.pid}\n`);
    await expect(lockFile(target, 200)).rejects.toThrow(/held by process \d+; another refresh is running/);
    await release();
    expect(existsSync(`${target}.lock`)).toBe(false);
  });
});
