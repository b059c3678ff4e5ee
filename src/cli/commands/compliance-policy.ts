/**
 * `hotpatch-calendar compliance-policy --product P --month M`: a Microsoft Graph `windows10CompliancePolicy`
 * fragment whose build ranges accept hotpatched devices, ready to PATCH.
 * @module
 */
import { compliantBuildRanges } from '../../catalog/compliant-ranges.js';
import { releaseFor } from '../../catalog/releases.js';
import { _product } from '../../products/products.js';
import { formatYearMonth, parseYearMonth } from '../../time/year-month.js';
import { parseCommand, positionalsOf, STRING } from '../args.js';
import { loadCatalog } from '../catalog-option.js';
import { ioError, usageError } from '../errors.js';
import type { Command } from './command.js';

const FLAGS = { product: STRING, month: STRING, catalog: STRING } as const;
const GRAPH_DOCS =
  'https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-windows10compliancepolicy';

export const compliancePolicyCommand: Command = {
  name: 'compliance-policy',
  help: `Usage: hotpatch-calendar compliance-policy --product ID --month YYYY-MM [--catalog FILE]
Prints a Microsoft Graph windows10CompliancePolicy fragment with validOperatingSystemBuildRanges that accept every
build patched through the month on both channels (a hotpatch build is lower than the month's cumulative update, so
osMinimumVersion alone would flag hotpatched devices); osMinimumVersion is set only where one value is correct.
PATCH it onto a policy: ${GRAPH_DOCS}`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    positionalsOf(positionals, 0, '');
    if (values.product === undefined || values.month === undefined)
      throw usageError('compliance-policy needs --product ID and --month YYYY-MM');
    const product = _product('--product', values.product).id;
    const month = parseYearMonth(values.month);
    const catalog = await loadCatalog(values.catalog, io);
    const options = catalog ? { catalog } : {};
    const ranges = compliantBuildRanges(product, month, options);
    if (ranges.length === 0)
      throw ioError(
        `no release of ${product} from ${formatYearMonth(month)} on is in the data; refresh the catalog first`,
      );
    const hot = releaseFor(product, month, 'hotpatch', options);
    if (hot.build === null && hot.restartRequired !== true) {
      io.stderr(
        `hotpatch-calendar: warning: the hotpatch build of ${formatYearMonth(month)} is not in the data; hotpatched devices would be flagged until it is (refresh the catalog)\n`,
      );
    }
    const single = ranges.length === 1;
    const fragment = {
      '@odata.type': '#microsoft.graph.windows10CompliancePolicy',
      validOperatingSystemBuildRanges: ranges.map((r) => ({
        '@odata.type': 'microsoft.graph.operatingSystemVersionRange',
        ...r,
      })),
      ...(single ? { osMinimumVersion: ranges[0]?.lowestVersion } : {}),
    };
    await io.stdout(`${JSON.stringify(fragment, null, 2)}\n`);
  },
};
