/**
 * `hotpatch-calendar data`: how current the data is, per product and channel, and where it comes from (the built-in
 * data, an overlay and its origin, the dates each was retrieved).
 * @module
 */
import { builtInCatalog } from '../../catalog/catalog.js';
import { dataFreshness } from '../../catalog/freshness.js';
import { _reportWords } from '../../render/locale/locales.js';
import { renderTextTable } from '../../render/text/table.js';
import { _formatDate, _fromEpochDay, parseCivilDate } from '../../time/civil-date.js';
import { choiceFlag, langFlag, parseCommand, positionalsOf, STRING } from '../args.js';
import { loadCatalogWithOrigin } from '../catalog-option.js';
import { colorOf, type Command } from './command.js';

const ORIGIN: Readonly<Record<string, string>> = {
  flag: '--catalog',
  env: 'HOTPATCH_CALENDAR_CATALOG',
  cache: 'the user cache (written by refresh)',
};

export const dataCommand: Command = {
  name: 'data',
  help: `Usage: hotpatch-calendar data [--as-of YYYY-MM-DD] [--catalog FILE] [--builtin] [--format table|json]
Shows, per product and channel, the newest release in the data (month, KB, build), how old it is on --as-of
(default: today, UTC) and how many Patch Tuesdays released by then it lacks, marking channels more than 45 days
behind; and which data answered: the built-in data, and the overlay read over it (--catalog, else
HOTPATCH_CALENDAR_CATALOG, else the user cache that 'refresh' writes) with the date each was retrieved.
Example: hotpatch-calendar data --as-of 2026-12-06`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, { 'as-of': STRING, catalog: STRING, format: STRING });
    positionalsOf(positionals, 0, '');
    const asOf =
      values['as-of'] !== undefined
        ? parseCivilDate(values['as-of'].trim())
        : _fromEpochDay(Math.floor(io.now() / 86_400_000));
    const loaded = await loadCatalogWithOrigin(values.catalog, io);
    const channels = dataFreshness(asOf, loaded.catalog ? { catalog: loaded.catalog } : {});
    const source = {
      builtIn: { retrieved: builtInCatalog().retrieved },
      overlay: loaded.overlay
        ? { path: loaded.overlay.path, origin: loaded.overlay.origin, retrieved: loaded.overlay.retrieved }
        : null,
    };
    if (choiceFlag('format', values.format, ['table', 'json'], 'table') === 'json') {
      return io.stdout(`${JSON.stringify({ asOf: _formatDate(asOf), source, channels }, null, 2)}\n`);
    }
    const w = _reportWords(langFlag(values.lang));
    const head = [
      w.tables.dataHead(_formatDate(asOf), source.builtIn.retrieved),
      source.overlay
        ? w.tables.overlay(source.overlay.path, ORIGIN[source.overlay.origin] ?? '', source.overlay.retrieved)
        : w.tables.noOverlay(io.builtinOnly === true),
    ];
    // The security column appears when the data holds counts: a column of dashes says nothing.
    const security = channels.some((c) => c.security !== null);
    const h = w.tables.heads;
    const rows = [
      [h.product, h.channel, h.newest, h.kb, h.build, h.read, h.age, h.behind, ...(security ? [h.security] : []), ''],
      ...channels.map((c) => [
        c.product,
        c.channel,
        c.newestMonth ?? '-',
        c.kb ?? '-',
        c.build ?? '-',
        c.retrieved ?? '-',
        c.ageDays === null ? '-' : String(c.ageDays),
        c.monthsBehind === null ? '-' : w.tables.monthsBehind(c.monthsBehind),
        ...(security ? [c.security ? w.security(c.security) : '-'] : []),
        c.stale ? w.tables.stale : '',
      ]),
    ];
    await io.stdout(`${head.join('\n')}\n\n${renderTextTable(rows, { color: colorOf(io) })}`);
  },
};
