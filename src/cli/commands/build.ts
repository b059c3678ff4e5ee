/**
 * `hotpatch-calendar build BUILD`: what an OS build is.
 * @module
 */
import { _fromEpochDay } from '../../time/civil-date.js';
import { identifyBuild } from '../../catalog/identify-build.js';
import { _product } from '../../products/products.js';
import { renderBuildText } from '../../render/text/build.js';
import { choiceFlag, parseCommand, positionalsOf, STRING } from '../args.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import { colorOf, type Command } from './command.js';

export const buildCommand: Command = {
  name: 'build',
  help: `Usage: hotpatch-calendar build BUILD [--product ID] [--format table|json]
Identifies an OS build (26100.4061 or 10.0.26100.4061): product candidates, month, channel, kind and KB.`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, { product: STRING, format: STRING, catalog: STRING });
    const catalog = await loadCatalog(values.catalog, io);
    warnIfStale(catalog, _fromEpochDay(Math.floor(io.now() / 86_400_000)), io);
    const [build] = positionalsOf(positionals, 1, 'the BUILD argument, e.g. 26100.4061');
    const id = identifyBuild(build ?? '', {
      ...(values.product !== undefined ? { product: _product('--product', values.product).id } : {}),
      ...(catalog ? { catalog } : {}),
    });
    const format = choiceFlag('format', values.format, ['table', 'json'], 'table');
    await io.stdout(
      format === 'json' ? `${JSON.stringify(id, null, 2)}\n` : renderBuildText(id, { color: colorOf(io) }),
    );
  },
};
