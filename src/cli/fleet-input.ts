/**
 * What `fleet` and `compliance` share: reading a fleet file into forecast results, with the assumptions for
 * fields the file lacks set by `--assume-*` flags, unknown columns named once on stderr.
 * @module
 */
import type { Catalog } from '../catalog/types.js';
import { DEVICE_ASSUMPTIONS, type DeviceAssumptions } from '../restart/assumptions.js';
import { HOTPATCH_POLICIES, LICENSES, MANAGEMENT } from '../restart/device.js';
import { fleetForecaster, type FleetResult } from '../restart/fleet.js';
import type { CivilDate } from '../time/civil-date.js';
import { ARCHITECTURES } from '../products/products.js';
import { choiceFlag, STRING } from './args.js';
import { CliError, ioError } from './errors.js';
import type { CliIo } from './io.js';
import { decodeText } from './input/decode.js';
import { _grouped, _terminal } from '../render/escape.js';
import { readDevices } from './input/device-input.js';

/** The `--assume-*` flags: one per assumption. */
export const ASSUME_FLAGS = {
  'assume-edition': STRING,
  'assume-architecture': STRING,
  'assume-license': STRING,
  'assume-vbs': STRING,
  'assume-policy': STRING,
  'assume-management': STRING,
  'assume-esu': { type: 'boolean' },
} as const;

/** Help text for the `--assume-*` flags, with the defaults. */
export const ASSUME_HELP = `Fields a file lacks are assumed (each result lists them in "assumed"): --assume-edition (${DEVICE_ASSUMPTIONS.edition}),
--assume-architecture (${DEVICE_ASSUMPTIONS.architecture}), --assume-license (${DEVICE_ASSUMPTIONS.license}), --assume-vbs (${DEVICE_ASSUMPTIONS.vbsRunning}),
--assume-policy (${DEVICE_ASSUMPTIONS.hotpatchPolicy}), --assume-management (${DEVICE_ASSUMPTIONS.management}).
--assume-esu: Windows 10 22H2 devices without an esu column have Extended Security Updates (consumer ESU
for Home/Pro, commercial for Enterprise/Education); without it they are past their end of servicing (2025-10-14).`;

/** The assumptions the flags set. */
export function assumptionsOf(
  values: Partial<Record<Exclude<keyof typeof ASSUME_FLAGS, 'assume-esu'>, string>>,
): DeviceAssumptions {
  const d = DEVICE_ASSUMPTIONS;
  return {
    edition: values['assume-edition'] ?? d.edition,
    architecture: choiceFlag('assume-architecture', values['assume-architecture'], ARCHITECTURES, d.architecture),
    license: choiceFlag('assume-license', values['assume-license'], LICENSES, d.license),
    vbsRunning:
      choiceFlag('assume-vbs', values['assume-vbs'], ['true', 'false'], d.vbsRunning ? 'true' : 'false') === 'true',
    hotpatchPolicy: choiceFlag('assume-policy', values['assume-policy'], HOTPATCH_POLICIES, d.hotpatchPolicy),
    management: choiceFlag('assume-management', values['assume-management'], MANAGEMENT, d.management),
  };
}

/** Options of {@link fleetResults}. */
export interface FleetInputOptions {
  readonly asOf: CivilDate;
  readonly horizonMonths?: number;
  readonly catalog?: Catalog;
  readonly assume: DeviceAssumptions;
  readonly assumeEsu?: boolean;
}

/** Largest CSV record or JSON line: a device row is a few hundred characters. */
const MAX_RECORD = 100_000;
/** Largest Graph JSON document parsed whole (a Graph page is about 1 MB; larger fleets belong in JSON lines). */
const MAX_DOCUMENT = 32 * 1024 * 1024;

/** One result per item of the fleet file, in order: a forecast, or an error row for input that is no device. */
export async function* fleetResults(path: string, io: CliIo, o: FleetInputOptions): AsyncGenerator<FleetResult> {
  const forecast = fleetForecaster({
    asOf: o.asOf,
    assume: o.assume,
    ...(o.assumeEsu ? { assumeEsu: true } : {}),
    ...(o.horizonMonths === undefined ? {} : { horizonMonths: o.horizonMonths }),
    ...(o.catalog ? { catalog: o.catalog } : {}),
  });
  const name = path === '-' ? 'standard input' : path;
  const items = readDevices(decodeText(io.readChunks(path), name), {
    path: name,
    maxRecord: MAX_RECORD,
    maxDocument: MAX_DOCUMENT,
    onUnknownColumns: (columns) =>
      io.stderr(
        `hotpatch-calendar: note: ${_terminal(path)}: columns not read: ${_grouped(
          columns.map((c) => _terminal(c, 60)),
          20,
        ).join(', ')}\n`,
      ),
    onUnrecognised: (field, value) =>
      unrecognised.set(`${field}\u0000${value}`, (unrecognised.get(`${field}\u0000${value}`) ?? 0) + 1),
  });
  const unrecognised = new Map<string, number>();
  let index = 0;
  try {
    for await (const it of items) {
      yield it.ok
        ? forecast(it.record, index)
        : { index, id: it.id ?? null, ok: false, error: { code: it.code, message: it.message } };
      index++;
    }
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw ioError(`cannot read ${path}: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Grouped, once: each value not recognised with its device count, at most 10 named.
  const entries = [...unrecognised];
  if (entries.length > 0) {
    const named = entries
      .slice(0, 10)
      .map(
        ([key, n]) =>
          `${key.split('\u0000')[0]} "${_terminal(key.split('\u0000')[1] ?? '', 60)}" (${n} device${n === 1 ? '' : 's'})`,
      );
    const more = entries.length > 10 ? ` and ${entries.length - 10} more` : '';
    io.stderr(
      `hotpatch-calendar: warning: ${_terminal(path)}: values not recognised, read as none: ${named.join(', ')}${more}\n`,
    );
  }
}
