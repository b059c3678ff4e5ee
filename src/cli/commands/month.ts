/**
 * `hotpatch-calendar month YYYY-MM`: one month for every product, with its releases.
 * @module
 */
import { _patchTuesdayOf } from '../../cadence/patch-tuesday.js';
import { describeMonth } from '../../calendar/describe-month.js';
import { releasesOf } from '../../catalog/releases.js';
import { PRODUCT_IDS } from '../../products/products.js';
import { renderMonthText } from '../../render/text/month.js';
import { parseYearMonth } from '../../time/year-month.js';
import { choiceFlag, FORMAT_AND_ZONE, parseCommand, positionalsOf, productFlags, STRING, langFlag } from '../args.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import { _reportWords } from '../../render/locale/locales.js';
import { colorOf, type Command } from './command.js';

const FLAGS = { ...FORMAT_AND_ZONE, catalog: STRING, product: { type: 'string', multiple: true } } as const;

export const monthCommand: Command = {
  name: 'month',
  help: `Usage: hotpatch-calendar month YYYY-MM [--product ID]... [--tz ZONE] [--format table|json]
Describes a month per product: planned and actual kind, Patch Tuesday, the release instant, and every release
(B releases on both channels, OOBs, previews) with KB and build, and what the month fixes where the data holds
security counts. --lang de: German.
Example: hotpatch-calendar month 2026-06 --product windows-server-2025`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    const [monthText] = positionalsOf(positionals, 1, 'the YYYY-MM argument');
    const ym = parseYearMonth(monthText ?? '');
    const format = choiceFlag('format', values.format, ['table', 'json'], 'table');
    const catalog = await loadCatalog(values.catalog, io);
    warnIfStale(catalog, _patchTuesdayOf(ym), io);
    const zone = values.tz !== undefined ? { zone: values.tz } : {};
    const list = (productFlags(values.product) ?? [...PRODUCT_IDS]).map((p) => ({
      ...describeMonth(p, ym, { ...zone, ...(catalog ? { catalog } : {}) }),
      releases: releasesOf(p, ym, catalog ? { catalog } : {}),
    }));
    await io.stdout(
      format === 'json'
        ? `${JSON.stringify(list, null, 2)}\n`
        : renderMonthText(list, { color: colorOf(io), words: _reportWords(langFlag(values.lang)) }),
    );
  },
};
