/**
 * `hotpatch-calendar restarts`: one device's eligibility and predicted restarts.
 * @module
 */
import { DEVICE_ASSUMPTIONS, SERVER_DEVICE_ASSUMPTIONS } from '../../restart/assumptions.js';
import { resolveBuildProduct } from '../../catalog/build-product.js';
import { getProduct, type ProductId } from '../../products/products.js';
import { parseDevice } from '../../restart/device.js';
import { checkEligibility } from '../../restart/eligibility.js';
import { predictRestarts } from '../../restart/predict.js';
import { servicingEnd } from '../../products/lifecycle.js';
import { renderRestartsText } from '../../render/text/restarts.js';
import { _reportWords } from '../../render/locale/locales.js';
import { parseCivilDate } from '../../time/civil-date.js';
import { choiceFlag, intFlag, parseCommand, positionalsOf, FORMAT_AND_ZONE, STRING, langFlag } from '../args.js';
import { usageError } from '../errors.js';
import { loadCatalog, warnIfStale } from '../catalog-option.js';
import { colorOf, type Command } from './command.js';

const FLAGS = {
  catalog: STRING,
  ...FORMAT_AND_ZONE,
  product: STRING,
  build: STRING,
  edition: STRING,
  arch: STRING,
  license: STRING,
  vbs: STRING,
  policy: STRING,
  management: STRING,
  year: STRING,
  from: STRING,
  to: STRING,
  'as-of': STRING,
  'chpe-disabled': { type: 'boolean' },
  'tenant-opt-out': { type: 'boolean' },
} as const;

export const restartsCommand: Command = {
  name: 'restarts',
  help: `Usage: hotpatch-calendar restarts --build BUILD [--edition EDITION] [--product ID] [--arch x64|arm64]
  [--license LICENSE] [--vbs true|false] [--policy enabled|disabled|default] [--management MGMT] [--chpe-disabled]
  [--tenant-opt-out] [--year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD] [--as-of YYYY-MM-DD] [--tz ZONE] [--format table|json]
Predicts the restarts Windows quality updates will require of one device, with eligibility on --as-of
(default: --from). The product comes from --product, --edition or the build (a build Windows 11 24H2 and
Server 2025 shared needs one of the two). What is not given is assumed as in 'fleet' (servers: --edition
'${SERVER_DEVICE_ASSUMPTIONS.edition}' --management ${SERVER_DEVICE_ASSUMPTIONS.management}): --edition ${DEVICE_ASSUMPTIONS.edition} --arch ${DEVICE_ASSUMPTIONS.architecture}
--license ${DEVICE_ASSUMPTIONS.license} --vbs ${DEVICE_ASSUMPTIONS.vbsRunning} --policy ${DEVICE_ASSUMPTIONS.hotpatchPolicy} --management ${DEVICE_ASSUMPTIONS.management}.
Each reason the device is not hotpatching is printed with what to do (--lang de: in German).
Example: hotpatch-calendar restarts --build 26100.7392 --edition Enterprise --policy enabled --year 2027`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    positionalsOf(positionals, 0, '');
    if (values.build === undefined) throw usageError('restarts needs --build');
    const catalog = await loadCatalog(values.catalog, io);
    // The product comes from --product, --edition or the build itself, never from an assumed edition: a build the
    // products shared (26100 before 2026) without either is refused with the candidates (exit 2).
    const product = resolveBuildProduct(values.build, {
      ...(values.product !== undefined ? { product: values.product as ProductId } : {}),
      ...(values.edition !== undefined ? { edition: values.edition } : {}),
      ...(catalog ? { catalog } : {}),
    }).product;
    // The same assumptions as 'fleet' and 'compliance' for what is not given; a server gets the server's.
    const server = getProduct(product).family === 'server';
    const a = server ? { ...DEVICE_ASSUMPTIONS, ...SERVER_DEVICE_ASSUMPTIONS } : DEVICE_ASSUMPTIONS;
    const device = parseDevice({
      product,
      build: values.build,
      edition: values.edition ?? a.edition,
      architecture: values.arch ?? a.architecture,
      license: values.license ?? a.license,
      vbsRunning: values.vbs ?? String(a.vbsRunning),
      hotpatchPolicy: values.policy ?? a.hotpatchPolicy,
      management: values.management ?? a.management,
      ...(values['chpe-disabled'] ? { chpeDisabled: true } : {}),
      ...(values['tenant-opt-out'] ? { tenantOptOut: true } : {}),
    });
    const year = intFlag('year', values.year);
    if (year === undefined && (values.from === undefined || values.to === undefined))
      throw usageError('restarts needs --year YYYY, or --from and --to dates');
    const from = year !== undefined ? { year, month: 1, day: 1 } : parseCivilDate(values.from ?? '');
    const to = year !== undefined ? { year, month: 12, day: 31 } : parseCivilDate(values.to ?? '');
    const asOf = values['as-of'] !== undefined ? parseCivilDate(values['as-of']) : from;
    const eligibility = checkEligibility(device, { asOf });
    warnIfStale(catalog, asOf, io);
    const restarts = predictRestarts(device, {
      from,
      to,
      ...(values.tz !== undefined ? { zone: values.tz } : {}),
      ...(catalog ? { catalog } : {}),
    });
    const end = servicingEnd(device.build, device.edition, device.esu ? { esu: true } : {});
    if (choiceFlag('format', values.format, ['table', 'json'], 'table') === 'json') {
      return io.stdout(`${JSON.stringify({ device, eligibility, servicingEnd: end, restarts }, null, 2)}\n`);
    }
    await io.stdout(
      renderRestartsText(
        { device, eligibility, asOf, from, to, restarts, servicingEnd: end },
        {
          color: colorOf(io),
          messages: _reportWords(langFlag(values.lang)),
        },
      ),
    );
  },
};
