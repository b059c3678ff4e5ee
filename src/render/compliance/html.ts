/**
 * A compliance summary as one self-contained HTML page with an SVG chart: no script, no external asset.
 * @internal
 * @module
 */
import type { ComplianceSummary } from '../../restart/compliance.js';
import { _html } from '../labels.js';
import { _REPORT_EN, type _ReportWords } from '../locale/locales.js';
import { countOrUnknown, deviceAction, percent, productName, remedyText } from './words.js';

const CSS = `
* { box-sizing: border-box; }
body { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 16px; color: #1b1b1b; max-width: 980px; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 17px; margin: 20px 0 8px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #ddd; overflow-wrap: break-word; }
th:first-child, td:first-child { width: 34%; } li { overflow-wrap: anywhere; }
.scroll { overflow-x: auto; } #behind th:first-child, #behind td:first-child { width: auto; } #behind td { vertical-align: top; font-size: 14px; }
@media (max-width: 600px) {
  #behind thead { display: none; }
  #behind tr { display: block; border-bottom: 2px solid #ddd; padding: 4px 0; }
  #behind td { display: grid; grid-template-columns: 9em 1fr; gap: 6px; border: 0; padding: 2px 0; text-align: left; overflow-wrap: anywhere; }
  #behind td::before { content: attr(data-label); font-weight: 600; }
}
@media (max-width: 480px) { body { margin: 10px; font-size: 14px; } th, td { padding: 3px 4px; } }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
svg { width: 100%; max-width: 520px; height: auto; display: block; }
.bar { fill: #2e7d32; } .bar.behind { fill: #ef6c00; } .bar.far { fill: #c62828; } .bar.unknown { fill: #9e9e9e; }
@media (prefers-color-scheme: dark) { body { background: #121212; color: #eee; } th, td { border-color: #444; } text { fill: #eee; } }
@media print { body { margin: 8mm; } }`;

/** Bars of the releases-behind distribution, scaled to the largest. */
function chart(s: ComplianceSummary, m: _ReportWords): string {
  const [current, one, two, far, unknown] = m.compliance.behindLabels;
  const entries: [string, number, string][] = [
    [current, s.releasesBehind['0'], 'bar'],
    [one, s.releasesBehind['1'], 'bar behind'],
    [two, s.releasesBehind['2'], 'bar behind'],
    [far, s.releasesBehind['3+'], 'bar far'],
    [unknown, s.releasesBehind.unknown, 'bar unknown'],
  ];
  const max = Math.max(1, ...entries.map((e) => e[1]));
  const bars = entries
    .map(([label, n, cls], i) => {
      const y = 10 + i * 34;
      const w2 = Math.round((n / max) * 250);
      return `<text x="0" y="${y + 17}" font-size="14">${_html(label)}</text><rect class="${cls}" x="90" y="${y}" width="${w2}" height="24" data-devices="${n}"><title>${_html(label)}: ${n}</title></rect><text x="${96 + w2}" y="${y + 17}" font-size="14">${n}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="${_html(m.compliance.releasesBehind)}" viewBox="0 0 390 180" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

/** The page: totals, the chart, the devices behind (named), per-product table, remedies. */
export function renderComplianceHtml(s: ComplianceSummary, m: _ReportWords = _REPORT_EN): string {
  const c = m.compliance;
  const cols = c.columns;
  const rows = Object.entries(s.byProduct)
    .map(([product, p]) => {
      const channels = Object.entries(p.byChannel)
        .filter(([, x]) => x.devices > 0)
        .map(([ch, x]) => `${_html(c.channel[ch as keyof typeof c.channel])} ${x.current}/${x.devices}`)
        .join(', ');
      const notTold = p.notTold > 0 ? `${channels ? '; ' : ''}${_html(c.notTold(p.notTold))}` : '';
      return `<tr><td>${_html(productName(product, m))}</td><td class="n">${p.devices}</td><td class="n">${p.current}</td><td class="n">${_html(percent(p.percentCurrent))}</td><td>${channels}${notTold}</td></tr>`;
    })
    .join('\n');
  // Each cell names its column, so that at phone width a device reads as a card (see the CSS).
  const [h0, h1, h2, h3, h4, h5, h6] = c.behindColumns.map(_html);
  const behind = s.behind
    .map(
      (d) =>
        `<tr><td data-label="${h0}">${_html(d.id ?? `#${d.index + 1}`)}</td><td data-label="${h1}">${_html(d.product ? productName(d.product, m) : d.windows)}</td><td data-label="${h2}">${_html(d.build)}</td><td class="n" data-label="${h3}">${_html(countOrUnknown(d.releasesBehind, m))}</td><td class="n" data-label="${h4}">${_html(countOrUnknown(d.daysBehind, m))}</td><td data-label="${h5}">${_html(d.reasons.join(' ') || '-')}</td><td data-label="${h6}">${_html(deviceAction(d, m))}</td></tr>`,
    )
    .join('\n');
  const todo = s.remedies
    .map(
      (r) =>
        `<li><strong>${_html(c.devices(r.devices, r.family))}</strong> (${_html(r.code)}): ${_html(remedyText(r.code, r.family, m))} <a href="${_html(r.remedy.url)}">${_html(c.docs)}</a></li>`,
    )
    .join('\n');
  const behindSection =
    s.behind.length === 0
      ? ''
      : `<h2>${_html(c.behindTitle(s.behind.length, s.devicesBehind))}</h2>
<div class="scroll"><table id="behind"><thead><tr><th>${h0}</th><th>${h1}</th><th>${h2}</th><th>${h3}</th><th>${h4}</th><th>${h5}</th><th>${h6}</th></tr></thead>
<tbody>
${behind}
</tbody></table></div>
`;
  const total = [
    c.current(s.total.current, s.total.devices, percent(s.total.percentCurrent)),
    c.notTold(s.unknownCurrency),
    c.notDevices(s.errors),
  ].join('; ');
  return `<!doctype html>
<html lang="${_html(m.tag)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${_html(c.title(s.asOf))}</title>
<style>${CSS}</style>
</head>
<body>
<h1>${_html(c.title(s.asOf))}</h1>
<p id="total">${_html(total)}. ${_html(c.restartsDue(s.restartsDue.within7Days, s.restartsDue.within30Days))}.</p>
<h2>${_html(c.releasesBehind)}</h2>
${chart(s, m)}
${behindSection}<h2>${_html(c.byProduct)}</h2>
<table><thead><tr><th>${_html(cols.product)}</th><th>${_html(cols.devices)}</th><th>${_html(cols.current)}</th><th>${_html(cols.share)}</th><th>${_html(cols.channel)}</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>${_html(c.todo)}</h2>
<ul id="todo">
${todo || `<li>${_html(c.nothingToDo)}</li>`}
</ul>
</body>
</html>
`;
}
