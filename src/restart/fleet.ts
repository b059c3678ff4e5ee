/**
 * Fleet forecasts: one pass over a stream of device records (an Intune export, Graph JSON, JSON lines), one result
 * per device with its compliance, eligibility and next restart, memory flat in the fleet's size.
 * @module
 */
import { _error, _show } from '../errors.js';
import { _forecastDevice, _prepareFleet } from './fleet-device.js';
import type { FleetResult, ForecastFleetOptions } from './fleet-types.js';

/**
 * A forecaster for one device at a time, with the options checked once: what {@link forecastFleet} runs per record,
 * for callers that read records themselves (and report unreadable input lines in their own rows).
 * @param options - see {@link ForecastFleetOptions}
 * @returns a function from a record and its input position to its result (never throws for a bad record)
 * @throws `E_OPTION`/`E_DATE_RANGE` for bad options
 * @category Restarts
 * @example
 * ```ts
 * const forecast = fleetForecaster({ asOf: '2026-08-20' });
 * const r = forecast({ id: 'srv-1', edition: 'Datacenter', osVersion: '10.0.17763.8000' }, 0);
 * r.ok && [r.windows, r.reasons] //=> ['Windows Server 2019', ['NOT_A_HOTPATCH_PRODUCT']]
 * ```
 */
export function fleetForecaster(options: ForecastFleetOptions): (record: unknown, index: number) => FleetResult {
  const p = _prepareFleet('fleetForecaster', options);
  return (record, index) => _forecastDevice('forecastFleet', record, index, p);
}

/**
 * Forecasts a fleet from a synchronous iterable of device records, lazily: one result per record, in order.
 * Bad records give `{ ok: false, error }` results instead of stopping the stream.
 * @param devices - records as {@link parseDevice} accepts them (an `id` field is carried through)
 * @param options - see {@link ForecastFleetOptions}
 * @returns a generator of results
 * @throws {@link HotpatchTypeError} `E_TYPE` when `devices` is not iterable; `E_OPTION`/`E_DATE_RANGE` for bad options
 * @category Restarts
 * @example
 * ```ts
 * const [r] = [...forecastFleetSync([{ id: 'pc-1', edition: 'Enterprise', architecture: 'x64', osVersion: '10.0.26100.9106',
 *   license: 'microsoft-365-e3', vbsRunning: true, hotpatchPolicy: 'enabled', management: 'intune' }], { asOf: { year: 2026, month: 8, day: 20 } })];
 * r.ok && [r.product, r.eligible, r.current, r.nextRestart?.reason] //=> ['windows-11-24h2', true, true, 'unknown-release']
 * ```
 */
export function forecastFleetSync(
  devices: Iterable<unknown>,
  options: ForecastFleetOptions,
): Generator<FleetResult, void, undefined> {
  const fn = 'forecastFleet';
  const p = _prepareFleet(fn, options);
  if (
    devices === null ||
    typeof devices !== 'object' ||
    typeof (devices as Iterable<unknown>)[Symbol.iterator] !== 'function'
  ) {
    throw _error('E_TYPE', `${fn}: devices ${_show(devices)} is not iterable; expected an iterable of device records`);
  }
  return (function* run(): Generator<FleetResult, void, undefined> {
    let index = 0;
    for (const record of devices) yield _forecastDevice(fn, record, index++, p);
  })();
}

/**
 * Forecasts a fleet from a synchronous or asynchronous iterable (a stream of parsed CSV rows or JSON lines),
 * one result per record, in order, with memory flat in the fleet's size.
 * @param devices - records as {@link parseDevice} accepts them
 * @param options - see {@link ForecastFleetOptions}
 * @returns an async generator of results
 * @throws like {@link forecastFleetSync}
 * @category Restarts
 * @example
 * ```ts
 * const rows = [{ id: 'pc-2', edition: 'Pro', architecture: 'x64', osVersion: '10.0.26100.9106', hotpatchPolicy: 'enabled', management: 'intune' }];
 * const ineligible: string[] = [];
 * for await (const r of forecastFleet(rows, { asOf: { year: 2026, month: 11, day: 28 } })) {
 *   if (r.ok && !r.eligible) ineligible.push(`${r.id}: ${r.reasons.join(', ')}`);
 * }
 * ineligible //=> ['pc-2: END_OF_SERVICING, EDITION_NOT_SUPPORTED']
 * ```
 */
export function forecastFleet(
  devices: Iterable<unknown> | AsyncIterable<unknown>,
  options: ForecastFleetOptions,
): AsyncGenerator<FleetResult, void, undefined> {
  const fn = 'forecastFleet';
  const p = _prepareFleet(fn, options);
  const isAsync =
    devices !== null &&
    typeof devices === 'object' &&
    typeof (devices as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';
  if (
    !isAsync &&
    (devices === null ||
      typeof devices !== 'object' ||
      typeof (devices as Iterable<unknown>)[Symbol.iterator] !== 'function')
  ) {
    throw _error(
      'E_TYPE',
      `${fn}: devices ${_show(devices)} is not iterable; expected an iterable or async iterable of device records`,
    );
  }
  return (async function* run(): AsyncGenerator<FleetResult, void, undefined> {
    let index = 0;
    for await (const record of devices) yield _forecastDevice(fn, record, index++, p);
  })();
}
