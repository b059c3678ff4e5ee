import { describe, expect, it } from 'vitest';
import * as h from '../../src/index.js';

// Dates, year-months and "as of" values are accepted the same way by every function: a date as a record or as
// ISO 'YYYY-MM-DD', and the as-of day as options.asOf (the 0.1 positional form still works).
const device = {
  product: 'windows-11-24h2',
  edition: 'Enterprise',
  architecture: 'x64',
  build: '26100.9106',
  license: 'microsoft-365-e5',
  vbsRunning: true,
  hotpatchPolicy: 'enabled',
  management: 'intune',
} as const;
const record = { year: 2026, month: 8, day: 20 };
const text = '2026-08-20';

describe('a date is a record or ISO text, everywhere', () => {
  it.each([
    ['toEpochDay', (d: h.DateInput) => h.toEpochDay(d)],
    ['addDays', (d: h.DateInput) => h.addDays(d, 30)],
    ['daysBetween', (d: h.DateInput) => h.daysBetween(d, '2026-12-31')],
    ['isoWeekday', (d: h.DateInput) => h.isoWeekday(d)],
    ['compareCivilDates', (d: h.DateInput) => h.compareCivilDates(d, record)],
    ['formatCivilDate', (d: h.DateInput) => h.formatCivilDate(d)],
    ['yearMonthOf', (d: h.DateInput) => h.yearMonthOf(d)],
    ['nextPatchTuesday', (d: h.DateInput) => h.nextPatchTuesday(d)],
    ['eachPatchTuesdayOfInterval', (d: h.DateInput) => h.eachPatchTuesdayOfInterval(d, '2027-01-31')],
    ['describeMonth', (d: h.DateInput) => h.describeMonth('windows-11-24h2', d)],
    ['checkEligibility', (d: h.DateInput) => h.checkEligibility(device, { asOf: d })],
    ['predictRestarts', (d: h.DateInput) => h.predictRestarts(device, { from: d, to: '2027-08-20' })],
    ['nextRestart', (d: h.DateInput) => h.nextRestart(device, { asOf: d })],
    ['currentRelease', (d: h.DateInput) => h.currentRelease('windows-11-24h2', 'hotpatch', { asOf: d })],
    ['forecastFleetSync', (d: h.DateInput) => [...h.forecastFleetSync([device], { asOf: d })]],
  ])('%s gives the same answer for { year, month, day } and YYYY-MM-DD', (_name, call) => {
    expect(call(text)).toEqual(call(record));
  });
  it('a malformed date text is E_DATE_FORMAT everywhere, naming the function', () => {
    expect(() => h.nextRestart(device, { asOf: '2026-8-20' })).toThrow(
      expect.objectContaining({
        code: 'E_DATE_FORMAT',
        message: expect.stringMatching(/^nextRestart: options\.asOf "2026-8-20" is not a date/),
      }),
    );
    expect(() => h.predictRestarts(device, { from: '20.08.2026', to: text })).toThrow(
      expect.objectContaining({ code: 'E_DATE_FORMAT' }),
    );
  });
});

describe('as of is options.asOf everywhere; the 0.1 positional form is still read', () => {
  it('nextRestart(device, { asOf }) equals nextRestart(device, asOf)', () => {
    expect(h.nextRestart(device, { asOf: text, zone: 'Asia/Tokyo' })).toEqual(
      h.nextRestart(device, record, { zone: 'Asia/Tokyo' }),
    );
    expect(h.nextRestart(device, { asOf: text })?.date).toEqual({ year: 2026, month: 9, day: 8 });
  });
  it('currentRelease(product, channel, { asOf }) equals currentRelease(product, channel, at)', () => {
    const ms = Date.UTC(2026, 2, 20);
    expect(h.currentRelease('windows-11-24h2', 'hotpatch', { asOf: ms })).toEqual(
      h.currentRelease('windows-11-24h2', 'hotpatch', ms),
    );
    expect(h.currentRelease('windows-11-24h2', 'hotpatch', { asOf: '2026-03-20', zone: 'Asia/Tokyo' })?.kb).toBe(
      'KB5084897',
    );
  });
  it.each([
    ['nextRestart', () => h.nextRestart(device, {} as never)],
    ['currentRelease', () => h.currentRelease('windows-11-24h2', 'hotpatch', {} as never)],
    ['checkEligibility', () => h.checkEligibility(device, {} as never)],
  ])('%s without asOf is E_OPTION: no clock is read', (_name, call) => {
    expect(call).toThrow(
      expect.objectContaining({ code: 'E_OPTION', message: expect.stringContaining('options.asOf is missing') }),
    );
  });
});
