import { describe, expect, it } from 'vitest';
import { main, type CliIo } from '../../src/cli/main.js';
import { VERSION } from '../../src/cli/version.js';
import pkg from '../../package.json' with { type: 'json' };

interface Run {
  code: number;
  out: string;
  err: string;
  files: Map<string, string>;
}

async function run(argv: string[], input: Record<string, string> = {}, isTTY = false): Promise<Run> {
  let out = '';
  let err = '';
  const files = new Map<string, string>();
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readChunks: (path) =>
      (async function* chunks(): AsyncGenerator<Uint8Array> {
        const text = input[path];
        if (text === undefined) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
        yield Buffer.from(text);
      })(),
    writeFile: async (path, text) => {
      if (path.startsWith('/readonly/')) throw new Error('EACCES: permission denied');
      files.set(path, text);
    },
    isTTY,
    now: () => Date.UTC(2026, 10, 28, 12),
  };
  const code = await main(argv, io);
  return { code, out, err, files };
}

describe('hotpatch-calendar [YEAR]', () => {
  it('defaults to the current year from the clock, as a table', async () => {
    const r = await run([]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Windows hotpatch calendar 2026');
    expect(r.out).toMatch(/\nJan +Tue 13 18:00 +Win 11 24H2\/25H2 +Baseline +KB5074109 \.7623 += hotpatch\n/);
    expect(r.out).not.toContain('\x1b[');
    // On the test clock (2026-11-30) the servers' data and Windows 11's hotpatch channel are over 45 days old: one note.
    expect(r.err).toMatch(
      /^hotpatch-calendar: note: windows-11-24h2, windows-11-25h2, windows-11-26h2: newest hotpatch release 2026-10 .*; run 'hotpatch-calendar refresh'\n$/,
    );
  });
  it('colours the table only on a TTY', async () => {
    expect((await run(['2026'], {}, true)).out).toContain('\x1b[31m');
  });
  it.each([
    ['json', '"schemaVersion": 4'],
    ['csv', 'month,product,product_name'],
    ['ics', 'BEGIN:VCALENDAR\r\n'],
    ['md', '# Windows hotpatch calendar 2027'],
    ['html', '<!doctype html>'],
    ['table', 'Apr    Wed 14 02:00'],
  ])('--format %s', async (format, expected) => {
    const r = await run(['2027', '--format', format, '--product', 'windows-11-25h2', '--tz', 'Asia/Tokyo']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(expected);
  });
  it('--output writes a file', async () => {
    const r = await run(['2026', '--format', 'ics', '--output', 'cal.ics', '--include', 'oob']);
    expect(r.code).toBe(0);
    expect(r.files.get('cal.ics')).toContain('KB5121768');
  });
  it('an unwritable --output is bad data: exit 1', async () => {
    const r = await run(['2026', '--output', '/readonly/x.ics']);
    expect(r).toMatchObject({ code: 1, out: '' });
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it.each([
    [['--bogus'], /unknown flag --bogus\n?$|unknown flag --bogus \(see/],
    [['20266'], /YEAR "20266" is not a year/],
    [['0'], /year 0 is out of range/],
    [['2026', '--product', 'windows-xp'], /product "windows-xp" is unknown; expected one of windows-11-24h2/],
    [['2026', '--format', 'pdf'], /--format "pdf" is not accepted/],
    [['2026', '--tz', 'Mars/Base'], /zone "Mars\/Base" is not a known time zone/],
    [['2026', '2027'], /unexpected argument/],
  ])('usage error %j → exit 2 with one line', async (argv, message) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
  it('--help and --version', async () => {
    expect((await run(['--help'])).out).toContain('Usage:');
    expect((await run(['--version'])).out).toBe(`${VERSION}\n`);
    expect(VERSION).toBe(pkg.version);
  });
});

describe('commands', () => {
  it.each(['month', 'build', 'restarts', 'deadline', 'fleet', 'schedule'])('%s --help', async (cmd) => {
    const r = await run([cmd, '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^Usage: hotpatch-calendar ${cmd}`));
  });
  it('month', async () => {
    const r = await run(['month', '2026-06', '--product', 'windows-11-24h2']);
    expect(r.out).toContain('2026.06 B (2026-Jun): Patch Tuesday 2026-06-09');
    expect(r.out).toContain('baseline (unplanned)');
    const j = JSON.parse(
      (await run(['month', '2026.06 B', '--format', 'json', '--product', 'windows-server-2025'])).out,
    ) as { releases: unknown[] }[];
    expect(j[0]?.releases.length).toBeGreaterThan(1);
  });
  it('build', async () => {
    const r = await run(['build', '10.0.26100.4851']);
    expect(r.out).toContain('windows-11-24h2 or windows-server-2025');
    expect(r.out).toContain('KB5064010');
    expect((await run(['build', '26100.'])).code).toBe(2);
  });
  it('restarts', async () => {
    const r = await run([
      'restarts',
      '--build',
      '26100.7392',
      '--edition',
      'Enterprise',
      '--license',
      'microsoft-365-e3',
      '--year',
      '2026',
    ]);
    expect(r.code).toBe(0);
    // The policy is assumed 'default' (as in fleet): monthly LCUs January to April, hotpatch from the May 2026
    // update on; then June (unplanned), July, October, and two possible ones: September and November.
    expect(r.out).toContain('9 restarts');
    expect(r.out).toContain('unknown-release');
    expect(r.out).toContain('unplanned-baseline');
    const j = JSON.parse(
      (
        await run([
          'restarts',
          '--build',
          '26100.7392',
          '--edition',
          'Pro',
          '--from',
          '2026-01-01',
          '--to',
          '2026-12-31',
          '--format',
          'json',
        ])
      ).out,
    ) as { restarts: unknown[] };
    // A Pro device: monthly LCUs until Home/Pro servicing of 24H2 ends (2026-10-13), none after.
    expect(j.restarts).toHaveLength(10);
    expect((await run(['restarts', '--build', '26100.7392'])).code).toBe(2);
  });
  it('deadline', async () => {
    const r = await run([
      'deadline',
      '2026-07',
      '--deferral',
      '1',
      '--deadline',
      '2',
      '--grace',
      '2',
      '--tz',
      'Europe/Berlin',
    ]);
    expect(r.out).toContain('Forced restart  2026-07-17T19:00:00+02:00');
    expect((await run(['deadline', '2026-08', '--preset', 'broad', '--channel', 'hotpatch'])).out).toContain(
      'none: hotpatch, no restart',
    );
    expect((await run(['deadline', '2026-07', '--deadline', '31'])).code).toBe(2);
    expect((await run(['deadline', '2026-07', '--preset', 'slowest'])).code).toBe(2);
  });
  it('fleet: CSV in, JSON lines out, streamed', async () => {
    const csv =
      'id,edition,architecture,osVersion,license,vbsRunning,hotpatchPolicy,management\npc-1,Enterprise,x64,10.0.26100.9106,microsoft-365-e3,true,enabled,intune\n"pc,2",Pro,x64,10.0.26100.9168,other,true,enabled,intune\nbad,Enterprise,x64,nonsense,microsoft-365-e3,true,enabled,intune\n';
    const r = await run(['fleet', 'devices.csv', '--as-of', '2026-08-20'], { 'devices.csv': csv });
    // Every device is still written; the record that is no device is named with its row and fails the run.
    expect(r.code).toBe(1);
    expect(r.err).toContain('error: E_BUILD_FORMAT: devices.csv row 4: device.build "nonsense" is not a build');
    expect(r.err).toContain('1 of 3 records is no device (see above); --allow-errors to exit 0 anyway');
    expect(
      (await run(['fleet', 'devices.csv', '--as-of', '2026-08-20', '--allow-errors'], { 'devices.csv': csv })).code,
    ).toBe(0);
    const lines = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { id: string; ok: boolean; eligible?: boolean });
    expect(lines.map((l) => [l.id, l.ok, l.eligible])).toEqual([
      ['pc-1', true, true],
      ['pc,2', true, false],
      ['bad', false, undefined],
    ]);
  });
  it('fleet: an Intune export header (Device name, OS version, SKU family) is read as it is', async () => {
    const csv =
      'Device name,OS version,SKU family,Processor architecture,license,vbsRunning,hotpatchPolicy,management\nPC-7,10.0.26100.9106,Enterprise,x64,microsoft-365-e3,true,enabled,intune\n';
    const r = await run(['fleet', 'export.csv', '--as-of', '2026-08-20'], { 'export.csv': csv });
    expect(JSON.parse(r.out)).toMatchObject({ id: 'PC-7', ok: true, product: 'windows-11-24h2', eligible: true });
  });
  it('fleet: JSON lines from standard input, CSV out', async () => {
    const r = await run(['fleet', '-', '--as-of', '2026-08-20', '--format', 'csv'], {
      '-': '{"id":"a","edition":"Enterprise","architecture":"x64","build":"26200.9106","license":"microsoft-365-e5","vbsRunning":true,"hotpatchPolicy":"enabled","management":"intune"}\nnot json\n',
    });
    const rows = r.out.trim().split('\n');
    expect(rows[0]).toMatch(/^index,id,ok/);
    expect(rows[1]).toBe(
      '0,a,true,"Windows 11 Enterprise, version 25H2",windows-11-25h2,26200.9106,2026-08,hotpatch,hotpatch,KB5120994,true,0,0,,true,,2026-09-08,unknown-release,2028-10-10,,,',
    );
    // A line that is not JSON is reported as such, with its line number, next to its code.
    expect(rows[2]).toMatch(/^1,,false,(,){17}E_INPUT,"standard input line 2 is not JSON \(/);
  });
  it('fleet: an unreadable file is bad data (exit 1); --as-of defaults to today (UTC), printed in the table', async () => {
    const r = await run(['fleet', 'missing.csv', '--as-of', '2026-08-20']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/cannot read missing.csv/);
    const csv = 'Device name,OS version\nPC-7,10.0.26100.9106\n';
    const today = await run(['fleet', 'x.csv', '--format', 'table'], { 'x.csv': csv });
    expect(today.code, today.err).toBe(0);
    expect(today.out.split('\n')[0]).toBe('Fleet forecast on 2026-11-28'); // the clock of these tests
    expect(today.out).toMatch(/^PC-7 +Win 11 24H2 +26100\.9106 +no +\d+ +\d{4}-\d{2}-\d{2}/m);
    expect((await run(['fleet', 'x.csv', '--as-of', '2026-02-30'], { 'x.csv': csv })).code).toBe(2);
  });
  it.each([
    ['table', '2026-07-17T02:00:00+02:00'],
    ['json', '"start"'],
    ['azure', '"recurEvery": "Month Second Tuesday Offset3"'],
    ['azure', '"timeZone": "W. Europe Standard Time"'],
    ['azure', '"startDateTime": "2026-07-17 02:00"'],
    ['bicep', "timeZone: 'W. Europe Standard Time'"],
    ['aws', 'TUE#2'],
    ['gcp', '"dayOffset": 3'],
    ['rrule', 'RRULE:FREQ=MONTHLY;BYDAY=FR'],
    ['cron', '0 2 11-17 * *'],
  ])('schedule --format %s', async (format, expected) => {
    const r = await run([
      'schedule',
      '--from',
      '2026-07',
      '--to',
      '2026-09',
      '--offset',
      '3',
      '--time',
      '02:00',
      '--tz',
      'Europe/Berlin',
      '--format',
      format,
    ]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(expected);
  });
  it('schedule: an offset a scheduler cannot express fails clearly', async () => {
    const r = await run(['schedule', '--from', '2026-07', '--to', '2026-09', '--offset', '25', '--format', 'azure']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Azure allows Offset-6..6/);
  });
});
