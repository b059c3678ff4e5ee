import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import * as renderers from '../../src/render/index.js';

const h = { ...lib, ...renderers };
import { main, type CliIo } from '../../src/cli/main.js';

// Every public entry point and every CLI command gets every bad input of the categories it takes, and must answer
// with the library's coded error (or exit 1/2 and one line), never another exception, a hang or an answer.
type Raw = unknown;
const corpus = JSON.parse(readFileSync(new URL('./fixtures/hostile-inputs.json', import.meta.url), 'utf8')) as Record<
  string,
  Raw[]
>;

function decode(value: Raw): unknown {
  if (Array.isArray(value)) return value.map(decode);
  if (value && typeof value === 'object') {
    const rec = value as Record<string, unknown>;
    if (typeof rec['$'] === 'string') {
      switch (rec['$']) {
        case 'NaN':
          return Number.NaN;
        case 'Infinity':
          return Number.POSITIVE_INFINITY;
        case '-Infinity':
          return Number.NEGATIVE_INFINITY;
        case '-0':
          return -0;
        case 'undefined':
          return undefined;
        case 'repeat':
          return String(rec['text']).repeat(Number(rec['times']));
        case 'json':
          return JSON.parse(String(rec['text'])) as unknown; // __proto__ stays an own key, as in real hostile JSON
        default:
          throw new Error(`unknown special ${String(rec['$'])}`);
      }
    }
    return Object.fromEntries(Object.entries(rec).map(([k, v]) => [k, decode(v)]));
  }
  return value;
}

const inputs = (category: string): unknown[] => {
  const list = corpus[category];
  if (!list) throw new Error(`no category ${category}`);
  return list.map(decode);
};

const total = Object.entries(corpus)
  .filter(([k]) => !k.startsWith('_'))
  .reduce((n, [, v]) => n + v.length, 0);
const ok = { year: 2026, month: 7, day: 14 };
const ym = { year: 2026, month: 7 };
const device: lib.DeviceProfile = {
  product: 'windows-11-24h2',
  edition: 'Enterprise',
  architecture: 'x64',
  build: '26100.7392',
  license: 'microsoft-365-e3',
  vbsRunning: true,
  hotpatchPolicy: 'enabled',
  management: 'intune',
};
const cal = h.yearCalendar(2026, { products: ['windows-11-24h2'] });
const rule = { offsetDays: 3, time: '02:00', zone: 'UTC', durationMinutes: 60 };
const range = { from: ok, to: { year: 2026, month: 12, day: 31 } };

// entry point → [category, call]
const CASES: [string, string, (v: never) => unknown][] = [
  ['parseCivilDate', 'date', (v) => h.parseCivilDate(v)],
  ['civilDate (year)', 'year', (v) => h.civilDate(v, 1, 1)],
  ['civilDate (month)', 'month', (v) => h.civilDate(2026, v, 1)],
  ['formatCivilDate', 'date', (v) => h.formatCivilDate(v)],
  ['toEpochDay', 'date', (v) => h.toEpochDay(v)],
  ['fromEpochDay', 'instant', (v) => h.fromEpochDay(v)],
  ['addDays (date)', 'date', (v) => h.addDays(v, 1)],
  ['addDays (days)', 'instant', (v) => h.addDays(ok, v)],
  ['daysBetween', 'date', (v) => h.daysBetween(v, ok)],
  ['isoWeekday', 'date', (v) => h.isoWeekday(v)],
  ['compareCivilDates', 'date', (v) => h.compareCivilDates(ok, v)],
  ['daysInMonth (year)', 'year', (v) => h.daysInMonth(v, 1)],
  ['daysInMonth (month)', 'month', (v) => h.daysInMonth(2026, v)],
  ['parseYearMonth', 'yearMonth', (v) => h.parseYearMonth(v)],
  ['formatYearMonth', 'yearMonth', (v) => h.formatYearMonth(v)],
  ['addMonths (month)', 'yearMonth', (v) => h.addMonths(v, 1)],
  ['addMonths (count)', 'instant', (v) => h.addMonths(ym, v)],
  ['compareYearMonths', 'yearMonth', (v) => h.compareYearMonths(ym, v)],
  ['yearMonthOf', 'date', (v) => h.yearMonthOf(v)],
  ['patchTuesday (year)', 'year', (v) => h.patchTuesday(v, 1)],
  ['patchTuesday (month)', 'month', (v) => h.patchTuesday(2026, v)],
  ['previewTuesday (year)', 'year', (v) => h.previewTuesday(v, 1)],
  ['previewTuesday (month)', 'month', (v) => h.previewTuesday(2026, v)],
  ['nextPatchTuesday', 'date', (v) => h.nextPatchTuesday(v)],
  ['eachPatchTuesdayOfInterval', 'date', (v) => h.eachPatchTuesdayOfInterval(ok, v)],
  ['toZonedInstant (ms)', 'instant', (v) => h.toZonedInstant(v, 'UTC')],
  ['toZonedInstant (zone)', 'zone', (v) => h.toZonedInstant(0, v)],
  ['releaseInstant (month)', 'yearMonth', (v) => h.releaseInstant(v)],
  ['releaseInstant (zone)', 'zone', (v) => h.releaseInstant(ym, { zone: v })],
  ['releaseInstant (options)', 'options', (v) => h.releaseInstant(ym, v)],
  ['releaseNames', 'yearMonth', (v) => h.releaseNames(v)],
  ['isBaselineMonth', 'month', (v) => h.isBaselineMonth(v)],
  ['plannedMonthKind', 'yearMonth', (v) => h.plannedMonthKind(v)],
  ['baselineOf', 'yearMonth', (v) => h.baselineOf(v)],
  ['nextBaselineMonth', 'yearMonth', (v) => h.nextBaselineMonth(v)],
  ['getProduct', 'product', (v) => h.getProduct(v)],
  ['describeMonth (product)', 'product', (v) => h.describeMonth(v, ym)],
  ['describeMonth (month)', 'yearMonth', (v) => h.describeMonth('windows-11-24h2', v)],
  ['describeMonth (zone)', 'zone', (v) => h.describeMonth('windows-11-24h2', ym, { zone: v })],
  ['parseBuild', 'build', (v) => h.parseBuild(v)],
  ['formatBuild', 'build', (v) => h.formatBuild(v)],
  ['compareBuilds', 'build', (v) => h.compareBuilds('26100.1', v)],
  ['parseKb', 'kb', (v) => h.parseKb(v)],
  ['createCatalog', 'override', (v) => h.createCatalog([v])],
  ['createCatalog (not a list)', 'notIterable', (v) => h.createCatalog(v)],
  ['catalogInfo', 'calendar', (v) => h.catalogInfo(v)],
  ['releaseFor (product)', 'product', (v) => h.releaseFor(v, ym, 'hotpatch')],
  ['releaseFor (month)', 'yearMonth', (v) => h.releaseFor('windows-11-24h2', v, 'hotpatch')],
  ['releaseFor (channel)', 'channel', (v) => h.releaseFor('windows-11-24h2', ym, v)],
  ['releasesOf', 'yearMonth', (v) => h.releasesOf('windows-11-24h2', v)],
  ['currentRelease (at)', 'instant', (v) => h.currentRelease('windows-11-24h2', 'hotpatch', v)],
  [
    'currentRelease (date)',
    'date',
    (v) => h.currentRelease('windows-11-24h2', 'hotpatch', typeof v === 'number' ? (Number.NaN as never) : v),
  ],
  ['currentRelease (zone)', 'zone', (v) => h.currentRelease('windows-11-24h2', 'hotpatch', ok, { zone: v })],
  ['identifyBuild', 'build', (v) => h.identifyBuild(v)],
  [
    'identifyBuild (product)',
    'product',
    (v) => h.identifyBuild('26100.1', { product: v === undefined ? (null as never) : v }),
  ],
  ['isPatchedThrough (build)', 'build', (v) => h.isPatchedThrough(v, 'windows-11-24h2', ym)],
  ['isPatchedThrough (other product)', 'buildOtherProduct', (v) => h.isPatchedThrough(v, 'windows-11-24h2', ym)],
  ['isPatchedThrough (month)', 'yearMonth', (v) => h.isPatchedThrough('26100.1', 'windows-11-24h2', v)],
  ['parseDevice', 'device', (v) => h.parseDevice(v)],
  ['checkEligibility (device)', 'device', (v) => h.checkEligibility(v, { asOf: ok })],
  ['checkEligibility (asOf)', 'date', (v) => h.checkEligibility(device, { asOf: v })],
  ['predictRestarts (device)', 'device', (v) => h.predictRestarts(v, range)],
  ['predictRestarts (range)', 'range', (v) => h.predictRestarts(device, v)],
  ['predictRestarts (zone)', 'zone', (v) => h.predictRestarts(device, { ...range, zone: v })],
  ['nextRestart', 'date', (v) => h.nextRestart(device, v)],
  ['restartSummary', 'year', (v) => h.restartSummary(device, v)],
  ['restartDeadline (month)', 'yearMonth', (v) => h.restartDeadline(v, 'first')],
  ['restartDeadline (policy)', 'policy', (v) => h.restartDeadline(ym, v)],
  ['restartDeadline (zone)', 'zone', (v) => h.restartDeadline(ym, 'first', { zone: v })],
  ['restartDeadline (foundAt)', 'instant', (v) => h.restartDeadline(ym, 'first', { foundAt: v })],
  ['forecastFleetSync (asOf)', 'date', (v) => h.forecastFleetSync([], { asOf: v })],
  ['forecastFleetSync (devices)', 'notIterable', (v) => h.forecastFleetSync(v, { asOf: ok })],
  ['yearCalendar (year)', 'year', (v) => h.yearCalendar(v)],
  ['yearCalendar (zone)', 'zone', (v) => h.yearCalendar(2026, { zone: v })],
  ['yearCalendar (product)', 'product', (v) => h.yearCalendar(2026, { products: [v] })],
  ['renderIcs', 'calendar', (v) => h.renderIcs(v)],
  ['renderIcs (dtstamp)', 'instant', (v) => h.renderIcs(cal, { dtstamp: v })],
  ['renderCsv', 'calendar', (v) => h.renderCsv(v)],
  ['renderJson', 'calendar', (v) => h.renderJson(v)],
  ['renderMarkdown', 'calendar', (v) => h.renderMarkdown(v)],
  ['renderHtml', 'calendar', (v) => h.renderHtml(v)],
  ['maintenanceWindows (range)', 'monthRange', (v) => h.maintenanceWindows(v, rule)],
  ['maintenanceWindows (rule)', 'windowRule', (v) => h.maintenanceWindows({ from: '2026-01', to: '2026-02' }, v)],
  ['toAzureRecurrence', 'windowRule', (v) => h.toAzureRecurrence(v)],
  ['toAwsSchedule', 'windowRule', (v) => h.toAwsSchedule(v)],
  ['toGcpRecurringSchedule', 'windowRule', (v) => h.toGcpRecurringSchedule(v)],
  ['toRrule', 'windowRule', (v) => h.toRrule(v, ym)],
  ['toCron', 'windowRule', (v) => h.toCron(v, '/bin/true')],
];

afterAll(() => {
  expect(Object.prototype).not.toHaveProperty('polluted');
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
});

describe(`hostile inputs: ${total} bad values`, () => {
  it('the corpus has at least 200 bad inputs', () => expect(total).toBeGreaterThanOrEqual(200));

  it.each(CASES)('%s refuses every %s with a coded error', (_name, category, call) => {
    for (const value of inputs(category)) {
      let outcome: unknown;
      try {
        outcome = call(value as never);
      } catch (error) {
        expect(
          h.isHotpatchError(error),
          `${_name}(${String(JSON.stringify(value))?.slice(0, 80)}) threw ${String(error)}`,
        ).toBe(true);
        expect((error as Error).message).toMatch(/^[A-Za-z]+: /);
        expect((error as Error).message.length).toBeLessThan(600);
        continue;
      }
      expect.fail(
        `${_name} answered ${String(JSON.stringify(outcome))?.slice(0, 120)} for ${String(JSON.stringify(value))?.slice(0, 80)}`,
      );
    }
  });

  it.each([
    ['safeParseCivilDate', 'date', h.safeParseCivilDate],
    ['safeParseYearMonth', 'yearMonth', h.safeParseYearMonth],
    ['safeParseBuild', 'build', h.safeParseBuild],
    ['safeParseKb', 'kb', h.safeParseKb],
  ] as const)('%s returns { ok: false, error } with a code for every %s', (_name, category, fn) => {
    for (const value of inputs(category)) {
      const r = (fn as (v: unknown) => lib.SafeResult<unknown>)(value);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(h.ERROR_CODES).toContain(r.error.code);
    }
  });

  it('forecastFleetSync turns every hostile device record into a coded error row', () => {
    const rows = [...h.forecastFleetSync(inputs('device'), { asOf: ok })];
    expect(rows).toHaveLength(inputs('device').length);
    for (const r of rows) {
      expect(r.ok).toBe(false);
      if (!r.ok) expect(h.ERROR_CODES).toContain(r.error.code);
    }
  });
});

async function cli(argv: string[], stdin = ''): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIo = {
    stdout: (t) => {
      out += t;
    },
    stderr: (t) => {
      err += t;
    },
    readChunks: (path) =>
      (async function* chunks(): AsyncGenerator<Uint8Array> {
        if (path !== '-') throw new Error(`ENOENT: no such file or directory, open '${path}'`);
        yield Buffer.from(stdin);
      })(),
    writeFile: async () => undefined,
    isTTY: false,
    now: () => 0,
  };
  return { code: await main(argv, io), out, err };
}
// The CLI trims pasted values (a build copied from a ticket with a trailing space is that build): a hostile value
// that is a valid one with spaces around it is not hostile on the command line. The library still refuses them.
const strings = (category: string): string[] =>
  inputs(category).filter(
    (v): v is string => typeof v === 'string' && v.length < 5000 && v === v.replace(/^[ \t]+|[ \t]+$/g, ''),
  );

describe('hostile inputs to every CLI command', () => {
  const commands: [string, string, (v: string) => string[]][] = [
    ['calendar YEAR', 'yearMonth', (v) => [v]],
    ['calendar --product', 'product', (v) => ['2026', '--product', v]],
    ['calendar --tz', 'zone', (v) => ['2026', '--tz', v]],
    ['month', 'yearMonth', (v) => ['month', v]],
    ['month --product', 'product', (v) => ['month', '2026-07', '--product', v]],
    ['build', 'build', (v) => ['build', v]],
    ['restarts --build', 'build', (v) => ['restarts', '--build', v, '--edition', 'Enterprise', '--year', '2026']],
    [
      'restarts --from',
      'date',
      (v) => ['restarts', '--build', '26100.7392', '--edition', 'Enterprise', '--from', v, '--to', '2026-12-31'],
    ],
    ['deadline', 'yearMonth', (v) => ['deadline', v, '--preset', 'first']],
    ['deadline --tz', 'zone', (v) => ['deadline', '2026-07', '--preset', 'first', '--tz', v]],
    ['fleet --as-of', 'date', (v) => ['fleet', '-', '--as-of', v]],
    ['schedule --tz', 'zone', (v) => ['schedule', '--from', '2026-01', '--to', '2026-03', '--tz', v]],
    ['schedule --from', 'yearMonth', (v) => ['schedule', '--from', v, '--to', '2026-03']],
  ];
  it.each(commands)('%s: exit 1 or 2 with one line on stderr', async (_name, category, argv) => {
    for (const value of strings(category)) {
      const r = await cli(argv(value));
      expect([1, 2], `${_name} ${JSON.stringify(value).slice(0, 60)} → ${r.code} ${r.err}`).toContain(r.code);
      expect(r.out).toBe('');
      expect(r.err.trimEnd().split('\n')).toHaveLength(1);
    }
  });
  it.each([
    ['deadline --deferral', ['-1', '31', '1.5', 'x', '']],
    ['schedule --offset', ['31', '-31', '1.5', 'x', '']],
    ['schedule --time', ['24:00', '2:00', 'x', '']],
  ])('%s with bad numbers: exit 2', async (name, values) => {
    for (const value of values) {
      const argv = name.startsWith('deadline')
        ? ['deadline', '2026-07', '--deferral', value]
        : ['schedule', '--from', '2026-01', '--to', '2026-02', name.endsWith('offset') ? '--offset' : '--time', value];
      const r = await cli(argv);
      expect(r.code, `${name} ${value}`).toBe(2);
    }
  });
  it('fleet: hostile JSON lines give one row each (the CLI reads exports leniently, so a value it can normalise is a device), error rows carry known codes, and Object.prototype stays clean', async () => {
    const lines = [
      ...inputs('device').map((d) => JSON.stringify(d) ?? 'undefined'),
      '{"__proto__":{"polluted":"yes"}}',
      '[',
      'null',
    ];
    const r = await cli(['fleet', '-', '--as-of', '2026-08-20', '--allow-errors'], lines.join('\n'));
    expect(r.code).toBe(0);
    const rows = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l) as { ok: boolean; error?: { code: string } });
    expect(rows).toHaveLength(lines.length);
    // Library codes, or the CLI's own for input lines that are no device at all.
    const codes: readonly string[] = [...h.ERROR_CODES, 'E_INPUT', 'E_NOT_WINDOWS'];
    expect(rows.filter((row) => !row.ok && !codes.includes(row.error?.code ?? ''))).toEqual([]);
    expect(rows.filter((row) => !row.ok).length).toBeGreaterThan(lines.length / 2);
    expect(rows.slice(-3).map((row) => row.ok)).toEqual([false, false, false]);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
