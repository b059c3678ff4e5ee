/**
 * HTML rendering of a yearly calendar: one self-contained page that draws the year as a picture, on a phone
 * (one card per product, months wrapping three to a row), on a desk (twelve in a row), and on paper (A4
 * landscape), light or dark as the reader's system is.
 * @module
 */
import { monthState, type CalendarRow, type MonthState, type YearCalendar } from 'hotpatch-calendar';
import { _checkCalendar } from './check-calendar.js';
import { _html } from './escape.js';
import { _kbAndBuild, _kindLabel, _stateWord, _wall } from './labels.js';
import { _monthNames, _weekdayName } from './locale/locales.js';
import type { Messages } from './locale/messages.js';
import { _renderOptions, type RenderOptions } from './options.js';

const CSS = `
:root { color-scheme: light dark; --baseline: #c62828; --unplanned: #e65100; --hotpatch: #2e7d32; --ink: #1b1b1b;
  --paper: #fff; --muted: #555; --inactive-bg: #eee; --inactive-ink: #666; --edge: rgba(0,0,0,.6);
  --unknown-bg: #f5f5f5; --unknown-ink: #1b1b1b; --hatch: rgba(0,0,0,.10); }
@media (prefers-color-scheme: dark) {
  :root { --baseline: #e57373; --unplanned: #ffb74d; --hotpatch: #81c784; --ink: #eee; --paper: #121212;
    --muted: #bbb; --inactive-bg: #2a2a2a; --inactive-ink: #aaa; --edge: rgba(255,255,255,.75); }
  .cell.kind-baseline, .cell.kind-unplanned, .cell.kind-hotpatch, .swatch { color: #111; }
  :root { --unknown-bg: #2a2a2a; --unknown-ink: #eee; --hatch: rgba(255,255,255,.14); }
}
* { box-sizing: border-box; }
body { font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink);
  background: var(--paper); margin: 12px; }
h1 { font-size: 20px; margin: 0 0 4px; }
h2 { font-size: 15px; margin: 16px 0 6px; }
p.sub { margin: 0 0 12px; color: var(--muted); max-width: 70em; }
.legend { display: flex; gap: 6px 16px; flex-wrap: wrap; margin: 12px 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; flex: none; width: 18px; height: 18px; border-radius: 4px; border: 2px solid transparent; }
.swatch.baseline { background: var(--baseline); } .swatch.unplanned { background: var(--unplanned); }
.swatch.hotpatch { background: var(--hotpatch); } .swatch.inactive { background: var(--inactive-bg); }
.swatch.projected { border: 2px dashed var(--edge); }
.swatch.unknown, .kind-unknown { background: repeating-linear-gradient(135deg, var(--hatch) 0 4px, transparent 4px 8px), var(--unknown-bg);
  border: 2px dotted var(--edge); }
.kind-unknown { color: var(--unknown-ink); }
ol.months { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 6px; list-style: none; margin: 0; padding: 0; }
@media (min-width: 640px) { ol.months { grid-template-columns: repeat(6, minmax(0, 1fr)); } body { margin: 24px; } }
@media (min-width: 1100px) { ol.months { grid-template-columns: repeat(12, minmax(0, 1fr)); } }
.cell { border-radius: 6px; padding: 6px; color: #fff; border: 2px solid transparent; min-width: 0; }
.cell .month { font-size: 12px; font-weight: 600; }
.cell .date { font-weight: 700; font-size: 16px; display: block; }
.cell .kind { font-size: 11px; text-transform: uppercase; letter-spacing: .02em; display: block; overflow-wrap: anywhere; }
.cell .kb, .cell .time { font-size: 11px; font-family: ui-monospace, Consolas, monospace; display: block; overflow-wrap: anywhere; }
.cell .sec { font-size: 10px; display: block; overflow-wrap: anywhere; opacity: .9; }
.kind-baseline { background: var(--baseline); } .kind-unplanned { background: var(--unplanned); }
.kind-hotpatch { background: var(--hotpatch); } .kind-inactive { background: var(--inactive-bg); color: var(--inactive-ink); }
.cell.projected { border-style: dashed; border-color: var(--edge); }
.cell.unknown { border-style: dotted; border-color: var(--edge); }
footer { margin-top: 16px; font-size: 12px; color: var(--muted); }
@media print {
  :root { --ink: #1b1b1b; --paper: #fff; --muted: #444; --inactive-bg: #eee; --inactive-ink: #666; --edge: rgba(0,0,0,.6);
    --baseline: #c62828; --unplanned: #e65100; --hotpatch: #2e7d32; }
  body { margin: 0; font-size: 11px; }
  ol.months { grid-template-columns: repeat(12, minmax(0, 1fr)); gap: 3px; }
  h2 { margin: 8px 0 3px; font-size: 12px; } section { break-inside: avoid; }
  .cell, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .cell.kind-baseline, .cell.kind-unplanned, .cell.kind-hotpatch { color: #fff; }
  @page { size: A4 landscape; margin: 8mm; }
}`;

// Unknown months are neutral and hatched, never the hotpatch green: the data cannot say they had no restart.
const STATE_CLASS: Record<MonthState, string> = {
  baseline: 'kind-baseline',
  'unplanned-baseline': 'kind-unplanned',
  hotpatch: 'kind-hotpatch',
  unknown: 'kind-unknown',
  'before-program': 'kind-inactive',
  ended: 'kind-inactive',
};

function cellFor(row: CalendarRow, m: Messages, months: readonly string[], local: boolean): string {
  const state = monthState(row);
  const kindClass = STATE_CLASS[state];
  const label = _stateWord(state, m);
  const kb =
    row.hotpatch.kb ??
    row.hotpatch.build ??
    (row.source === 'projected' ? m.kb.tba : row.source === 'unknown' ? m.kb.notInDataShort : '—');
  const title = `${row.productName} ${row.names.shortName}: ${_kindLabel(row, m)}. ${m.column.hotpatch}: ${_kbAndBuild(row.hotpatch, m, row.patchTuesday)}; ${m.column.standard}: ${_kbAndBuild(row.standard, m, row.patchTuesday)}.${row.security ? ` ${m.column.security}: ${m.security(row.security)}.` : ''} ${m.ics.released(row.release.utc, row.source === 'projected')}`;
  const provenance = row.source === 'projected' || row.source === 'unknown' ? ` ${row.source}` : '';
  const time = local ? _wall(row.release.local).slice(11) : `${row.release.utc.slice(11, 16)} UTC`;
  return `<li class="cell ${kindClass}${provenance}" data-kind="${row.unplanned ? 'unplanned' : row.kind}" data-state="${state}" data-status="${_html(row.status)}" data-month="${row.month.month}" title="${_html(title)}"><span class="month">${_html(months[row.month.month - 1] ?? '')}</span> <span class="date">${String(row.patchTuesday.day).padStart(2, '0')} <small>${_html(_weekdayName(m, row.patchTuesday))}</small></span><span class="kind">${_html(label)}</span><span class="kb">${_html(kb)}</span><span class="time">${_html(time)}</span>${row.security ? `<span class="sec">${_html(m.security(row.security))}</span>` : ''}</li>`;
}

/**
 * Renders a calendar as one self-contained HTML page (no external assets, no scripts): one card per product,
 * each month a coloured cell (baseline red, unplanned baseline orange, hotpatch green, grey when the product is
 * not in the program; dashed border when projected, dotted when past but not in the data) with the Patch
 * Tuesday date, the hotpatch-channel KB and the release time (local when the calendar was made for a zone), a
 * legend for every state, dark mode, and print styles (A4 landscape, twelve months a row). At 390 px the months
 * wrap three to a row, so nothing scrolls sideways. Every field is escaped for HTML text and attributes.
 * @param calendar - from `yearCalendar`
 * @param options - `locale` (`'en'` default, `'de'`: German text, month and weekday names, `<html lang="de">`)
 * @returns the HTML text
 * @throws `HotpatchTypeError` `E_TYPE` when `calendar` is not a calendar; `HotpatchRangeError`
 *   `E_OPTION` for an unknown locale
 * @category Renderers
 * @example
 * ```ts
 * renderHtml(yearCalendar(2026)).startsWith('<!doctype html>') //=> true
 * renderHtml(yearCalendar(2027), { locale: 'de' }).includes('<html lang="de">') //=> true
 * ```
 */
export function renderHtml(calendar: YearCalendar, options?: RenderOptions): string {
  const cal = _checkCalendar('renderHtml', calendar);
  const { m } = _renderOptions('renderHtml', options);
  const months = _monthNames(m);
  const local = cal.zone !== 'UTC';
  const products: { id: string; name: string }[] = [];
  for (const r of cal.rows)
    if (!products.some((p) => p.id === r.product)) products.push({ id: r.product, name: r.productName });
  const body = products
    .map((p) => {
      const cells = cal.rows
        .filter((r) => r.product === p.id)
        .map((r) => cellFor(r, m, months, local))
        .join('\n');
      return `<section class="product" data-product="${_html(p.id)}">\n<h2>${_html(p.name)}</h2>\n<ol class="months">\n${cells}\n</ol>\n</section>`;
    })
    .join('\n');
  const year = String(cal.year).padStart(4, '0');
  const sub = [m.releaseRule, local ? m.localTimesIn(cal.zone) : m.localTimesIn('UTC')].join(' ');
  return `<!doctype html>
<html lang="${_html(m.tag)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${_html(m.title(year))}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${_html(m.title(year))}</h1>
<p class="sub">${_html(sub)}</p>
<ul class="legend" aria-label="${_html(m.legend.title)}">
<li><span class="swatch baseline"></span>${_html(m.kind.baseline)}</li>
<li><span class="swatch unplanned"></span>${_html(m.kind.unplanned)}</li>
<li><span class="swatch hotpatch"></span>${_html(m.kind.hotpatch)}</li>
<li><span class="swatch inactive"></span>${_html(m.legend.inactive)}</li>
<li><span class="swatch projected"></span>${_html(m.legend.projected)}</li>
<li><span class="swatch unknown"></span>${_html(m.legend.unknown)}</li>
</ul>
${body}
<footer>${_html(m.dataCollected(cal.retrieved, cal.collectedFrom))} ${_html(m.releaseNames)}</footer>
</body>
</html>
`;
}
