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
      // The two Windows 10 22H2 devices are past their end of servicing (2025-10-14): counted, not current.
      'Compliance on 2026-11-28: 1 of 6 devices current (16.7%); 0 not told, 1 records not devices',
      '',
      'Product          Channel   Devices  Current  Share',
      'other-windows    all       2        0        0%',
      '                 unknown   2        0        0%',
      'windows-11-24h2  all       3        1        33.3%',
      '                 hotpatch  2        0        0%',
      '                 standard  1        1        100%',
      'windows-11-25h2  all       1        0        0%',
      '                 standard  1        0        0%',
      '',
      'Releases behind: 0: 1, 1: 0, 2: 0, 3 or more: 3, unknown: 2',
      'Restarts due: 0 within 7 days, 4 within 30 days',
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
    expect(html).toContain('<title>Hotpatch compliance 2026-11-28</title>');
    expect(html).toContain(
      '<p id="total">1 of 6 devices current (16.7%); 0 whose currency cannot be told; 1 records that are no device. Restarts due: 0 within 7 days, 4 within 30 days.</p>',
    );
    expect([...html.matchAll(/data-devices="(\d+)"/g)].map((m) => m[1])).toEqual(['1', '0', '0', '3', '2']);
    expect(html).toContain(
      '<tr><td>windows-11-24h2</td><td class="n">3</td><td class="n">1</td><td class="n">33.3</td><td>hotpatch 0/2, standard 1/1</td></tr>',
    );
    expect(html).toContain(
      '<tr><td>other-windows</td><td class="n">2</td><td class="n">0</td><td class="n">0</td><td>unknown 0/2</td></tr>',
    );
    expect(html.match(/<li>/g)).toHaveLength(2);
    expect(html).toMatch(
      /<li><strong>2 devices<\/strong> \(NOT_A_HOTPATCH_PRODUCT\): Upgrade to Windows 11 .* <a href="https:\/\/learn\.microsoft\.com\//,
    );
    expect(html).not.toMatch(/<script|src=|https?:\/\/(?!learn\.microsoft\.com|www\.w3\.org)/);
  });
});
