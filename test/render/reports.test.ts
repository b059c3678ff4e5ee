import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { complianceSummary, fleetForecaster } from '../../src/index.js';
import { renderComplianceCsv, renderComplianceMarkdown } from '../../src/render/compliance/text.js';
import { renderFleetTableHeader, renderFleetTableRow } from '../../src/render/fleet-table.js';
import { _reportWords } from '../../src/render/locale/locales.js';
import { ELIGIBLE_CLIENT } from '../support/devices.js';

// The compliance Markdown and CSV and the fleet table, read back as a reader would: parsed Markdown, split CSV.
const asOf = '2026-11-28';
const forecast = fleetForecaster({ asOf });
const { product: _p, build: _b, ...profile } = ELIGIBLE_CLIENT;
const results = [
  forecast({ ...profile, id: 'PC-CURRENT', osVersion: '10.0.26100.9974' }, 0),
  forecast({ ...profile, id: 'PC-OLD', osVersion: '10.0.26100.8390' }, 1),
  forecast(
    {
      ...profile,
      id: 'SRV|PIPE',
      osVersion: '10.0.26100.32230',
      product: 'windows-server-2025',
      edition: 'Datacenter',
      management: 'none',
    },
    2,
  ),
  forecast({ id: 'BROKEN', osVersion: 'nonsense' }, 3),
];
const summary = () => complianceSummary(results, { asOf });

describe('the compliance report as Markdown and CSV', () => {
  it('Markdown: headline, tables that parse, the devices behind by name (pipes escaped), the to-do list; German', async () => {
    const s = await summary();
    const md = renderComplianceMarkdown(s);
    expect(md.split('\n')[0]).toBe('# Hotpatch compliance on 2026-11-28');
    const tables = marked.lexer(md).filter((t) => t.type === 'table') as {
      header: { text: string }[];
      rows: { text: string }[][];
    }[];
    expect(tables.map((t) => t.header.map((h) => h.text)[0])).toEqual([
      'Product',
      'Security releases behind',
      'Device',
    ]);
    const behind = tables[2];
    expect(behind?.rows.map((r) => r[0]?.text)).toEqual(['SRV|PIPE', 'PC-OLD']);
    expect(behind?.rows[0]?.at(-1)?.text).toMatch(/^Run Datacenter: Azure Edition on Azure or Azure Local/);
    expect(md).toContain('- **1 server** (MANAGEMENT_NOT_SUPPORTED): ');
    expect(md).toMatch(/\(\[Microsoft docs\]\(https:\/\/learn\.microsoft\.com\//);
    const de = renderComplianceMarkdown(s, _reportWords('de'));
    expect(de.split('\n')[0]).toBe('# Hotpatch-Compliance am 2026-11-28');
    expect(de).toContain('1 von 3 Geräten aktuell');
    expect(de).toContain('| Gerät | Produkt | Build | Releases zurück | Tage zurück | Grund | Maßnahme |');
  });
  it('CSV: one row per figure, then one per device behind with its action; never localised', async () => {
    const csv = renderComplianceCsv(await summary()).split('\r\n');
    expect(csv[0]).toBe('section,key,devices,current,percent_current');
    expect(csv[1]).toBe('total,all,3,1,33.3');
    expect(csv).toContain('reason,MANAGEMENT_NOT_SUPPORTED,1,,');
    const devices = csv.slice(csv.indexOf('') + 1);
    expect(devices[0]).toBe('device,product,windows,build,releases_behind,days_behind,reasons,action');
    expect(devices[2]).toMatch(
      /^PC-OLD,windows-11-24h2,"Windows 11 Enterprise, version 24H2",26100\.8390,\d+,\d+,,install the newest security update$/,
    );
  });
});

describe('the fleet table', () => {
  it('fixed columns, short product names, ? for what cannot be told, errors in the last column; German heading', () => {
    const en = _reportWords('en');
    expect(renderFleetTableHeader(asOf, en).split('\n')).toEqual([
      'Fleet forecast on 2026-11-28',
      '',
      'Device                Product             Build         Current   Behind    Restart      Reasons (not hotpatching) / error',
      '',
    ]);
    const [current, old, server, broken] = results.map((r) => renderFleetTableRow(r as never, en));
    expect(current).toMatch(/^PC-CURRENT {12}Win 11 24H2 {9}26100\.9974 {4}yes {7}0 {9}\d{4}-\d{2}-\d{2}\n$/);
    expect(old).toMatch(/^PC-OLD {16}Win 11 24H2 {9}26100\.8390 {4}no {8}\d+ /);
    expect(server).toMatch(/^SRV\|PIPE {14}Server 2025 {9}26100\.32230 {3}no .* MANAGEMENT_NOT_SUPPORTED\n$/);
    expect(broken).toMatch(/^BROKEN {16}- {19}- {13}- {9}- {9}- {12}E_BUILD_FORMAT: /);
    expect(renderFleetTableHeader(asOf, _reportWords('de'))).toContain('Flottenprognose am 2026-11-28');
    expect(renderFleetTableRow(results[0] as never, _reportWords('de'))).toContain(' ja ');
    // A long name is cut with an ellipsis to its column.
    const long = renderFleetTableRow({ ...(results[1] as object), id: 'X'.repeat(40) } as never, en);
    expect(long.startsWith(`${'X'.repeat(19)}…  `)).toBe(true);
  });
});
