/**
 * Reads the hotpatch calendar tables of Microsoft's release-information pages (Windows 11 and Windows Server)
 * into catalog entries. The page is parsed with htmlparser2, never with regular expressions over markup: each
 * table whose header is Month | Update type | Type | Availability date | Build | KB article is read under the
 * nearest preceding product heading ("Version 25H2 (OS build 26200)", "Windows Server 2025 (OS build 26100)"); each
 * row's month comes from its own update type ("2026.02 B"), so the calendar-year headings are not needed.
 * @module
 */
import { Parser } from 'htmlparser2';
import {
  compareYearMonths,
  formatCivilDate,
  getProduct,
  isBaselineMonth,
  patchTuesday,
  safeParseCivilDate,
  type ProductId,
  type ReleaseKind,
  type YearMonth,
} from 'hotpatch-calendar';
import { _groupEntries, type ImportResult } from './cvrf.js';
import { importError, optionsOf, own, show } from './read.js';
import type { ImportWarning } from './warnings.js';

/** Microsoft's release-information pages, the default sources. */
export const RELEASE_HEALTH_URLS = {
  /** Windows 11 release information (the Windows 11 hotpatch calendars). */
  windows11: 'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information',
  /** Windows Server release information (the Windows Server hotpatch calendars). */
  windowsServer: 'https://learn.microsoft.com/en-us/windows/release-health/windows-server-release-info',
} as const;

/** Options of {@link importReleaseHealth}. */
export interface ImportReleaseHealthOptions {
  /**
   * The URL the page was read from, cited as every entry's source.
   * @defaultValue the Windows Server page when the HTML names Windows Server, else the Windows 11 page
   */
  readonly url?: string;
}

const HEADER = ['month', 'update type', 'type', 'availability date', 'build', 'kb article'];
const MAX_HTML = 20 * 1024 * 1024;

/** The product a heading names, from its OS build and (for 26100) whether it says Windows Server. */
function productOfHeading(text: string): ProductId | null | undefined {
  const m = /\(OS build (\d{5})\)/i.exec(text);
  if (!m) return undefined;
  const server = /Windows Server/i.test(text);
  switch (m[1]) {
    case '26100':
      return server ? 'windows-server-2025' : 'windows-11-24h2';
    case '26200':
      return 'windows-11-25h2';
    case '26300':
      return 'windows-11-26h2';
    case '20348':
      return server ? 'windows-server-2022-azure-edition' : null;
    default:
      return null;
  }
}

interface Table {
  readonly product: ProductId | null;
  readonly rows: string[][];
}

/** Deepest element nesting accepted: Microsoft's pages nest a few dozen deep. */
const MAX_DEPTH = 2_000;
const VOID_ELEMENTS = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);

/**
 * Refuses markup nested past {@link MAX_DEPTH} before the parser sees it: htmlparser2 keeps a stack of open tags
 * and searches it on every tag, so 200,000 unclosed `<div>`s took 11 s. One linear pass over the tags.
 */
function checkDepth(fn: string, html: string): void {
  let depth = 0;
  for (const m of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g)) {
    if (m[1] === '/') depth = Math.max(0, depth - 1);
    else if (m[3] !== '/' && !VOID_ELEMENTS.has((m[2] ?? '').toLowerCase())) depth++;
    if (depth > MAX_DEPTH)
      throw importError(
        `${fn}: the page nests elements more than ${MAX_DEPTH} deep; expected a release-information page`,
      );
  }
}

/** The tables of a page, each with the product whose heading comes before it. */
function tablesOf(html: string): Table[] {
  const tables: Table[] = [];
  let product: ProductId | null = null;
  let text = '';
  let table: Table | null = null;
  let row: string[] | null = null;
  let cell: string | null = null;
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'table') {
          table = { product, rows: [] };
          text = '';
        } else if (table && name === 'tr') row = [];
        else if (row && (name === 'td' || name === 'th')) cell = '';
      },
      ontext(data) {
        if (cell !== null) cell += data;
        else if (!table) text += data;
      },
      onclosetag(name) {
        if (table) {
          if ((name === 'td' || name === 'th') && row && cell !== null) {
            row.push(cell.replace(/\s+/g, ' ').trim());
            cell = null;
          } else if (name === 'tr' && row) {
            table.rows.push(row);
            row = null;
          } else if (name === 'table') {
            tables.push(table);
            table = null;
          }
          return;
        }
        // Outside tables, each closed element's text may be a heading that sets the context.
        const heading = text.replace(/\s+/g, ' ').trim();
        if (heading.length > 0 && heading.length < 200) {
          const p = productOfHeading(heading);
          if (p !== undefined) product = p;
        }
        text = '';
      },
    },
    { decodeEntities: true },
  );
  parser.write(html);
  parser.end();
  return tables;
}

/**
 * Reads the hotpatch calendar tables of a Windows 11 or Windows Server release-information page (as saved from
 * the browser, or fetched) into catalog entries: `Hotpatch` rows on the hotpatch channel, `Baseline (Restart)`
 * rows as baselines of both channels (an unplanned baseline when the month was planned as a hotpatch, which
 * Microsoft marks with `*`). Future months (no date, build or KB) are skipped; a row that cannot be read, or a
 * build of another product, is a warning.
 * @param html - the page's HTML
 * @param options - see {@link ImportReleaseHealthOptions}
 * @returns the newest month with a release, the entries and the warnings
 * @throws `HotpatchSyntaxError` `E_IMPORT` when the text is not HTML with at least one hotpatch calendar table
 * @category Importers
 * @example
 * ```ts
 * const html = `<h3>Windows Server 2025 (OS build 26100)</h3><p><strong>Calendar year 2026</strong></p>
 * <table><tr><th>Month</th><th>Update type</th><th>Type</th><th>Availability date</th><th>Build</th><th>KB article</th></tr>
 * <tr><td>February</td><td>2026.02 B</td><td>Hotpatch</td><td>2026-02-10</td><td>26100.32313</td><td>KB5075942</td></tr></table>`;
 * importReleaseHealth(html).entries.map((e) => [e.products[0], e.kind, e.kb, e.ubr])
 * //=> [['windows-server-2025', 'hotpatch', 'KB5075942', 32313]]
 * ```
 */
export function importReleaseHealth(html: string, options?: ImportReleaseHealthOptions): ImportResult {
  const fn = 'importReleaseHealth';
  const opts = optionsOf(fn, options);
  if (typeof html !== 'string')
    throw importError(`${fn}: html ${show(html)} is not text; expected the HTML of a release-information page`);
  if (html.length > MAX_HTML)
    throw importError(`${fn}: html is ${html.length} characters; expected at most ${MAX_HTML}`);
  const urlOpt = own(opts, 'url');
  const url =
    typeof urlOpt === 'string'
      ? urlOpt
      : /Windows Server/i.test(html)
        ? RELEASE_HEALTH_URLS.windowsServer
        : RELEASE_HEALTH_URLS.windows11;
  checkDepth(fn, html);
  const calendars = tablesOf(html).filter((t) => HEADER.every((h, i) => (t.rows[0]?.[i] ?? '').toLowerCase() === h));
  if (calendars.length === 0) {
    throw importError(
      `${fn}: no hotpatch calendar table found; expected a table headed ${HEADER.join(' | ')} (a release-information page)`,
    );
  }
  const warnings: ImportWarning[] = [];
  const drafts: { product: ProductId; kind: ReleaseKind; kb: string | null; build: string | null; date: string }[] = [];
  let newest: YearMonth | null = null;
  for (const t of calendars) {
    if (t.product === null) continue; // a product of no hotpatch program here (Windows Server 2022 without Azure Edition...)
    for (const cells of t.rows.slice(1)) {
      const [, updateType = '', type = '', dateText = '', buildText = '', kbText = ''] = cells;
      const m = /^(\d{4})\.(\d{2}) B$/.exec(updateType);
      if (!m) {
        warnings.push({
          code: 'UNKNOWN_ROW',
          message: `${t.product}: row ${JSON.stringify(cells.join(' | '))} has no 'YYYY.MM B' update type; left out`,
        });
        continue;
      }
      const month = { year: Number(m[1]), month: Number(m[2]) };
      // An impossible row (2026.13 B, 2026-02-31) is the page's error, not a usage error: reported, left out.
      const dateOk = !/^\d{4}-\d{2}-\d{2}$/.test(dateText) || safeParseCivilDate(dateText).ok;
      if (month.month < 1 || month.month > 12 || month.year < 1 || !dateOk) {
        warnings.push({
          code: 'UNKNOWN_ROW',
          message: `${t.product}: row ${JSON.stringify(cells.join(' | ').slice(0, 120))} names no real month or date; left out`,
        });
        continue;
      }
      const kb = /KB\s?(\d{6,7})/i.exec(kbText);
      const build = /(\d{5})\.(\d{1,7})/.exec(buildText);
      if (!kb && !build && dateText === '') continue; // a month still to come
      if (build && Number(build[1]) !== getProduct(t.product).buildMajor) {
        warnings.push({
          code: 'UNKNOWN_ROW',
          message: `${t.product}: ${updateType} build ${build[0]} is not this product's; left out`,
        });
        continue;
      }
      const baseline = /baseline/i.test(type);
      if (!baseline && !/hotpatch/i.test(type)) {
        warnings.push({
          code: 'UNKNOWN_ROW',
          message: `${t.product}: ${updateType} type ${JSON.stringify(type)} is not 'Hotpatch' or 'Baseline (Restart)'; left out`,
        });
        continue;
      }
      const kind: ReleaseKind = !baseline
        ? 'hotpatch'
        : isBaselineMonth(month.month)
          ? 'baseline'
          : 'unplanned-baseline';
      if (!build)
        warnings.push({ code: 'MISSING_BUILD', message: `${t.product}: ${updateType} lists no build; left null` });
      const date =
        /^\d{4}-\d{2}-\d{2}$/.test(dateText) && dateText.startsWith(`${m[1]}-${m[2]}`)
          ? dateText
          : formatCivilDate(patchTuesday(month.year, month.month));
      drafts.push({ product: t.product, kind, kb: kb ? `KB${kb[1]}` : null, build: build ? build[0] : null, date });
      if (newest === null || compareYearMonths(month, newest) > 0) newest = month;
    }
  }
  if (newest === null) throw importError(`${fn}: the hotpatch calendar tables list no released month`);
  return { month: newest, entries: _groupEntries(drafts, '', url), warnings };
}
