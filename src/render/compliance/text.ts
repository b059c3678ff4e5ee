/**
 * A compliance summary as terminal text, CSV rows and Markdown, in English or German (CSV stays English: machines
 * read it).
 * @internal
 * @module
 */
import type { ComplianceSummary } from '../../restart/compliance.js';
import { _csvField, _terminal } from '../escape.js';
import { _REPORT_EN, type _ReportWords } from '../locale/locales.js';
import { renderTextTable, type TextOptions } from '../text/table.js';
import { countOrUnknown, deviceAction, percent, productName, remedyText } from './words.js';

/** Rows of the per-product table: product, channel, devices, current, share. */
function productRows(s: ComplianceSummary, m: _ReportWords): string[][] {
  const rows: string[][] = [];
  for (const [product, p] of Object.entries(s.byProduct)) {
    rows.push([
      productName(product, m),
      m.compliance.channel.all,
      String(p.devices),
      String(p.current),
      percent(p.percentCurrent),
    ]);
    for (const [channel, c] of Object.entries(p.byChannel))
      if (c.devices > 0)
        rows.push([
          '',
          m.compliance.channel[channel as keyof typeof m.compliance.channel],
          String(c.devices),
          String(c.current),
          percent(c.percentCurrent),
        ]);
  }
  return rows;
}

/** The devices behind as table rows (device, product, build, releases, days, reason, what to do). */
function behindRows(s: ComplianceSummary, m: _ReportWords, cell: (t: string) => string): string[][] {
  return s.behind.map((d) => [
    cell(d.id ?? `#${d.index + 1}`),
    cell(d.product ? productName(d.product, m) : d.windows),
    d.build,
    countOrUnknown(d.releasesBehind, m),
    countOrUnknown(d.daysBehind, m),
    d.reasons.join(' ') || '-',
    cell(deviceAction(d, m)),
  ]);
}

/** The headline: current devices of all told, those not told, records that are no device. */
function headline(s: ComplianceSummary, m: _ReportWords): string {
  const c = m.compliance;
  return [
    c.current(s.total.current, s.total.devices, percent(s.total.percentCurrent)),
    c.notTold(s.unknownCurrency),
    c.notDevices(s.errors),
  ].join('; ');
}

/** The summary for a terminal: totals, products, the devices behind, restarts due, then the remedies as a to-do list. */
export function renderComplianceText(s: ComplianceSummary, options: TextOptions & { messages?: _ReportWords }): string {
  const m = options.messages ?? _REPORT_EN;
  const c = m.compliance;
  const cols = c.columns;
  const lines = [
    `${c.title(s.asOf)}: ${headline(s, m)}`,
    '',
    renderTextTable(
      [[cols.product, cols.channel, cols.devices, cols.current, cols.share], ...productRows(s, m)],
      options,
    ).trimEnd(),
    '',
    `${c.releasesBehind}: ${c.behindLabels.map((label, i) => `${label} ${Object.values(s.releasesBehind)[i]}`).join(', ')}`,
    `${c.restartsDue(s.restartsDue.within7Days, s.restartsDue.within30Days)}`,
  ];
  if (s.behind.length > 0) {
    lines.push('', `${c.behindTitle(s.behind.length, s.devicesBehind)}:`);
    // The action column is long: it goes last and the terminal wraps it.
    lines.push(
      renderTextTable([[...c.behindColumns], ...behindRows(s, m, (t) => _terminal(t, 400))], options).trimEnd(),
    );
  }
  if (s.remedies.length > 0) {
    lines.push('', `${c.todo}:`);
    for (const r of s.remedies)
      lines.push(`  ${c.devices(r.devices, r.family)}: ${r.code}: ${remedyText(r.code, r.family, m)}`);
  }
  return `${lines.join('\n')}\n`;
}

/** The summary as CSV: one row per figure (`section,key,devices,current,percent_current`), then one per device behind. */
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
  const out = rows.map((r) => r.map(_csvField).join(','));
  if (s.behind.length > 0) {
    out.push(
      '',
      ['device', 'product', 'windows', 'build', 'releases_behind', 'days_behind', 'reasons', 'action'].join(','),
    );
    for (const d of s.behind)
      out.push(
        [
          d.id ?? `#${d.index + 1}`,
          d.product ?? '',
          d.windows,
          d.build,
          d.releasesBehind,
          d.daysBehind,
          d.reasons.join(' '),
          // The CSV stays English for scripts: the eligible devices' action in words, not a blank.
          d.action ?? 'install the newest security update',
        ]
          .map(_csvField)
          .join(','),
      );
  }
  return `${out.join('\r\n')}\r\n`;
}

const md = (t: string): string =>
  t
    .replace(/\\/g, '\\\\')
    .replace(/[|*_`[\]<>]/g, (ch) => `\\${ch}`)
    .replace(/[\r\n]+/g, ' ');

/** The summary as Markdown. */
export function renderComplianceMarkdown(s: ComplianceSummary, m: _ReportWords = _REPORT_EN): string {
  const c = m.compliance;
  const cols = c.columns;
  const table = (head: readonly string[], body: readonly (readonly string[])[]): string[] => [
    `| ${head.map(md).join(' | ')} |`,
    `|${' --- |'.repeat(head.length)}`,
    ...body.map((r) => `| ${r.map(md).join(' | ')} |`),
  ];
  const lines = [
    `# ${md(c.title(s.asOf))}`,
    '',
    `${md(headline(s, m))}.`,
    '',
    ...table([cols.product, cols.channel, cols.devices, cols.current, cols.share], productRows(s, m)),
    '',
    ...table([c.releasesBehind, ...c.behindLabels], [[cols.devices, ...Object.values(s.releasesBehind).map(String)]]),
    '',
    `${md(c.restartsDue(s.restartsDue.within7Days, s.restartsDue.within30Days))}.`,
  ];
  if (s.behind.length > 0)
    lines.push(
      '',
      `## ${md(c.behindTitle(s.behind.length, s.devicesBehind))}`,
      '',
      ...table(
        c.behindColumns,
        behindRows(s, m, (t) => t),
      ),
    );
  if (s.remedies.length > 0) {
    lines.push('', `## ${md(c.todo)}`, '');
    for (const r of s.remedies)
      lines.push(
        `- **${md(c.devices(r.devices, r.family))}** (${r.code}): ${md(remedyText(r.code, r.family, m))} ([${md(c.docs)}](${r.remedy.url}))`,
      );
  }
  return `${lines.join('\n')}\n`;
}
