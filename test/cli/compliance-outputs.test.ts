import { describe, expect, it } from 'vitest';
import { runWithIntuneExport } from '../support/cli.js';

// The compliance report of the Intune export fixture (as Excel saves it, German headers) on 2026-11-28, as text
// and as the HTML page (read here as text; the browser test draws it).
const report = async (format: 'table' | 'html') => {
  const r = await runWithIntuneExport(['compliance', 'export.csv', '--as-of', '2026-11-28', '--format', format]);
  expect(r.code, r.err).toBe(0);
  return r.out;
};

describe('compliance report outputs', () => {
  it('text: totals, a row per product and channel, releases behind, restarts due, the to-do list', async () => {
    expect((await report('table')).trimEnd().split('\n')).toEqual([
      // The two Windows 10 22H2 devices are past their end of servicing (2025-10-14): counted, not current. The
      // iPhone is the record that is no (Windows) device.
      'Hotpatch compliance on 2026-11-28: 1 of 6 devices current (16.7%); 0 whose currency cannot be told; 1 record that is no device',
      '',
      'Product                                      Channel                Devices  Current  Share',
      'Other Windows (not in the hotpatch program)  all                    2        0        0%',
      '                                             build not in the data  2        0        0%',
      'Windows 11 Enterprise, version 24H2          all                    3        1        33.3%',
      '                                             hotpatch               2        0        0%',
      '                                             standard               1        1        100%',
      'Windows 11 Enterprise, version 25H2          all                    1        0        0%',
      '                                             standard               1        0        0%',
      '',
      'Security releases behind: current 1, 1 behind 0, 2 behind 0, 3+ behind 3, unknown 2',
      'Restarts due: 0 within 7 days, 4 within 30 days',
      '',
      // Named, furthest behind first: versions outside the program (behind by an unknown count), then 6, 3, 3.
      'Devices not current: 5, furthest behind first:',
      'Device          Product                              Build       Releases behind  Days behind  Reason                                   What to do',
      'PC-HAMBURG-07   Windows 10 22H2                      19045.6456  unknown          unknown      NOT_A_HOTPATCH_PRODUCT END_OF_SERVICING  Upgrade to Windows 11 Enterprise 24H2 or later (servers: Windows Server 2025, or 2022 Datacenter: Azure Edition) to use hotpatch',
      'PC-MUENCHEN-12  Windows 11 23H2                      22631.6199  unknown          unknown      NOT_A_HOTPATCH_PRODUCT END_OF_SERVICING  Upgrade to Windows 11 Enterprise 24H2 or later (servers: Windows Server 2025, or 2022 Datacenter: Azure Edition) to use hotpatch',
      'PC-KOELN-03     Windows 11 Enterprise, version 24H2  26100.8390  6                172          -                                        Install the newest security update (cumulative: the newest one is enough)',
      'PC-BERLIN-01    Windows 11 Enterprise, version 24H2  26100.9106  3                81           -                                        Install the newest security update (cumulative: the newest one is enough)',
      'PC-BERLIN-02    Windows 11 Enterprise, version 25H2  26200.9168  3                81           -                                        Install the newest security update (cumulative: the newest one is enough)',
      '',
      'To do (devices not hotpatching, by reason):',
      '  2 devices: END_OF_SERVICING: Move the device to a serviced version (a feature update to Windows 11 25H2, or Enterprise/Education, which is serviced a year longer than Home/Pro); Windows 10 22H2: enrol in Extended Security Updates',
      '  2 devices: NOT_A_HOTPATCH_PRODUCT: Upgrade to Windows 11 Enterprise 24H2 or later (servers: Windows Server 2025, or 2022 Datacenter: Azure Edition) to use hotpatch',
    ]);
  });
  it('HTML: one self-contained page with the same figures', async () => {
    const html = await report('html');
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(html).toContain(
      `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    );
    expect(html).toContain('<title>Hotpatch compliance on 2026-11-28</title>');
    expect(html).toContain(
      '<p id="total">1 of 6 devices current (16.7%); 0 whose currency cannot be told; 1 record that is no device. Restarts due: 0 within 7 days, 4 within 30 days.</p>',
    );
    // The devices behind, by name, furthest first, with what to do.
    expect([...html.matchAll(/<tr><td data-label="Device">(PC-[A-Z]+-\d+)<\/td>/g)].map((m) => m[1])).toEqual([
      'PC-HAMBURG-07',
      'PC-MUENCHEN-12',
      'PC-KOELN-03',
      'PC-BERLIN-01',
      'PC-BERLIN-02',
    ]);
    expect(html).toContain(
      '<tr><td data-label="Device">PC-KOELN-03</td><td data-label="Product">Windows 11 Enterprise, version 24H2</td><td data-label="Build">26100.8390</td><td class="n" data-label="Releases behind">6</td><td class="n" data-label="Days behind">172</td><td data-label="Reason">-</td><td data-label="What to do">Install the newest security update (cumulative: the newest one is enough)</td></tr>',
    );
    expect([...html.matchAll(/data-devices="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '0', '0', '3', '2']);
    expect(html).toContain(
      '<tr><td>Windows 11 Enterprise, version 24H2</td><td class="n">3</td><td class="n">1</td><td class="n">33.3%</td><td>hotpatch 0/2, standard 1/1</td></tr>',
    );
    expect(html).toContain(
      '<tr><td>Other Windows (not in the hotpatch program)</td><td class="n">2</td><td class="n">0</td><td class="n">0%</td><td>build not in the data 0/2</td></tr>',
    );
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toMatch(
      /<li><strong>2 devices<\/strong> \(NOT_A_HOTPATCH_PRODUCT\): Upgrade to Windows 11 .* <a href="https:\/\/learn\.microsoft\.com\//,
    );
    expect(html).not.toMatch(/<script|src=|https?:\/\/(?!learn\.microsoft\.com|www\.w3\.org)/);
  });
});
