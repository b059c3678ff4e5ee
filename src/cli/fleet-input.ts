/**
 * What `fleet` and `compliance` share: reading a fleet file into forecast results, with the assumptions for
 * fields the file lacks set by `--assume-*` flags, unknown columns named once on stderr.
 * @module
 */
import type { Catalog } from '../catalog/types.js';
import { DEVICE_ASSUMPTIONS, type DeviceAssumptions } from '../restart/assumptions.js';
import { HOTPATCH_POLICIES, LICENSES, MANAGEMENT } from '../restart/device.js';
import { fleetForecaster } from '../restart/fleet.js';
import { profileMemo } from './fleet-memo.js';
import type { FleetResult } from '../restart/fleet-types.js';
import type { CivilDate } from '../time/civil-date.js';
import { ARCHITECTURES } from '../products/products.js';
import { choiceFlag, STRING } from './args.js';
import { CliError, ioError, usageError } from './errors.js';
import { type ColumnMap, DEVICE_FIELDS, normalise } from './input/columns.js';
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
  column: { type: 'string', multiple: true },
} as const;

/**
 * The `--column FIELD=COLUMN` flags as a column map: an export whose headers the CLI does not know (another
 * language, a renamed report) names its columns. FIELD is a device field (case-insensitive; `name` for `id`).
 */
export function columnsOf(flags: readonly string[] | undefined): ColumnMap | undefined {
  if (flags === undefined || flags.length === 0) return undefined;
  const map = new Map<string, string>();
  for (const flag of flags) {
    const at = flag.indexOf('=');
    const fieldText = (at < 0 ? '' : flag.slice(0, at)).trim().toLowerCase().replace(/[-_ ]/g, '');
    const column =
      at < 0
        ? ''
        : flag
            .slice(at + 1)
            .trim()
            .replace(/^"(.*)"$/, '$1');
    const field =
      fieldText === 'name' || fieldText === 'devicename'
        ? 'id'
        : DEVICE_FIELDS.find((f) => f.toLowerCase() === fieldText);
    if (field === undefined || normalise(column) === '')
      throw usageError(
        `--column ${JSON.stringify(flag.slice(0, 80))} is not FIELD=COLUMN; expected e.g. --column osVersion="Betriebssystemversion", FIELD one of ${DEVICE_FIELDS.join(', ')}`,
      );
    map.set(normalise(column), field);
  }
  return map;
}

/** Help text for the `--assume-*` flags, with the defaults. */
export const ASSUME_HELP = `Fields a file lacks are assumed (each result lists them in "assumed"): --assume-edition (${DEVICE_ASSUMPTIONS.edition}),
--assume-architecture (${DEVICE_ASSUMPTIONS.architecture}), --assume-license (${DEVICE_ASSUMPTIONS.license}), --assume-vbs (${DEVICE_ASSUMPTIONS.vbsRunning}),
--assume-policy (${DEVICE_ASSUMPTIONS.hotpatchPolicy}), --assume-management (${DEVICE_ASSUMPTIONS.management}).
--column FIELD=COLUMN (repeatable) reads a column the CLI does not know by name, e.g. an export in another
language: --column osVersion="Betriebssystemversion" --column name="Gerätename".
--assume-esu: Windows 10 22H2 devices without an esu column have Extended Security Updates (consumer ESU
for Home/Pro, commercial for Enterprise/Education); without it they are past their end of servicing (2025-10-14).`;

/** The assumptions the flags set. */
export function assumptionsOf(
  values: Partial<Record<Exclude<keyof typeof ASSUME_FLAGS, 'assume-esu' | 'column'>, string>>,
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
  readonly columns?: ColumnMap | undefined;
}

/** Largest CSV record or JSON line: a device row is a few hundred characters. */
const MAX_RECORD = 100_000;
/** Largest Graph JSON document parsed whole (a Graph page is about 1 MB; larger fleets belong in JSON lines). */
const MAX_DOCUMENT = 32 * 1024 * 1024;

/** One result per item of the fleet file, in order: a forecast, or an error row for input that is no device. */
export async function* fleetResults(path: string, io: CliIo, o: FleetInputOptions): AsyncGenerator<FleetResult> {
  const forecast = profileMemo(
    fleetForecaster({
      asOf: o.asOf,
      assume: o.assume,
      ...(o.assumeEsu ? { assumeEsu: true } : {}),
      ...(o.horizonMonths === undefined ? {} : { horizonMonths: o.horizonMonths }),
      ...(o.catalog ? { catalog: o.catalog } : {}),
    }),
  );
  const name = path === '-' ? 'standard input' : path;
  const items = readDevices(decodeText(io.readChunks(path), name), {
    path: name,
    maxRecord: MAX_RECORD,
    maxDocument: MAX_DOCUMENT,
    ...(o.columns ? { columns: o.columns } : {}),
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
      if (it.ok && it.record['build'] === undefined && it.record['osVersion'] === undefined) {
        // An empty row (";;;" as Excel leaves one) or a device without its version: said plainly, with its row.
        const id = typeof it.record['id'] === 'string' ? it.record['id'] : null;
        const message = `${it.where ?? `record ${index + 1}`}: no OS version or build; expected e.g. 10.0.26100.4061`;
        yield { index, id, ok: false, error: { code: 'E_INPUT', message } };
      } else if (it.ok) {
        const r = forecast(it.record, index);
        // A record that is no device says where it is in the file (row or line), as the admin's editor shows it.
        yield r.ok || it.where === undefined
          ? r
          : {
              ...r,
              error: { ...r.error, message: `${it.where}: ${r.error.message.replace(/^[a-z][A-Za-z]*: /, '')}` },
            };
      } else yield { index, id: it.id ?? null, ok: false, error: { code: it.code, message: it.message } };
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
