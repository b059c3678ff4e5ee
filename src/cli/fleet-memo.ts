/**
 * Devices that differ only in their name are one forecast: a real "All devices" export holds about a dozen
 * distinct profiles (Windows version, build, management) per million rows. Each profile is forecast and
 * serialised once, then each device is its name and position spliced into the profile's result.
 * @module
 */
import { _deviceIdOf } from '../restart/fleet-device.js';
import type { FleetResult } from '../restart/fleet-types.js';

/** Profiles kept at most: memory stays bounded in a fleet where every device differs (then it starts over). */
export const PROFILE_LIMIT = 4096;

/**
 * The JSON after `index` and `id`, on each result that came from a kept profile: a symbol key, so JSON, `Object.keys`
 * and `for…in` never see it (a WeakMap beside the results made a 1M-row run 35% slower: one entry per device).
 */
const JSON_TAIL = Symbol('json after index and id');

type WithTail = FleetResult & { readonly [JSON_TAIL]?: string };
type Profile = { readonly rest: Omit<Extract<FleetResult, { ok: true }>, 'index' | 'id'>; readonly tail: string };

/**
 * A record's profile: every field but the id, each name and value length-prefixed so that no two different
 * records share a key whatever their text holds. Undefined for a value that is not text, number, boolean or null
 * (such a record is forecast on its own).
 */
function profileKey(record: Record<string, unknown>): string | undefined {
  let key = '';
  for (const name of Object.keys(record)) {
    if (name === 'id') continue;
    const value = record[name];
    const type = typeof value;
    if (type !== 'string' && type !== 'number' && type !== 'boolean' && value !== null) return undefined;
    const text = String(value);
    key += `${name.length}:${name}${type[0]}${text.length}:${text}`;
  }
  return key;
}

/**
 * Wraps a forecaster so that records of one profile are forecast once. Results equal the forecaster's own
 * (the same fields, in the same order); those from a kept profile share its nested records, which nobody changes.
 * Records that are no device are never kept: their messages name their row.
 */
export function profileMemo(
  forecast: (record: Record<string, unknown>, index: number) => FleetResult,
  limit = PROFILE_LIMIT,
): (record: Record<string, unknown>, index: number) => FleetResult {
  const profiles = new Map<string, Profile>();
  let hits = 0;
  // A fleet of mostly distinct devices gains nothing from profiles and pays for their keys: when the kept
  // profiles fill with fewer hits than profiles, the next 16 times as many records go straight to the forecaster.
  let bypass = 0;
  return (record, index) => {
    if (bypass > 0) {
      bypass--;
      return forecast(record, index);
    }
    const key = profileKey(record);
    if (key === undefined) return forecast(record, index);
    let kept = profiles.get(key);
    if (kept === undefined) {
      const result = forecast(record, index);
      if (!result.ok) return result;
      const { index: _index, id: _id, ...rest } = result;
      kept = { rest, tail: JSON.stringify(rest).slice(1) };
      if (profiles.size >= limit) {
        if (hits < limit) bypass = 16 * limit;
        profiles.clear();
        hits = 0;
      }
      profiles.set(key, kept);
    } else hits++;
    const result: WithTail = { index, id: _deviceIdOf(record), ...kept.rest, [JSON_TAIL]: kept.tail };
    return result;
  };
}

/** A result as one JSON line, the same text as `JSON.stringify`, without serialising a kept profile again. */
export function fleetJsonLine(result: FleetResult): string {
  const tail = (result as WithTail)[JSON_TAIL];
  return tail === undefined
    ? `${JSON.stringify(result)}\n`
    : `{"index":${result.index},"id":${JSON.stringify(result.id)},${tail}\n`;
}
