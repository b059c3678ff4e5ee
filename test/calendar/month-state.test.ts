import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS, monthState, releaseFor, restartState, yearCalendar } from 'hotpatch-calendar';
import { renderCsv, renderHtml, renderIcs, renderJson, renderMarkdown } from 'hotpatch-calendar/render';
import { runCli } from '../support/cli.js';

// One rule decides a month the data does not hold; every output asks it. The months below are past on the built-in
// data date with no hotpatch release in Microsoft's records (Windows 11 November 2026, Server 2025 June 2026).
describe('monthState and restartState', () => {
  it.each([
    [{ status: 'active', unplanned: false, kind: 'baseline', hotpatch: { restartRequired: true } }, 'baseline'],
    [
      { status: 'active', unplanned: true, kind: 'baseline', hotpatch: { restartRequired: true } },
      'unplanned-baseline',
    ],
    [{ status: 'active', unplanned: false, kind: 'hotpatch', hotpatch: { restartRequired: false } }, 'hotpatch'],
    [{ status: 'active', unplanned: false, kind: 'hotpatch', hotpatch: { restartRequired: null } }, 'unknown'],
    [{ status: 'unknown', unplanned: false, kind: 'hotpatch', hotpatch: { restartRequired: null } }, 'unknown'],
    [{ status: 'ended', unplanned: false, kind: 'hotpatch', hotpatch: { restartRequired: false } }, 'ended'],
    [
      { status: 'before-program', unplanned: false, kind: 'baseline', hotpatch: { restartRequired: true } },
      'before-program',
    ],
  ] as const)('monthState(%j) → %s', (row, state) => {
    expect(monthState(row)).toBe(state);
  });
  it('restartState: true → required, false → none, null → unknown; anything else is refused', () => {
    expect([restartState(true), restartState(false), restartState(null)]).toEqual(['required', 'none', 'unknown']);
    expect(() => restartState('no' as never)).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
    expect(() => monthState(null as never)).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
  });
  it('every Windows 11 version says unknown for the past November 2026 hotpatch, 26H2 included (was projected)', () => {
    const sources = PRODUCT_IDS.filter((p) => p.startsWith('windows-11')).map(
      (p) =>
        [p, releaseFor(p, '2026-11', 'hotpatch').source, releaseFor(p, '2026-11', 'hotpatch').restartRequired] as const,
    );
    expect(sources).toEqual([
      ['windows-11-24h2', 'unknown', null],
      ['windows-11-25h2', 'unknown', null],
      ['windows-11-26h2', 'unknown', null],
    ]);
  });
  it('26H2 before its first release in the data is projected, not unknown (it did not exist yet)', () => {
    expect(releaseFor('windows-11-26h2', '2026-05', 'hotpatch').source).toBe('projected');
  });
  it('a future hotpatch month is projected with no restart; a past one is never "no restart"', () => {
    expect(releaseFor('windows-11-24h2', '2027-02', 'hotpatch')).toMatchObject({
      source: 'projected',
      restartRequired: false,
    });
  });
});

describe('an unknown month in every output', () => {
  const cal = () => yearCalendar(2026, { products: ['windows-11-24h2', 'windows-server-2025'] });
  const row = (month: number, product: string) =>
    cal().rows.find((r) => r.month.month === month && r.product === product);
  it('the calendar rows: Windows 11 November and Server 2025 June are unknown', () => {
    expect(monthState(row(11, 'windows-11-24h2') as never)).toBe('unknown');
    expect(monthState(row(6, 'windows-server-2025') as never)).toBe('unknown');
    expect(monthState(row(12, 'windows-11-24h2') as never)).toBe('hotpatch');
  });
  it('JSON: state unknown, restart unknown on the hotpatch channel', () => {
    const json = JSON.parse(renderJson(cal()));
    const nov = json.rows.find(
      (r: { month: string; product: string }) => r.month === '2026-11' && r.product === 'windows-11-24h2',
    );
    expect([nov.state, nov.hotpatch.restart, nov.hotpatch.restartRequired, nov.standard.restart]).toEqual([
      'unknown',
      'unknown',
      null,
      'required',
    ]);
  });
  it('CSV: the restart cell says unknown, never an empty cell', () => {
    const line = renderCsv(cal())
      .split('\r\n')
      .find((l) => l.startsWith('2026-11,windows-11-24h2'));
    expect(line).toContain(',hotpatch,,,2026-11-10,unknown,unknown,lcu,');
  });
  it('ICS: its own category and a summary that says the restart is unknown', () => {
    const ics = renderIcs(cal(), { events: 'per-product' }).replace(/\r\n /g, '');
    const event = ics.split('BEGIN:VEVENT').find((e) => e.includes('UID:windows-11-24h2-2026-11-B'));
    expect(event).toContain('CATEGORIES:UNKNOWN');
    expect(event).toContain(
      'SUMMARY:Windows 11 Enterprise\\, version 24H2: 2026.11 B Restart unknown (not in the data)',
    );
    expect(event).not.toContain('no restart');
  });
  it('Markdown, en and de: "restart unknown" / "Neustart unbekannt"', () => {
    const en = renderMarkdown(cal())
      .split('\n')
      .find((l) => l.startsWith('| 2026.11 B') && l.includes('24H2'));
    expect(en).toContain('Restart unknown (not in the data)');
    expect(en).toContain('restart unknown');
    const de = renderMarkdown(cal(), { locale: 'de' })
      .split('\n')
      .find((l) => l.startsWith('| 2026.11 B') && l.includes('24H2'));
    expect(de).toContain('Neustart unbekannt');
  });
  it('HTML: the cell is kind-unknown (hatched, not the hotpatch colour) and the legend names it', () => {
    const html = renderHtml(cal());
    const cell = html.split('\n').find((l) => l.includes('data-month="11"') && l.includes('kind-'));
    expect(cell).toContain('class="cell kind-unknown unknown"');
    expect(cell).not.toContain('kind-hotpatch');
    expect(html).toMatch(/\.kind-unknown \{ color/);
    expect(html).toContain('<li><span class="swatch unknown"></span>Unknown: past, not in the data');
  });
  it('the month table: Restart unknown and Kind unknown (was "no")', async () => {
    const r = await runCli(['month', '2026-11', '--product', 'windows-11-24h2']);
    const hot = r.out.split('\n').find((l) => l.includes(' hotpatch  hotpatch '));
    expect(hot).toMatch(
      /^windows-11-24h2\s+unknown\s+active\s+hotpatch\s+hotpatch\s+-\s+-\s+2026-11-10\s+unknown\s+unknown$/,
    );
  });
  it('the year view: Unknown, uncoloured, where hotpatch months are green', async () => {
    const r = await runCli(['2026', '--product', 'windows-11-24h2'], { color: true });
    const nov = r.out.split('\n').find((l) => l.startsWith('Nov'));
    const feb = r.out.split('\n').find((l) => l.includes('Feb'));
    expect(nov).toContain('Unknown');
    expect(nov).not.toContain('\u001b[32m');
    expect(feb).toContain('\u001b[32m');
  });
});
