/**
 * A compliance summary as one self-contained HTML page with an SVG chart: no script, no external asset.
 * @internal
 * @module
 */
import type { ComplianceSummary } from '../../restart/compliance.js';
import { _html } from '../labels.js';

const CSS = `
* { box-sizing: border-box; }
body { font: 15px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; margin: 16px; color: #1b1b1b; max-width: 980px; }
h1 { font-size: 22px; margin: 0 0 8px; } h2 { font-size: 17px; margin: 20px 0 8px; }
table { border-collapse: collapse; width: 100%; } th, td { text-align: left; padding: 4px 6px; border-bottom: 1px solid #ddd; overflow-wrap: break-word; }
th:first-child, td:first-child { width: 34%; } li { overflow-wrap: anywhere; }
@media (max-width: 480px) { body { margin: 10px; font-size: 14px; } th, td { padding: 3px 4px; } }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
svg { width: 100%; max-width: 520px; height: auto; display: block; }
.bar { fill: #2e7d32; } .bar.behind { fill: #ef6c00; } .bar.far { fill: #c62828; } .bar.unknown { fill: #9e9e9e; }
@media (prefers-color-scheme: dark) { body { background: #121212; color: #eee; } th, td { border-color: #444; } text { fill: #eee; } }
@media print { body { margin: 8mm; } }`;

/** Bars of the releases-behind distribution, scaled to the largest. */
function chart(s: ComplianceSummary): string {
  const entries: [string, number, string][] = [
    ['current', s.releasesBehind['0'], 'bar'],
    ['1 behind', s.releasesBehind['1'], 'bar behind'],
    ['2 behind', s.releasesBehind['2'], 'bar behind'],
    ['3+ behind', s.releasesBehind['3+'], 'bar far'],
    ['unknown', s.releasesBehind.unknown, 'bar unknown'],
  ];
  const max = Math.max(1, ...entries.map((e) => e[1]));
  const bars = entries
    .map(([label, n, cls], i) => {
      const y = 10 + i * 34;
      const w2 = Math.round((n / max) * 250);
      return `<text x="0" y="${y + 17}" font-size="14">${label}</text><rect class="${cls}" x="90" y="${y}" width="${w2}" height="24" data-devices="${n}"><title>${label}: ${n}</title></rect><text x="${96 + w2}" y="${y + 17}" font-size="14">${n}</text>`;
    })
    .join('');
  return `<svg role="img" aria-label="Devices by security releases behind" viewBox="0 0 390 180" xmlns="http://www.w3.org/2000/svg">${bars}</svg>`;
}

/** The page: totals, the chart, per-product table, remedies. */
export function renderComplianceHtml(s: ComplianceSummary): string {
  const rows = Object.entries(s.byProduct)
    .map(([product, p]) => {
      const channels = Object.entries(p.byChannel)
        .filter(([, c]) => c.devices > 0)
        .map(([ch, c]) => `${_html(ch)} ${c.current}/${c.devices}`)
        .join(', ');
      const notTold = p.notTold > 0 ? `${channels ? '; ' : ''}${p.notTold} not told` : '';
      return `<tr><td>${_html(product)}</td><td class="n">${p.devices}</td><td class="n">${p.current}</td><td class="n">${p.percentCurrent ?? '-'}</td><td>${channels}${notTold}</td></tr>`;
    })
    .join('\n');
  const todo = s.remedies
    .map(
      (r) =>
        `<li><strong>${r.devices.toLocaleString('en-US')} ${r.family === 'server' ? 'servers' : 'devices'}</strong> (${_html(r.code)}): ${_html(r.remedy.action)} <a href="${_html(r.remedy.url)}">Microsoft docs</a></li>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>Hotpatch compliance ${_html(s.asOf)}</title>
<style>${CSS}</style>
</head>
<body>
<h1>Hotpatch compliance on ${_html(s.asOf)}</h1>
<p id="total">${s.total.current} of ${s.total.devices} devices current (${s.total.percentCurrent ?? '-'}%); ${s.unknownCurrency} whose currency cannot be told; ${s.errors} records that are no device. Restarts due: ${s.restartsDue.within7Days} within 7 days, ${s.restartsDue.within30Days} within 30 days.</p>
<h2>Security releases behind</h2>
${chart(s)}
<h2>By product</h2>
<table><thead><tr><th>Product</th><th>Told</th><th>Current</th><th>%</th><th>Channels (current/told); not told</th></tr></thead>
<tbody>
${rows}
</tbody></table>
<h2>To do</h2>
<ul id="todo">
${todo || '<li>Nothing: every device is hotpatching.</li>'}
</ul>
</body>
</html>
`;
}
