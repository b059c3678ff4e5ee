import { describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

// The terminal views, whole: header, columns and the rows of published releases (from Microsoft's release
// notes, via the built-in data), so a lost column, a wrong placeholder or a swapped yes/no shows.
const lines = async (argv: string[]) => {
  const r = await runCli(argv);
  expect(r.code, r.err).toBe(0);
  return r.out.trimEnd().split('\n');
};

describe('terminal views', () => {
  it('month: the headline and every release of both channels (July 2026: baseline, two OOBs, a preview)', async () => {
    expect(await lines(['month', '2026-07', '--product', 'windows-11-24h2'])).toEqual([
      '2026.07 B (2026-Jul): Patch Tuesday 2026-07-14, released 2026-07-14T17:00:00Z / 2026-07-14T17:00:00Z',
      '',
      'Product          Kind      Status  Channel   Release       KB         Build       Date        Restart  Source',
      'windows-11-24h2  baseline  active  hotpatch  baseline      KB5101650  26100.8875  2026-07-14  yes      published',
      'windows-11-24h2  baseline  active  standard  baseline      KB5101650  26100.8875  2026-07-14  yes      published',
      'windows-11-24h2  baseline  active  hotpatch  oob-hotpatch  KB5121768  26100.8893  2026-07-18  no       published',
      'windows-11-24h2  baseline  active  standard  oob-lcu       KB5121767  26100.8894  2026-07-18  yes      published',
      'windows-11-24h2  baseline  active  standard  preview       KB5101684  26100.8973  2026-07-28  yes      published',
    ]);
  });
  it('month: a projected month shows - for the numbers it does not know', async () => {
    expect((await lines(['month', '2027-02', '--product', 'windows-11-24h2'])).slice(2)).toEqual([
      'Product          Kind      Status  Channel   Release   KB  Build  Date        Restart  Source',
      'windows-11-24h2  hotpatch  active  hotpatch  hotpatch  -   -      2027-02-09  no       projected',
      'windows-11-24h2  hotpatch  active  standard  lcu       -   -      2027-02-09  yes      projected',
    ]);
  });
  it('build: the products it can belong to and every release with it', async () => {
    expect(await lines(['build', '26100.4851'])).toEqual([
      'Build 26100.4851: windows-11-24h2 or windows-server-2025',
      '',
      'Product              Month    Channel   Kind      KB         Date',
      'windows-11-24h2      2025-08  hotpatch  hotpatch  KB5064010  2025-08-12',
      'windows-server-2025  2025-08  hotpatch  hotpatch  KB5064010  2025-08-12',
    ]);
  });
  it('restarts: eligibility, the count and one row per restart with its reason', async () => {
    const argv = ['restarts', '--build', '26100.8875', '--year', '2026', '--license', 'microsoft-365-e3'];
    expect(await lines([...argv, '--policy', 'enabled'])).toEqual([
      'windows-11-24h2 Enterprise on 26100.8875: eligible for hotpatch on 2026-01-01',
      '3 restarts from 2026-01-01 to 2026-12-31',
      '',
      'Date        Local time            Reason            KB  Build       Source',
      '2026-09-08  2026-09-08T17:00:00Z  unknown-release   -   -           unknown',
      '2026-10-13  2026-10-13T17:00:00Z  planned-baseline  -   26100.9711  published',
      '2026-11-10  2026-11-10T18:00:00Z  unknown-release   -   -           unknown',
    ]);
  });
  it('deadline: published, offered, deadline, grace and the forced restart', async () => {
    expect(await lines(['deadline', '2026-07', '--deferral', '1', '--deadline', '2', '--grace', '2'])).toEqual([
      '2026-07 baseline KB5101650: deferral 1, deadline 2, grace 2 days',
      '',
      'Published       2026-07-14T17:00:00Z',
      'Offered         2026-07-15T17:00:00Z',
      'Deadline        2026-07-17T17:00:00Z',
      'Grace ends      2026-07-17T17:00:00Z',
      'Forced restart  2026-07-17T17:00:00Z',
    ]);
  });
  it('schedule: one window per month, local and UTC', async () => {
    const argv = ['schedule', '--from', '2027-01', '--to', '2027-02', '--tz', 'Europe/Berlin', '--offset', '3'];
    expect(await lines([...argv, '--time', '20:00'])).toEqual([
      'Month    Patch Tuesday  Window start               Window end                 Start (UTC)',
      '2027-01  2027-01-12     2027-01-15T20:00:00+01:00  2027-01-15T22:00:00+01:00  2027-01-15T19:00:00Z',
      '2027-02  2027-02-09     2027-02-12T20:00:00+01:00  2027-02-12T22:00:00+01:00  2027-02-12T19:00:00Z',
    ]);
  });
});
