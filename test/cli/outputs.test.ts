import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const RED = '\x1b[31m';

describe('CLI outputs', () => {
  it('NO_COLOR turns colour off on a terminal; FORCE_COLOR turns it on in a pipe and wins, as in Node', async () => {
    expect((await runCli(['2026'], { isTTY: true })).out).toContain(RED);
    expect((await runCli(['2026'], { isTTY: true, env: { NO_COLOR: '1' } })).out).not.toContain('\x1b[');
    // An empty NO_COLOR does not count (no-color.org).
    expect((await runCli(['2026'], { isTTY: true, env: { NO_COLOR: '' } })).out).toContain(RED);
    expect((await runCli(['2026'], { isTTY: false, env: { FORCE_COLOR: '1' } })).out).toContain(RED);
    expect((await runCli(['2026'], { isTTY: true, env: { FORCE_COLOR: '0' } })).out).not.toContain('\x1b[');
    expect((await runCli(['2026'], { isTTY: false, env: { FORCE_COLOR: '1', NO_COLOR: '1' } })).out).toContain(RED);
  });

  it('--lang de speaks German in the terminal, HTML, ICS and Markdown; --lang xx is a usage error', async () => {
    const table = await runCli(['2027', '--lang', 'de']);
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/^Windows-Hotpatch-Kalender 2027 · Uhrzeiten in UTC/);
    expect(table.out).toMatch(/\nMär +Di 09 18:00 +Win 11 24H2\/25H2 +Hotpatch \* +folgt +folgt\n/);
    expect((await runCli(['2027', '--lang', 'de', '--format', 'html'])).out).toContain('<html lang="de">');
    expect((await runCli(['2027', '--lang', 'de', '--format', 'ics'])).out).toContain('Baseline (Neustart)');
    expect((await runCli(['2027', '--lang', 'de', '--format', 'md'])).out).toContain(
      '# Windows-Hotpatch-Kalender 2027',
    );
    const bad = await runCli(['2027', '--lang', 'fr']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^hotpatch-calendar: --lang "fr" is not accepted; expected one of en, de/);
  });

  it('--output - writes to standard output; --output FILE writes the file and nothing to stdout', async () => {
    const written: [string, string][] = [];
    const toFile = await runCli(['2027', '--format', 'csv', '--output', 'cal.csv'], {
      writeFile: async (path, text) => void written.push([path, text]),
    });
    expect(toFile.out).toBe('');
    expect(written.map(([p]) => p)).toEqual(['cal.csv']);
    const toStdout = await runCli(['2027', '--format', 'csv', '--output', '-']);
    expect(toStdout.out).toBe(written[0]?.[1]);
  });

  it('--wide prints every column; the default view stays within 100 columns', async () => {
    const narrow = await runCli(['2026', '--tz', 'Europe/Berlin']);
    expect(Math.max(...narrow.out.split('\n').map((l) => l.length))).toBeLessThanOrEqual(100);
    const wide = await runCli(['2026', '--tz', 'Europe/Berlin', '--wide']);
    expect(wide.out).toMatch(/2026\.06 B +2026-06-09 +17:00 +2026-06-09 19:00 +windows-11-24h2 +Unplanned baseline/);
  });

  it('twenty-one --product flags are taken (duplicates collapse), and a bad one is named', async () => {
    const ids = ['windows-11-24h2', 'windows-11-25h2', 'windows-server-2025'];
    const many = Array.from({ length: 21 }, (_, i) => ['--product', ids[i % 3] as string]).flat();
    const r = await runCli(['2026', '--format', 'csv', ...many]);
    expect(r.code).toBe(0);
    expect(
      new Set(
        r.out
          .split('\r\n')
          .slice(1, -1)
          .map((l) => l.split(',')[1]),
      ),
    ).toEqual(new Set(ids));
    const bad = await runCli(['2026', '--product', 'windows-12']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^hotpatch-calendar: --product: product "windows-12" is unknown; expected one of /);
    expect(bad.err.match(/hotpatch-calendar:/g)).toHaveLength(1);
    expect(bad.err.split('\n')).toHaveLength(2);
  });

  it('schedule --format azure with --offset -2 and --name, and bicep, for Kyiv', async () => {
    const r = await runCli([
      'schedule',
      '--from',
      '2027-01',
      '--to',
      '2027-03',
      '--offset',
      '-2',
      '--time',
      '21:00',
      '--tz',
      'Europe/Kyiv',
      '--format',
      'azure',
      '--name',
      'ring0',
    ]);
    expect(r.code).toBe(0);
    const template = JSON.parse(r.out);
    expect(template.resources[0]).toMatchObject({
      name: 'ring0',
      properties: {
        maintenanceWindow: {
          // Patch Tuesday 2027-01-12 - 2 days.
          startDateTime: '2027-01-10 21:00',
          timeZone: 'FLE Standard Time',
          recurEvery: 'Month Second Tuesday Offset-2',
        },
      },
    });
    const bicep = await runCli([
      'schedule',
      '--from',
      '2027-01',
      '--to',
      '2027-01',
      '--tz',
      'America/New_York',
      '--format',
      'bicep',
    ]);
    expect(bicep.out).toContain("timeZone: 'Eastern Standard Time'");
  });
});
