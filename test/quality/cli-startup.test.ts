import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';

// What the built CLI loads to answer, in the process users run (bin → dist/cli, CommonJS): a calendar in UTC
// parses no luxon and no Windows zone table; a zone other than UTC loads luxon on demand. The timings are in
// docs/performance.md (npm run bench); this holds the structure they come from.
const bin = new URL('../../bin/hotpatch-calendar.js', import.meta.url).pathname;
const probe = join(mkdtempSync(join(tmpdir(), 'hc-startup-')), 'probe.cjs');
// Preloaded into the CLI's process: at exit, every module it required.
writeFileSync(
  probe,
  `process.on('exit', () => process.stderr.write('\\nLOADED ' + JSON.stringify(Object.keys(require.cache)) + '\\n'));`,
);

function loadedBy(args: string[]): { out: string; loaded: string[] } {
  const r = spawnSync(process.execPath, ['--require', probe, bin, ...args, '--builtin'], { encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  const line = r.stderr.split('\n').find((l) => l.startsWith('LOADED ')) ?? 'LOADED []';
  return { out: r.stdout, loaded: (JSON.parse(line.slice('LOADED '.length)) as string[]).map((f) => basename(f)) };
}

describe('the built CLI at startup', () => {
  it('a calendar in UTC loads neither luxon nor the Windows zone names', () => {
    const { out, loaded } = loadedBy(['2027']);
    expect(out).toContain('Windows hotpatch calendar 2027 · release times in UTC');
    expect(loaded.filter((f) => /luxon|windows-zone/.test(f))).toEqual([]);
    expect(loaded).toContain('cli.cjs');
  });
  it('--tz with a Windows name loads the names and luxon, and shows the zone’s wall time', () => {
    const { out, loaded } = loadedBy(['2027', '--tz', 'W. Europe Standard Time']);
    expect(out).toContain('release times in Europe/Berlin');
    expect(out).toMatch(/Jan\s+Tue 12 19:00/); // 18:00 UTC in January is 19:00 in Berlin
    expect(loaded.some((f) => f.includes('luxon'))).toBe(true);
    expect(loaded.some((f) => f.startsWith('windows-zone'))).toBe(true);
  });
  it('--version loads no command', () => {
    const version = loadedBy(['--version']);
    const calendar = loadedBy(['2027']);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+$/);
    expect(version.loaded.some((f) => f.startsWith('calendar-'))).toBe(false);
    expect(calendar.loaded.some((f) => f.startsWith('calendar-'))).toBe(true);
  });
});
