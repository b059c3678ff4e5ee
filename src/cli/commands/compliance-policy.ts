/**
 * `hotpatch-calendar compliance-policy --product P [--product P …] --month M`: a Microsoft Graph
 * `windows10CompliancePolicy` fragment whose build ranges accept hotpatched devices of every product asked, ready
 * to PATCH.
 * @module
 */
import { compliancePolicy, type CompliancePolicyFragment } from '../../catalog/compliance-policy.js';
import { isHotpatchError } from '../../errors.js';
import { _product } from '../../products/products.js';
import { parseYearMonth } from '../../time/year-month.js';
import { parseCommand, positionalsOf, STRING } from '../args.js';
import { loadCatalog } from '../catalog-option.js';
import { inputError, usageError } from '../errors.js';
import type { Command } from './command.js';

const FLAGS = {
  product: { type: 'string', multiple: true },
  month: STRING,
  catalog: STRING,
  'allow-projected': { type: 'boolean' },
} as const;
const GRAPH_DOCS =
  'https://learn.microsoft.com/en-us/graph/api/resources/intune-deviceconfig-windows10compliancepolicy';

export const compliancePolicyCommand: Command = {
  name: 'compliance-policy',
  help: `Usage: hotpatch-calendar compliance-policy --product ID [--product ID ...] --month YYYY-MM [--allow-projected] [--catalog FILE]
Prints a Microsoft Graph windows10CompliancePolicy fragment with validOperatingSystemBuildRanges that accept every
build patched through the month on both channels, for each product asked (one policy for a mixed fleet). A
hotpatch build is lower than the month's cumulative update, so osMinimumVersion alone would flag hotpatched
devices; it is set only for one product with one range. A month whose hotpatch or LCU build of a product is not in
the data is refused (exit 1) unless --allow-projected. PATCH it onto a policy: ${GRAPH_DOCS}
Example: hotpatch-calendar compliance-policy --product windows-11-24h2 --product windows-11-25h2 --month 2026-08`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    positionalsOf(positionals, 0, '');
    if (values.product === undefined || values.product.length === 0 || values.month === undefined)
      throw usageError('compliance-policy needs --product ID (repeatable) and --month YYYY-MM');
    const products = values.product.map((p) => _product('--product', p).id);
    const month = parseYearMonth(values.month);
    const catalog = await loadCatalog(values.catalog, io);
    let fragment: CompliancePolicyFragment;
    try {
      fragment = compliancePolicy(products, month, {
        ...(catalog ? { catalog } : {}),
        ...(values['allow-projected'] ? { allowProjected: true } : {}),
      });
    } catch (error) {
      // A month the data does not hold is missing data (exit 1), not a usage error.
      if (isHotpatchError(error) && error.code === 'E_POLICY') throw inputError(error.message);
      throw error;
    }
    if (values['allow-projected']) {
      for (const r of fragment.validOperatingSystemBuildRanges)
        if (r.description.includes('no release yet') || !r.description.includes('hotpatch'))
          io.stderr(
            `hotpatch-calendar: warning: ${r.description}: hotpatched devices may be flagged until the data holds the month's hotpatch (refresh the catalog)\n`,
          );
    }
    await io.stdout(`${JSON.stringify(fragment, null, 2)}\n`);
  },
};
