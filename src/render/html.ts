/**
 * HTML rendering of a yearly calendar: one self-contained page that draws the year as a picture.
 * @module
 */
import { _formatDate, _pad } from '../time/civil-date.js';
import { MONTH_ABBREVIATIONS } from '../time/year-month.js';
import type { CalendarRow, YearCalendar } from '../calendar/year-calendar.js';
import { _checkCalendar } from './check-calendar.js';
import { _html } from './labels.js';

const CSS = `
:root { --baseline: #c62828; --unplanned: #ef6c00; --hotpatch: #2e7d32; --inactive: #9e9e9e; --ink: #1b1b1b; }
* { box-sizing: border-box; }
body { font: 14px/1.35 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; color: var(--ink); margin: 24px; }
h1 { font-size: 22px; margin: 0 0 4px; }
p.sub { margin: 0 0 16px; color: #444; }
table.year { border-collapse: separate; border-spacing: 4px; width: 100%; table-layout: fixed; }
table.year th { font-weight: 600; text-align: center; padding: 4px; }
table.year th.product { text-align: left; width: 15%; }
td.cell { border-radius: 6px; padding: 6px 4px; text-align: center; vertical-align: top; color: #fff; border: 2px solid transparent; }
td.cell .date { font-weight: 700; font-size: 15px; }
td.cell .kind { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; }
td.cell .kb { font-size: 11px; font-family: ui-monospace, Consolas, monospace; margin-top: 2px; word-break: break-all; }
td.kind-baseline { background: var(--baseline); }
td.kind-unplanned { background: var(--unplanned); }
td.kind-hotpatch { background: var(--hotpatch); }
td.kind-inactive { background: #f2f2f2; color: #777; }
td.projected { border-style: dashed; border-color: rgba(0,0,0,.55); opacity: .85; }
td.unknown { border-style: dotted; border-color: #000; opacity: .7; }
.legend { display: flex; gap: 18px; flex-wrap: wrap; margin: 16px 0; padding: 0; list-style: none; }
.legend li { display: flex; align-items: center; gap: 6px; }
.swatch { display: inline-block; width: 18px; height: 18px; border-radius: 4px; border: 2px solid transparent; }
.swatch.baseline { background: var(--baseline); } .swatch.unplanned { background: var(--unplanned); }
.swatch.hotpatch { background: var(--hotpatch); } .swatch.projected { background: #fff; border: 2px dashed #555; }
.swatch.unknown { background: #fff; border: 2px dotted #000; }
footer { margin-top: 16px; font-size: 12px; color: #555; }
@media print {
  body { margin: 8mm; }
  td.cell, .swatch { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  @page { size: A4 landscape; margin: 8mm; }
}`;

function cellFor(row: CalendarRow): string {
  const active = row.status === 'active' || row.status === 'unknown';
  const kindClass = !active ? 'kind-inactive' : row.unplanned ? 'kind-unplanned' : `kind-${row.kind}`;
  const label = !active
    ? row.status === 'ended'
      ? 'ended'
      : 'not yet'
    : row.unplanned
      ? 'Unplanned baseline'
      : row.kind === 'baseline'
        ? 'Baseline'
        : row.hotpatch.restartRequired === null
          ? 'Hotpatch?'
          : 'Hotpatch';
  const kb = row.hotpatch.kb;
  const title = `${row.productName} ${row.names.shortName}: ${label}. Hotpatch ${row.hotpatch.kb ?? 'not published'}${row.hotpatch.build ? ` (${row.hotpatch.build})` : ''}; standard ${row.standard.kb ?? 'not published'}${row.standard.build ? ` (${row.standard.build})` : ''}. Released ${row.release.utc}.`;
  return `<td class="cell ${kindClass}${row.source === 'projected' || row.source === 'unknown' ? ` ${row.source}` : ''}" data-kind="${row.unplanned ? 'unplanned' : row.kind}" data-month="${row.month.month}" title="${_html(title)}"><div class="date">${_pad(row.patchTuesday.day, 2)}</div><div class="kind">${_html(label)}</div><div class="kb">${_html(kb ?? (row.source === 'projected' ? 'KB tba' : row.source === 'unknown' ? 'not in data' : '—'))}</div></td>`;
}

/**
 * Renders a calendar as one self-contained HTML page (no external assets, no scripts): products by months, each
 * month a coloured cell (baseline red, unplanned baseline orange, hotpatch green, dashed border when projected)
 * with the Patch Tuesday date and the hotpatch-channel KB, a legend, and print styles (A4 landscape).
 * @param calendar - from {@link yearCalendar}
 * @returns the HTML text
 * @throws {@link HotpatchTypeError} `E_TYPE` when `calendar` is not a calendar
 * @category Renderers
 * @example
 * ```ts
 * renderHtml(yearCalendar(2026)).startsWith('<!doctype html>') //=> true
 * ```
 */
export function renderHtml(calendar: YearCalendar): string {
  const cal = _checkCalendar('renderHtml', calendar);
  const products: { id: string; name: string }[] = [];
  for (const r of cal.rows)
    if (!products.some((p) => p.id === r.product)) products.push({ id: r.product, name: r.productName });
  const head = MONTH_ABBREVIATIONS.map((m, i) => `<th scope="col" data-month="${i + 1}">${m}</th>`).join('');
  const body = products
    .map((p) => {
      const cells = cal.rows
        .filter((r) => r.product === p.id)
        .map(cellFor)
        .join('');
      return `<tr data-product="${_html(p.id)}"><th scope="row" class="product">${_html(p.name)}</th>${cells}</tr>`;
    })
    .join('\n');
  const year = _pad(cal.year, 4);
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Windows hotpatch calendar ${year}</title>
<style>${CSS}</style>
</head>
<body>
<h1>Windows hotpatch calendar ${year}</h1>
<p class="sub">Patch Tuesday releases at 10:00 Pacific time. Baselines restart every device; hotpatch months install without a restart on enrolled devices. Day of month shown per cell; times in UTC.</p>
<ul class="legend" aria-label="Legend">
<li><span class="swatch baseline"></span>Baseline (restart)</li>
<li><span class="swatch unplanned"></span>Unplanned baseline (restart)</li>
<li><span class="swatch hotpatch"></span>Hotpatch (no restart)</li>
<li><span class="swatch projected"></span>Projected (not published yet)</li>
<li><span class="swatch unknown"></span>Past, not in the data (refresh the catalog)</li>
</ul>
<table class="year">
<thead><tr><th scope="col" class="product">Product</th>${head}</tr></thead>
<tbody>
${body}
</tbody>
</table>
<footer>Data collected ${_html(cal.retrieved)} from Microsoft's release-information, update-history and hotpatch release-notes pages. First row date: ${cal.rows[0] ? _formatDate(cal.rows[0].patchTuesday) : '—'}.</footer>
</body>
</html>
`;
}
