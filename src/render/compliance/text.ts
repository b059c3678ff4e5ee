/**
 * A compliance summary as terminal text, CSV rows and Markdown.
 * @internal
 * @module
 */
import type { ComplianceSummary, CurrencyCount } from '../../restart/compliance.js';
import { _csvField } from '../escape.js';
import { renderTextTable, type TextOptions } from '../text/table.js';

const pct = (c: CurrencyCount): string => (c.percentCurrent === null ? '-' : `${c.percentCurrent}%`);

/** Rows of the per-product table: product, channel, devices, current, share. */
function productRows(s: ComplianceSummary): string[][] {
  const rows: string[][] = [];
  for (const [product, p] of Object.entries(s.byProduct)) {
    rows.push([product, 'all', String(p.devices), String(p.current), pct(p)]);
    for (const [channel, c] of Object.entries(p.byChannel))
      if (c.devices > 0) rows.push(['', channel, String(c.devices), String(c.current), pct(c)]);
  }
  return rows;
}

/** The summary for a terminal: totals, products, releases behind, restarts due, then the remedies as a to-do list. */
export function renderComplianceText(s: ComplianceSummary, options: TextOptions): string {
  const lines = [
    `Compliance on ${s.asOf}: ${s.total.current} of ${s.total.devices} devices current (${pct(s.total)}); ${s.unknownCurrency} not told, ${s.errors} records not devices`,
    '',
    renderTextTable([['Product', 'Channel', 'Devices', 'Current', 'Share'], ...productRows(s)], options).trimEnd(),
    '',
    `Releases behind: 0: ${s.releasesBehind['0']}, 1: ${s.releasesBehind['1']}, 2: ${s.releasesBehind['2']}, 3 or more: ${s.releasesBehind['3+']}, unknown: ${s.releasesBehind.unknown}`,
    `Restarts due: ${s.restartsDue.within7Days} within 7 days, ${s.restartsDue.within30Days} within 30 days`,
  ];
  if (s.remedies.length > 0) {
    lines.push('', 'To do (devices not hotpatching, by reason):');
    for (const r of s.remedies)
      lines.push(
        `  ${r.devices.toLocaleString('en-US')} ${r.family === 'server' ? 'servers' : 'devices'}: ${r.code}: ${r.remedy.action}`,
      );
  }
  return `${lines.join('\n')}\n`;
}

/** The summary as CSV: one row per figure (`section,key,devices,current,percent_current`). */
export function renderComplianceCsv(s: ComplianceSummary): string {
  const rows: (string | number | null)[][] = [['section', 'key', 'devices', 'current', 'percent_current']];
  rows.push(['total', 'all', s.total.devices, s.total.current, s.total.percentCurrent]);
  for (const [product, p] of Object.entries(s.byProduct)) {
    rows.push(['product', product, p.devices, p.current, p.percentCurrent]);
    for (const [channel, c] of Object.entries(p.byChannel))
      rows.push(['channel', `${product} ${channel}`, c.devices, c.current, c.percentCurrent]);
  }
  for (const [k, n] of Object.entries(s.releasesBehind)) rows.push(['releases_behind', k, n, null, null]);
  rows.push(
    ['restarts_due', '7_days', s.restartsDue.within7Days, null, null],
    ['restarts_due', '30_days', s.restartsDue.within30Days, null, null],
  );
  for (const r of s.remedies) rows.push(['reason', r.code, r.devices, null, null]);
  return `${rows.map((r) => r.map(_csvField).join(',')).join('\r\n')}\r\n`;
}

const md = (t: string): string =>
  t
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/[\r\n]+/g, ' ');

/** The summary as Markdown. */
export function renderComplianceMarkdown(s: ComplianceSummary): string {
  const lines = [
    `# Hotpatch compliance on ${s.asOf}`,
    '',
    `${s.total.current} of ${s.total.devices} devices current (${pct(s.total)}); ${s.unknownCurrency} whose currency cannot be told; ${s.errors} records that are no device.`,
    '',
    '| Product | Channel | Devices | Current | Share |',
    '| --- | --- | --- | --- | --- |',
    ...productRows(s).map((r) => `| ${r.map(md).join(' | ')} |`),
    '',
    '| Releases behind | 0 | 1 | 2 | 3+ | unknown |',
    '| --- | --- | --- | --- | --- | --- |',
    `| Devices | ${s.releasesBehind['0']} | ${s.releasesBehind['1']} | ${s.releasesBehind['2']} | ${s.releasesBehind['3+']} | ${s.releasesBehind.unknown} |`,
    '',
    `Restarts due: ${s.restartsDue.within7Days} within 7 days, ${s.restartsDue.within30Days} within 30 days.`,
  ];
  if (s.remedies.length > 0) {
    lines.push('', '## To do', '');
    for (const r of s.remedies)
      lines.push(`- **${r.devices} devices** (${r.code}): ${md(r.remedy.action)} ([source](${r.remedy.url}))`);
  }
  return `${lines.join('\n')}\n`;
}
