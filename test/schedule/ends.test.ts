import { describe, expect, it } from 'vitest';
import rrulePkg from 'rrule';
import { maintenanceWindows, toRrule } from 'hotpatch-calendar';
import {
  awsMaintenanceWindowTemplate,
  azureMaintenanceConfiguration,
  gcpPatchDeployment,
} from 'hotpatch-calendar/deploy';
import { runCli } from '../support/cli.js';

const { rrulestr } = rrulePkg;
// Patch Tuesday + 3 days at 02:00 in Berlin for three hours, January to June 2027: the last window is Friday
// 2027-06-11 02:00-05:00 CEST (Patch Tuesday 2027-06-08), i.e. 00:00-03:00Z.
const rule = { offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 180 } as const;

describe("--to is each scheduler's end", () => {
  it('the last window, from maintenanceWindows (the independent reference for each format below)', () => {
    const last = maintenanceWindows({ from: '2027-01', to: '2027-06' }, rule).at(-1);
    expect([last?.start.utc, last?.end.local]).toEqual(['2027-06-11T00:00:00Z', '2027-06-11T05:00:00+02:00']);
  });
  it("Azure: expirationDateTime is the last window's end, local to the configuration's zone", () => {
    const c = azureMaintenanceConfiguration(rule, { from: '2027-01', to: '2027-06' });
    expect(c.properties.maintenanceWindow).toMatchObject({
      startDateTime: '2027-01-15 02:00',
      expirationDateTime: '2027-06-11 05:00',
    });
    expect(
      'expirationDateTime' in azureMaintenanceConfiguration(rule, { from: '2027-01' }).properties.maintenanceWindow,
    ).toBe(false);
  });
  it("AWS: StartDate and EndDate in ISO 8601 with the zone's offset", () => {
    const p = awsMaintenanceWindowTemplate(rule, { from: '2027-01', to: '2027-06' }).Resources.PatchTuesdayWindow
      .Properties;
    expect([p.StartDate, p.EndDate]).toEqual(['2027-01-15T02:00:00+01:00', '2027-06-11T05:00:00+02:00']);
    expect(() => awsMaintenanceWindowTemplate(rule, { to: '2027-06' })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
  it('GCP: recurringSchedule startTime and endTime in UTC', () => {
    const s = gcpPatchDeployment(rule, { from: '2027-01', to: '2027-06' }).recurringSchedule;
    expect([s.startTime, s.endTime]).toEqual(['2027-01-15T01:00:00Z', '2027-06-11T03:00:00Z']);
  });
  it('RRULE: UNTIL in UTC; a real RRULE parser ends on the last window and has exactly six', () => {
    const text = toRrule(rule, { year: 2027, month: 1 }, { lastMonth: '2027-06' });
    expect(text).toMatch(/;UNTIL=20270611T030000Z$/);
    const dates = rrulestr(text).all();
    expect(dates).toHaveLength(6);
    expect(() => toRrule(rule, { year: 2027, month: 6 }, { lastMonth: '2027-01' })).toThrow(
      expect.objectContaining({ code: 'E_INTERVAL' }),
    );
  });
  it.each([
    ['azure', /"expirationDateTime": "2027-06-11 05:00"/],
    ['bicep', /expirationDateTime: '2027-06-11 05:00'/],
    ['aws', /"EndDate": "2027-06-11T05:00:00\+02:00"/],
    ['gcp', /"endTime": "2027-06-11T03:00:00Z"/],
    ['rrule', /UNTIL=20270611T030000Z/],
  ])('schedule --to 2027-06 --format %s carries the end', async (format, end) => {
    const r = await runCli([
      'schedule',
      '--from',
      '2027-01',
      '--to',
      '2027-06',
      '--offset',
      '3',
      '--time',
      '02:00',
      '--tz',
      'Europe/Berlin',
      '--duration',
      '180',
      '--format',
      format,
    ]);
    expect(r.code, r.err).toBe(0);
    expect(r.out).toMatch(end);
  });
});

describe('the deadline view', () => {
  it('instants in time order, and one line on how deadline and grace give the forced restart', async () => {
    const r = await runCli(['deadline', '2026-12', '--preset', 'broad']);
    expect(r.code, r.err).toBe(0);
    const labels = r.out
      .split('\n')
      .filter((l) => /^(Published|Offered|Grace ends|Deadline|Forced restart) /.test(l))
      .map((l) => l.split(/\s{2,}/)[0]);
    expect(labels).toEqual(['Published', 'Offered', 'Grace ends', 'Deadline', 'Forced restart']);
    expect(r.out).toContain(
      'The restart is forced at the later of the deadline (offered + 5 days) and the end of the grace period (restart pending + 2 days): 2026-12-22T18:00:00Z.',
    );
  });
});
