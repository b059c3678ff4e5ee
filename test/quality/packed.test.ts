import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build as esbuild } from 'esbuild';
import { build as viteBuild, type Rollup } from 'vite';
import { beforeAll, describe, expect, it } from 'vitest';
import { writeIntuneCsv } from '../bench/fleet-data.mjs';
import { installPackedPackage } from '../support/packed.js';

// Size is deterministic, so it may be asserted (speed is not: see npm run bench). Measured where users meet it:
// the packed tarball installed in a scratch project, bundled by esbuild and by vite (rolldown), minified and
// gzipped at level 9.
let project = '';
let tarball = '';
beforeAll(() => {
  ({ project, tarball } = installPackedPackage());
}, 180_000);

const gzip = (text: string): number => gzipSync(text, { level: 9 }).length;

async function withEsbuild(code: string, external: string[]): Promise<string> {
  const result = await esbuild({
    stdin: { contents: code, resolveDir: project, loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    write: false,
    external,
    logLevel: 'silent',
  });
  return result.outputFiles[0]?.text ?? '';
}

async function withVite(code: string, external: string[]): Promise<string> {
  const entry = join(project, `entry-${gzip(code)}.js`);
  writeFileSync(entry, code);
  const out = (await viteBuild({
    root: project,
    logLevel: 'silent',
    configFile: false,
    // An application build: vite's library mode keeps whitespace in ES output, which no user ships minified.
    build: {
      write: false,
      minify: true,
      modulePreload: false,
      rollupOptions: { input: entry, external, preserveEntrySignatures: 'strict' },
    },
  })) as Rollup.RollupOutput[] | Rollup.RollupOutput;
  const outputs = Array.isArray(out) ? out : [out];
  return outputs
    .flatMap((o) => o.output)
    .map((chunk) => ('code' in chunk ? chunk.code : ''))
    .join('');
}

const CORE = `import { patchTuesday, plannedMonthKind } from 'hotpatch-calendar'; console.log(patchTuesday(2026, 7), plannedMonthKind({ year: 2026, month: 7 }));`;
const WHOLE = `export * from 'hotpatch-calendar';`;

describe.each([
  ['esbuild', withEsbuild],
  ['vite', withVite],
] as const)('shipped size with %s, from the packed tarball', (bundler, bundle) => {
  it('import { patchTuesday, plannedMonthKind } is at most 1,024 B min+gz, with no luxon and no catalog data', async () => {
    const text = await bundle(CORE, []);
    console.log(`${bundler}: patchTuesday + plannedMonthKind: ${text.length} B minified, ${gzip(text)} B gzipped`);
    expect(text).not.toMatch(/luxon|Invalid DateTime|IANAZone/);
    expect(text).not.toMatch(/5046696|patches\.microsoft|support\.microsoft\.com/);
    expect(gzip(text)).toBeLessThanOrEqual(1024);
  });
  // 31 kB since the release security counts, per-entry dates, the KB lookup and the named devices behind (30.1 kB).
  it('the whole entry is at most 31 kB min+gz with luxon external, catalog data included once', async () => {
    const text = await bundle(WHOLE, ['luxon']);
    // The January 2026 baseline (KB5074109, 26100.7623) appears only in the packed catalog data, once.
    console.log(`${bundler}: whole entry (luxon external): ${text.length} B minified, ${gzip(text)} B gzipped`);
    expect(text.split('|20260113|5074109|7623|').length - 1).toBe(1);
    expect(gzip(text)).toBeLessThanOrEqual(31 * 1024);
  });
  it('./render and ./deploy carry no copy of the library (it stays external) and stay small', async () => {
    // The shipped ESM files of the subpaths (esbuild's `external` would also match `hotpatch-calendar/render`).
    const shipped = (sub: string) => `export * from './node_modules/hotpatch-calendar/dist/${sub}.js';`;
    const render = await bundle(shipped('render'), ['luxon', 'hotpatch-calendar']);
    const deploy = await bundle(shipped('deploy'), ['luxon', 'hotpatch-calendar']);
    console.log(
      `${bundler}: ./render ${gzip(render)} B gzipped, ./deploy ${gzip(deploy)} B gzipped (library external)`,
    );
    for (const text of [render, deploy]) expect(text).not.toMatch(/\|20260113\|5074109\|7623\|/);
    // The Windows zone table (CLDR) lives in ./deploy only.
    expect(deploy).toContain('W. Europe Standard Time');
    expect(render).not.toContain('W. Europe Standard Time');
    expect(gzip(render)).toBeLessThanOrEqual(12 * 1024);
    expect(gzip(deploy)).toBeLessThanOrEqual(12 * 1024);
  });
});

// The installed package used the ways users use it: ESM import, CJS require, the ./testing kit (which imports
// the library by name), the JSON Schema export and the bin.
describe('the installed tarball', () => {
  const node = (file: string, code: string): string => {
    writeFileSync(join(project, file), code);
    return execFileSync(process.execPath, [file], { cwd: project, encoding: 'utf8' });
  };
  it('is reported with its size, and holds what users need and nothing else', () => {
    console.log(`tarball: ${statSync(tarball).size} B`);
    const files = execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' }).trim().split('\n');
    expect(files).toEqual(
      expect.arrayContaining(['package/dist/index.js', 'package/dist/cli/cli.cjs', 'package/bin/hotpatch-calendar.js']),
    );
    expect(files.filter((f) => /^package\/(src|test|node_modules|site)\//.test(f))).toEqual([]);
    // The README's picture is in the package and linked by an address the registry page can show (a relative
    // path shows a broken image there): the CDN copy of this very version.
    expect(files).toContain('package/docs/images/site-1280.png');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const version = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;
    const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map((m) => m[1]);
    expect(images).toEqual([`https://cdn.jsdelivr.net/npm/hotpatch-calendar@${version}/docs/images/site-1280.png`]);
  });
  it('ESM: import gives published data and the kit', () => {
    const out = node(
      'esm.mjs',
      `import { patchTuesday, releaseFor } from 'hotpatch-calendar';
import { plannedRestartMonths } from 'hotpatch-calendar/testing';
console.log(JSON.stringify([patchTuesday(2026, 7).day, releaseFor('windows-11-24h2', '2026-03', 'hotpatch').kb, plannedRestartMonths(2027).length]));`,
    );
    expect(JSON.parse(out)).toEqual([14, 'KB5079420', 4]);
  });
  it('CJS: require gives the same answers, the kit and the JSON Schema', () => {
    const out = node(
      'cjs.cjs',
      `const { releaseInstant } = require('hotpatch-calendar');
const { deviceProfileArbitrary } = require('hotpatch-calendar/testing');
const schema = require('hotpatch-calendar/catalog.schema.json');
console.log(JSON.stringify([releaseInstant('2026-11').utc, typeof deviceProfileArbitrary, schema.properties.formatVersion.enum]));`,
    );
    expect(JSON.parse(out)).toEqual(['2026-11-10T18:00:00Z', 'function', [3, 2]]);
  });
  it('the ./import subpath reads MSRC CVRF in both formats, with the library classes the main entry has', () => {
    const doc = JSON.stringify({
      DocumentTracking: { Identification: { ID: { Value: '2026-Aug' } } },
      ProductTree: {},
      Vulnerability: [],
    });
    const esm = node(
      'import.mjs',
      `import { importCvrf } from 'hotpatch-calendar/import';
import { HotpatchSyntaxError } from 'hotpatch-calendar';
let code = null;
try { importCvrf({}); } catch (e) { code = e instanceof HotpatchSyntaxError && e.code; }
console.log(JSON.stringify([importCvrf(${doc}).month, code]));`,
    );
    expect(JSON.parse(esm)).toEqual([{ year: 2026, month: 8 }, 'E_IMPORT']);
    const cjs = node(
      'import.cjs',
      `const { importReleaseHealth } = require('hotpatch-calendar/import');
const { isHotpatchError } = require('hotpatch-calendar');
try { importReleaseHealth('<p>no table</p>'); } catch (e) { console.log(JSON.stringify(isHotpatchError(e) && e.code)); }`,
    );
    expect(JSON.parse(cjs)).toBe('E_IMPORT');
  });
  it("the ./render subpath renders in both formats, and its errors are the main entry's classes", () => {
    const esm = node(
      'render.mjs',
      `import { renderHtml, renderIcs } from 'hotpatch-calendar/render';
import { yearCalendar, HotpatchTypeError } from 'hotpatch-calendar';
let typed = null;
try { renderIcs({}); } catch (e) { typed = e instanceof HotpatchTypeError && e.code; }
console.log(JSON.stringify([renderHtml(yearCalendar(2027), { locale: 'de' }).includes('<html lang="de">'), typed]));`,
    );
    expect(JSON.parse(esm)).toEqual([true, 'E_TYPE']);
    const cjs = node(
      'render.cjs',
      `const { renderCsv } = require('hotpatch-calendar/render');
const { yearCalendar, HotpatchTypeError } = require('hotpatch-calendar');
let typed = null;
try { renderCsv([]); } catch (e) { typed = e instanceof HotpatchTypeError && e.code; }
console.log(JSON.stringify([renderCsv(yearCalendar(2027)).split('\\r\\n')[0].split(',')[0], typed]));`,
    );
    expect(JSON.parse(cjs)).toEqual(['month', 'E_TYPE']);
  });
  it('the ./deploy subpath writes Azure maintenance configurations in both formats', () => {
    const rule = "{ offsetDays: 3, time: '02:00', zone: 'Asia/Kolkata', durationMinutes: 120 }";
    const esm = node(
      'deploy.mjs',
      `import { azureMaintenanceConfiguration, toBicep } from 'hotpatch-calendar/deploy';
const c = azureMaintenanceConfiguration(${rule}, { from: '2027-01' });
console.log(JSON.stringify([c.properties.maintenanceWindow.timeZone, toBicep(c).includes('InGuestPatch')]));`,
    );
    expect(JSON.parse(esm)).toEqual(['India Standard Time', true]);
    const cjs = node(
      'deploy.cjs',
      `const { windowsZoneName } = require('hotpatch-calendar/deploy');
const { isHotpatchError } = require('hotpatch-calendar');
try { windowsZoneName('Mars/Base'); } catch (e) { console.log(JSON.stringify([windowsZoneName('Europe/Kyiv'), isHotpatchError(e) && e.code])); }`,
    );
    expect(JSON.parse(cjs)).toEqual(['FLE Standard Time', 'E_ZONE']);
  });
  it('the bin refreshes an overlay from a saved CVRF document and reads it back', () => {
    const bin = join(project, 'node_modules', '.bin', 'hotpatch-calendar');
    const saved = join(project, 'cvrf.json');
    writeFileSync(saved, readFileSync(new URL('../importers/fixtures/cvrf-2026-Aug.json', import.meta.url)));
    const overlay = join(project, 'overlay.json');
    expect(
      execFileSync(bin, ['refresh', '--from', saved, '--catalog', overlay], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }),
    ).toMatch(/5 added/);
    expect(
      execFileSync(bin, ['month', '2026-08', '--catalog', overlay, '--format', 'json'], { encoding: 'utf8' }),
    ).toContain('"source": "override"');
  });
  it('the bin prints a calendar and its version', () => {
    const bin = join(project, 'node_modules', '.bin', 'hotpatch-calendar');
    expect(
      execFileSync(bin, ['2026', '--product', 'windows-11-24h2', '--format', 'csv'], { encoding: 'utf8' }).split(
        '\r\n',
      )[1],
    ).toMatch(/^2026-01,windows-11-24h2,/);
    expect(execFileSync(bin, ['--version'], { encoding: 'utf8' }).trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
  it('--output never damages the file it replaces: a write cut off by the file-size limit leaves the old file', () => {
    const bin = join(project, 'node_modules', '.bin', 'hotpatch-calendar');
    const target = join(project, 'calendar.html');
    writeFileSync(target, 'OLD CALENDAR\n');
    // 8 KiB may be written; the page is larger, so the kernel stops the write (SIGXFSZ ends the process).
    const cut = spawnSync('bash', ['-c', `ulimit -f 8; exec "${bin}" 2026 --format html --output "${target}"`], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(cut.status === 0 && cut.signal === null).toBe(false);
    expect(readFileSync(target, 'utf8')).toBe('OLD CALENDAR\n');
    const ok = spawnSync(bin, ['2026', '--format', 'html', '--output', target], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    expect(readFileSync(target, 'utf8')).toMatch(/^<!doctype html>/);
    expect(execFileSync(bin, ['2026', '--format', 'csv', '--output', '-'], { encoding: 'utf8' })).toMatch(/^month,/);
  });
});

// Fleets under load, through the installed bin and a real shell pipe: a reader that leaves early, input that never
// ends. Each ends with at most one line on stderr, no stack trace, and memory that stays bounded (max RSS from
// /usr/bin/time; a fleet run of any size stays near 100 MiB, see docs/performance.md).
describe('the installed bin with fleet files', () => {
  const MAX_RSS_KIB = 200 * 1024;
  const sh = (script: string) => {
    const bin = join(project, 'node_modules', '.bin', 'hotpatch-calendar');
    const r = spawnSync('bash', ['-c', `set -o pipefail; ${script}`], {
      cwd: project,
      encoding: 'utf8',
      // A cache of its own: an overlay in the machine's real user cache must not change the answers.
      env: { ...process.env, BIN: bin, XDG_CACHE_HOME: join(project, 'cache') },
    });
    const rss = Number(readFileSync(join(project, 'rss.txt'), 'utf8').trim().split('\n').at(-1));
    // The note on data older than 45 days (the servers' on 2026-11-30) is the data's, not the run's.
    const stderrLines = r.stderr.split('\n').filter((l) => l !== '' && !/^hotpatch-calendar: note: windows-/.test(l));
    return { ...r, rss, stderrLines };
  };
  const TIME = '/usr/bin/time -f %M -o rss.txt';

  it('fleet big.csv | head -n 2: two devices, exit 0, nothing on stderr but the note on unread columns', async () => {
    await writeIntuneCsv(join(project, 'big.csv'), 200_000);
    const r = sh(`${TIME} "$BIN" fleet big.csv --as-of 2026-11-30 | head -n 2`);
    expect(r.status).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines.map((l) => JSON.parse(l).id)).toEqual(['PC-0000001', 'PC-0000002']);
    expect(r.stderrLines).toEqual([
      expect.stringMatching(/^hotpatch-calendar: note: big\.csv: columns not read: Ownership/),
    ]);
    expect(r.rss).toBeLessThan(MAX_RSS_KIB);
  });

  it('fleet /dev/zero: one line saying the input is not text, exit 1', () => {
    const r = sh(`${TIME} "$BIN" fleet /dev/zero --as-of 2026-11-30`);
    expect(r.status).toBe(1);
    expect(r.stderrLines).toEqual([
      expect.stringMatching(/^hotpatch-calendar: \/dev\/zero is not text \(it contains NUL bytes\)/),
    ]);
    expect(r.rss).toBeLessThan(MAX_RSS_KIB);
  });

  it('an endless first line on standard input: one line, no header is built past the limit', () => {
    const r = sh(`yes | tr -d '\\n' | ${TIME} "$BIN" fleet - --as-of 2026-11-30`);
    expect(r.stderrLines).toEqual([
      expect.stringMatching(/line 1 is longer than 65536 characters; expected a CSV header/),
    ]);
    expect(r.rss).toBeLessThan(MAX_RSS_KIB);
  });

  it('an endless record after the header: one line naming the record limit', () => {
    const r = sh(
      `{ printf 'Device name,OS version\\r\\n"PC-1'; yes | tr -d '\\n'; } | ${TIME} "$BIN" fleet - --as-of 2026-11-30`,
    );
    expect(r.stderrLines).toEqual([
      expect.stringMatching(/^hotpatch-calendar: standard input: a record is longer than 100000 characters$/),
    ]);
    expect(r.rss).toBeLessThan(MAX_RSS_KIB);
  });
});
