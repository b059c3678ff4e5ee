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
      // Equal instants keep their order: grace end, then deadline.
      'Grace ends      2026-07-17T17:00:00Z',
      'Deadline        2026-07-17T17:00:00Z',
      'Forced restart  2026-07-17T17:00:00Z',
      '',
      'The restart is forced at the later of the deadline (offered + 2 days) and the end of the grace period (restart pending + 2 days): 2026-07-17T17:00:00Z.',
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

  it('the year view: projected months marked *, months after the end of servicing shown ended with —', async () => {
    expect((await lines(['2027', '--product', 'windows-11-24h2'])).slice(0, 15)).toEqual([
      'Windows hotpatch calendar 2027 · release times in UTC · Patch Tuesday 10:00 Pacific',
      '',
      'Month  Released      Products     Type        Hotpatch  Standard',
      'Jan    Tue 12 18:00  Win 11 24H2  Baseline *  tba       tba',
      'Feb    Tue 09 18:00  Win 11 24H2  Hotpatch *  tba       tba',
      'Mar    Tue 09 18:00  Win 11 24H2  Hotpatch *  tba       tba',
      'Apr    Tue 13 17:00  Win 11 24H2  Baseline *  tba       tba',
      'May    Tue 11 17:00  Win 11 24H2  Hotpatch *  tba       tba',
      'Jun    Tue 08 17:00  Win 11 24H2  Hotpatch *  tba       tba',
      'Jul    Tue 13 17:00  Win 11 24H2  Baseline *  tba       tba',
      'Aug    Tue 10 17:00  Win 11 24H2  Hotpatch *  tba       tba',
      'Sep    Tue 14 17:00  Win 11 24H2  Hotpatch *  tba       tba',
      'Oct    Tue 12 17:00  Win 11 24H2  Baseline *  tba       tba',
      'Nov    Tue 09 18:00  Win 11 24H2  ended       —         —',
      'Dec    Tue 14 18:00  Win 11 24H2  ended       —         —',
    ]);
  });
  it('the year view: not yet in the program, = hotpatch in baselines, no data, a KB without a build', async () => {
    // Server 2022 Azure Edition's first hotpatch year; Windows 11 24H2 did not exist yet.
    expect(
      (await lines(['2022', '--product', 'windows-11-24h2', '--product', 'windows-server-2022-azure-edition'])).slice(
        2,
        13,
      ),
    ).toEqual([
      'Month  Released      Products           Type      Hotpatch         Standard',
      'Jan    Tue 11 18:00  Win 11 24H2        not yet   —                —',
      '                     Server 2022 Azure  not yet   —                —',
      'Feb    Tue 08 18:00  Win 11 24H2        not yet   —                —',
      '                     Server 2022 Azure  Hotpatch  KB5010456 .525   KB5010354 .524',
      'Mar    Tue 08 18:00  Win 11 24H2        not yet   —                —',
      '                     Server 2022 Azure  Hotpatch  KB5011580        KB5011497 .587',
      'Apr    Tue 12 17:00  Win 11 24H2        not yet   —                —',
      '                     Server 2022 Azure  Baseline  KB5012604 .643   = hotpatch',
      'May    Tue 10 17:00  Win 11 24H2        not yet   —                —',
      '                     Server 2022 Azure  Unknown   no data          KB5013944 .707',
    ]);
  });
  it('the year view in colour: the kind word red for baselines, green for hotpatch months, yellow for the unplanned baseline; ended plain; never a whole row', async () => {
    const r = await runCli(['2026', '--product', 'windows-11-24h2'], { color: true });
    const row = (month: string) => r.out.split('\n').find((l) => l.startsWith(`${month} `)) ?? '';
    expect(row('Jan').replace(/ +/g, ' ')).toBe(
      'Jan Tue 13 18:00 Win 11 24H2 \x1b[31mBaseline\x1b[0m KB5074109 .7623 = hotpatch',
    );
    expect(row('Feb')).toContain('\x1b[32mHotpatch\x1b[0m');
    expect(row('Jun')).toContain('\x1b[33mUnplanned baseline\x1b[0m');
    for (const month of ['Jan', 'Feb', 'Jun']) expect(row(month).startsWith('\x1b')).toBe(false);
    const ended = await runCli(['2027', '--product', 'windows-11-24h2'], { color: true });
    const line = (month: string) => ended.out.split('\n').find((l) => l.startsWith(`${month} `)) ?? '';
    expect(line('Nov')).not.toContain('\x1b');
    expect(line('Oct')).toContain('\x1b[31mBaseline');
  });
  it('the wide view: every column, the zone named, full builds, markers for what the data lacks', async () => {
    const wide = await lines(['2026', '--product', 'windows-11-24h2', '--wide', '--tz', 'Asia/Tokyo']);
    expect(wide[0]).toMatch(
      /^Release +Patch Tuesday +UTC +Asia\/Tokyo +Product +Type +Hotpatch channel +Standard channel$/,
    );
    expect(wide[2]).toMatch(
      /^2026\.02 B +2026-02-10 +18:00 +2026-02-11 03:00 +windows-11-24h2 +Hotpatch \(no restart\) +KB5077212 \(26100\.7781\) +KB5077181 \(26100\.7840\)$/,
    );
    expect(wide[6]).toMatch(/Unplanned baseline \(restart\) +KB5094126 \(26100\.8655\) +KB5094126 \(26100\.8655\)$/);
    expect(wide[12]).toMatch(/^2026\.12 B .*Hotpatch \(no restart\) \* +not published yet +not published yet$/);
    expect((await lines(['2026', '--product', 'windows-11-24h2', '--wide']))[0]).not.toContain('Asia');
  });
});
