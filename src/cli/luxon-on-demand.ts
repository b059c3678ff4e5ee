/**
 * luxon for the CLI's own build, loaded the first time a zone other than UTC is asked for: a calendar in UTC (the
 * default) never parses its 260 kB. The library's entries import luxon as usual; only the CLI build maps `luxon`
 * here (tsup.config.ts), which a Node host may do: `require` is synchronous, as the zone functions are.
 * @module
 */
import { createRequire } from 'node:module';
import type * as Luxon from 'luxon';

let loaded: typeof Luxon | undefined;
const luxon = (): typeof Luxon => {
  loaded ??= createRequire(import.meta.url)('luxon') as typeof Luxon;
  return loaded;
};

/** The part of luxon's `IANAZone` the zone adapter uses. */
export const IANAZone = {
  isValidZone: (zone: string): boolean => luxon().IANAZone.isValidZone(zone),
  create: (zone: string): Luxon.IANAZone => luxon().IANAZone.create(zone),
};

/** The part of luxon's `DateTime` the zone adapter uses. */
export const DateTime = {
  fromMillis: (ms: number, options?: Luxon.DateTimeJSOptions): Luxon.DateTime =>
    luxon().DateTime.fromMillis(ms, options),
};
