import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

const withFile = (files: Record<string, string>) => ({
  readChunks: (path: string) =>
    (async function* chunks() {
      const text = files[path];
      if (text === undefined) throw new Error(`ENOENT: ${path}`);
      yield new TextEncoder().encode(text);
    })(),
});

describe('flags as people type them', () => {
  it.each([
    [['2027', '--zone', 'UTC'], 'unknown flag --zone; did you mean --tz?'],
    [['2027', '--timezone=UTC'], 'unknown flag --timezone; did you mean --tz?'],
    [['2027', '--fromat', 'md'], 'unknown flag --fromat; did you mean --format?'],
    [['month', '2027-01', '--prodcut', 'windows-11-24h2'], 'unknown flag --prodcut; did you mean --product?'],
    [['deadline', '2027-02', '--language', 'de'], 'did you mean --lang?'],
  ])('%j names the closest flag', async (argv, says) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.err).toContain(says);
  });
  it('a flag far from every known one gets no guess', async () => {
    const r = await runCli(['2027', '--xyzzy']);
    expect(r.err).toBe("hotpatch-calendar: unknown flag --xyzzy (see 'hotpatch-calendar --help')\n");
  });
  it('enum values are case-insensitive, and pasted values lose their spaces', async () => {
    const broad = await runCli(['deadline', '2027-02', '--preset', 'Broad']);
    const lower = await runCli(['deadline', '2027-02', '--preset', 'broad']);
    expect([broad.code, broad.out]).toEqual([0, lower.out]);
    const spaced = await runCli(['build', ' 26100.7781 ', '--format', ' JSON ']);
    expect(spaced.code, spaced.err).toBe(0);
    expect(JSON.parse(spaced.out).build).toBe('26100.7781');
  });
  it('--tz takes Windows zone names as tzutil and Azure print them', async () => {
    const windows = await runCli(['calendar', '2027', '--tz', 'W. Europe Standard Time', '--format', 'csv']);
    const iana = await runCli(['2027', '--tz', 'Europe/Berlin', '--format', 'csv']);
    expect(windows.code, windows.err).toBe(0);
    expect(windows.out).toBe(iana.out);
    expect((await runCli(['2027', '--tz', 'pacific standard time', '--format', 'csv'])).out).toContain(
      'America/Los_Angeles',
    );
  });
  it('calendar is a named command; the bare year form stays', async () => {
    const named = await runCli(['calendar', '2027', '--format', 'md']);
    expect(named.code).toBe(0);
    expect(named.out).toBe((await runCli(['2027', '--format', 'md'])).out);
  });
  it('messages name what was wrong without the library function or a dumped object', async () => {
    const range = await runCli(['schedule', '--from', '2027-12', '--to', '2027-01']);
    expect(range.err).toBe(
      "hotpatch-calendar: --to 2027-01 is before --from 2027-12; expected --to on or after --from (see 'hotpatch-calendar --help')\n",
    );
    const build = await runCli(['build', '26100.x']);
    expect(build.code).toBe(2);
    expect(build.err).toMatch(/^hotpatch-calendar: build "26100\.x" is not a build; expected '26100\.4061'/);
  });
});

describe('help and years outside the data', () => {
  it('--help names every command with one line and an example each', async () => {
    const help = (await runCli(['--help'])).out;
    for (const command of [
      'calendar',
      'month',
      'build',
      'restarts',
      'deadline',
      'fleet',
      'compliance',
      'compliance-policy',
      'schedule',
      'refresh',
      'data',
    ]) {
      expect(help, command).toMatch(new RegExp(`\\n  (\\[${command}\\]|${command}\\b)`));
      expect(help, command).toMatch(new RegExp(`hotpatch-calendar ${command === 'calendar' ? '2027' : command}\\b`));
    }
  });
  it('a year no product is in says which years the calendar covers (exit 1), never an empty table', async () => {
    for (const year of ['2020', '2035']) {
      const r = await runCli([year]);
      expect([r.code, r.out]).toEqual([1, '']);
      expect(r.err).toBe(
        `hotpatch-calendar: no hotpatch product is in its program in ${year}; the calendar covers 2022 to 2034 (the products' program start to their end of servicing)\n`,
      );
    }
  });
});

describe('build looks up a KB as well as a build', () => {
  it('lists the releases of a KB, in any spelling, optionally for one product', async () => {
    const r = await runCli(['build', 'kb5077212']);
    expect(r.code, r.err).toBe(0);
    expect(r.out.split('\n').slice(0, 5)).toEqual([
      'KB5077212: windows-11-24h2, windows-11-25h2',
      '',
      'Product          Month    Channel   Kind      Build       Date        Restart',
      'windows-11-24h2  2026-02  hotpatch  hotpatch  26100.7781  2026-02-10  no',
      'windows-11-25h2  2026-02  hotpatch  hotpatch  26200.7781  2026-02-10  no',
    ]);
    const json = JSON.parse(
      (await runCli(['build', '5077212', '--product', 'windows-11-25h2', '--format', 'json'])).out,
    );
    expect(json.map((x: { build: string }) => x.build)).toEqual(['26200.7781']);
    // A baseline KB is on both channels.
    const baseline = JSON.parse((await runCli(['build', 'KB5074109', '--format', 'json'])).out);
    expect(new Set(baseline.map((x: { channel: string }) => x.channel))).toEqual(new Set(['hotpatch', 'standard']));
    expect((await runCli(['build', 'KB9999999'])).out).toMatch(/^KB9999999: not in the data/);
  });
});

describe('exports whose headers the tool does not know', () => {
  // Headers as an admin centre in another language might write them (not a claim about Intune's German labels).
  const file =
    'Gerätename;Betriebssystemversion;Betriebssystem\nPC-1;10.0.26100.7623;Windows\nPC-3;10.0.26100.8246;Windows\nSRV;10.0.26100.32230;Windows\n';
  it('without --column: exit 1 at once, naming the columns found and the flag', async () => {
    const r = await runCli(['compliance', 'export.csv', '--as-of', '2026-06-01'], withFile({ 'export.csv': file }));
    expect(r.code).toBe(1);
    expect(r.out).toBe('');
    expect(r.err).toBe(
      'hotpatch-calendar: export.csv: no column holds the OS build (expected "OS version" or "Build"); columns found: "Gerätename", "Betriebssystemversion", "Betriebssystem"; name the build column with --column osVersion="COLUMN"\n',
    );
  });
  it('with --column and --lang de: the HTML report names the devices in German', async () => {
    const r = await runCli(
      [
        'compliance',
        'export.csv',
        '--as-of',
        '2026-06-01',
        '--column',
        'osVersion=Betriebssystemversion',
        '--column',
        'name="Gerätename"',
        '--column',
        'operatingSystem=Betriebssystem',
        '--lang',
        'de',
        '--format',
        'html',
        '--builtin',
      ],
      withFile({ 'export.csv': file }),
    );
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain('<html lang="de">');
    expect(r.out).toContain('<h1>Hotpatch-Compliance am 2026-06-01</h1>');
    expect(r.out).toContain('<p id="total">0 von 3 Geräten aktuell (0%)');
    expect([...r.out.matchAll(/<tr><td data-label="Gerät">(PC-\d|SRV)<\/td>/g)].map((m) => m[1])).toEqual([
      'PC-1',
      'SRV',
      'PC-3',
    ]);
    expect(r.out).toContain('<th>Gerät</th><th>Produkt</th><th>Build</th>');
    expect(r.out).toContain('Hotpatch einschalten: Azure-Portal');
    expect(r.out).toContain('<strong>1 Server</strong>');
  });
  it('a bad --column is a usage error naming the fields', async () => {
    const r = await runCli(['compliance', 'export.csv', '--column', 'colour=Farbe'], withFile({ 'export.csv': file }));
    expect(r.code).toBe(2);
    expect(r.err).toContain('--column "colour=Farbe" is not FIELD=COLUMN; expected e.g. --column osVersion=');
  });
  it('an empty row is named with its row number, and fails the run unless --allow-errors', async () => {
    const csv = 'Device name,OS version\nPC-1,10.0.26100.7623\n,\nPC-2,10.0.26100.8246\n';
    const r = await runCli(['fleet', 'x.csv', '--as-of', '2026-06-01'], withFile({ 'x.csv': csv }));
    expect(r.code).toBe(1);
    expect(r.err).toContain('error: E_INPUT: x.csv row 3: no OS version or build; expected e.g. 10.0.26100.4061');
    expect(r.out.trim().split('\n')).toHaveLength(3);
  });
});

describe('every command in German with --lang de, and its help with an example', () => {
  it.each([
    [['month', '2026-06', '--product', 'windows-server-2025'], 'Produkt              Art      Status  Kanal'],
    [['build', 'KB5077212'], 'Produkt          Monat    Kanal     Art       Build       Datum       Neustart'],
    [['deadline', '2026-07', '--preset', 'first', '--tz', 'Europe/Berlin'], 'Erzwungener Neustart'],
    [['schedule', '--from', '2027-01', '--to', '2027-02'], 'Monat    Patchday    Fensterbeginn'],
    [['data', '--as-of', '2026-12-06'], 'Daten am 2026-12-06: eingebaute Daten vom'],
    [
      ['restarts', '--build', '26100.7392', '--edition', 'Enterprise', '--year', '2026'],
      'Maßnahme: Intune Admin Center',
    ],
  ])('%j', async (argv, says) => {
    const r = await runCli([...argv, '--lang', 'de', '--builtin']);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toContain(says);
  });
  it.each([
    'month',
    'build',
    'restarts',
    'deadline',
    'fleet',
    'schedule',
    'compliance',
    'compliance-policy',
    'refresh',
    'data',
    'serve',
  ])('%s --help names its flags and shows an example', async (command) => {
    const r = await runCli([command, '--help']);
    expect(r.out).toMatch(/^Usage: hotpatch-calendar /);
    expect(r.out).toMatch(/\nExamples?: hotpatch-calendar /);
  });
});
