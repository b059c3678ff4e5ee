/**
 * `hotpatch-calendar build BUILD`: what an OS build is.
 * @module
 */
import { _fromEpochDay } from '../../time/civil-date.js';
import { identifyBuild } from '../../catalog/identify-build.js';
import { _product } from '../../products/products.js';
import { releasesOfKb } from '../../catalog/releases-of-kb.js';
import { renderBuildText, renderKbText } from '../../render/text/build.js';
import { choiceFlag, parseCommand, positionalsOf, STRING, langFlag } from '../args.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import { _reportWords } from '../../render/locale/locales.js';
import { colorOf, type Command } from './command.js';

export const buildCommand: Command = {
  name: 'build',
  help: `Usage: hotpatch-calendar build BUILD|KB [--product ID] [--format table|json]
Identifies an OS build (26100.4061 or 10.0.26100.4061): product candidates, month, channel, kind and KB; or
lists the releases of a KB number (KB5077212 or 5077212): product, month, channel, kind, build and date.
Examples: hotpatch-calendar build 26100.7781
          hotpatch-calendar build KB5077212`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, { product: STRING, format: STRING, catalog: STRING });
    const catalog = await loadCatalog(values.catalog, io);
    warnIfStale(catalog, _fromEpochDay(Math.floor(io.now() / 86_400_000)), io);
    const [build] = positionalsOf(positionals, 1, 'the BUILD or KB argument, e.g. 26100.4061 or KB5077212');
    const format = choiceFlag('format', values.format, ['table', 'json'], 'table');
    if (/^(kb)?\d{6,7}$/i.test(build ?? '')) {
      const product = values.product === undefined ? undefined : _product('--product', values.product).id;
      const releases = releasesOfKb(build ?? '', catalog ? { catalog } : {}).filter(
        (r) => product === undefined || r.product === product,
      );
      return io.stdout(
        format === 'json'
          ? `${JSON.stringify(releases, null, 2)}\n`
          : renderKbText(build ?? '', releases, { color: colorOf(io), words: _reportWords(langFlag(values.lang)) }),
      );
    }
    const id = identifyBuild(build ?? '', {
      ...(values.product !== undefined ? { product: _product('--product', values.product).id } : {}),
      ...(catalog ? { catalog } : {}),
    });
    await io.stdout(
      format === 'json'
        ? `${JSON.stringify(id, null, 2)}\n`
        : renderBuildText(id, { color: colorOf(io), words: _reportWords(langFlag(values.lang)) }),
    );
  },
};
