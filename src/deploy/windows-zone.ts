/**
 * IANA zone → Windows time zone name (Azure's `timeZone` takes the Windows name), from CLDR's windowsZones table,
 * aliases included.
 * @module
 */
import { HotpatchRangeError } from 'hotpatch-calendar';
import { WINDOWS_ZONE_ROWS } from './windows-zones.generated.js';

let table: Map<string, string> | undefined;

/** The table as a map, built on first use so that importing this module costs nothing. */
function windowsNames(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (const row of WINDOWS_ZONE_ROWS) {
    const [windows, ianas] = row.split('|') as [string, string];
    for (const iana of ianas.split(' ')) table.set(iana, windows);
  }
  return table;
}

/**
 * The Windows time zone name of an IANA zone, as Azure maintenance configurations and `tzutil` spell it. Aliases
 * resolve (`Asia/Kolkata` and `Asia/Calcutta`, `Europe/Kyiv` and `Europe/Kiev`). The table is CLDR's
 * windowsZones (see {@link CLDR_VERSION}).
 * @param zone - an IANA zone name
 * @returns the Windows name, e.g. `'W. Europe Standard Time'`
 * @throws `HotpatchRangeError` `E_ZONE` for a zone Windows has no name for (or no zone at all)
 * @category Deploy
 * @example
 * ```ts
 * windowsZoneName('Europe/Berlin') //=> 'W. Europe Standard Time'
 * windowsZoneName('Asia/Kolkata') //=> 'India Standard Time'
 * windowsZoneName('Europe/Kyiv') //=> 'FLE Standard Time'
 * ```
 */
export function windowsZoneName(zone: string): string {
  const name = typeof zone === 'string' ? windowsNames().get(zone) : undefined;
  if (name === undefined) {
    const shown = typeof zone === 'string' ? JSON.stringify(zone.slice(0, 64)) : typeof zone;
    throw new HotpatchRangeError(
      'E_ZONE',
      `windowsZoneName: zone ${shown} has no Windows time zone name; expected an IANA zone that CLDR's windowsZones maps, such as 'Europe/Berlin', 'America/New_York' or 'UTC'`,
    );
  }
  return name;
}

let byWindows: Map<string, string> | undefined;

/**
 * The IANA zone of a Windows time zone name (`tzutil /g`, Azure's `timeZone`), matched case-insensitively: CLDR's
 * primary zone of that name (its "001" mapping), so `W. Europe Standard Time` reads as `Europe/Berlin`.
 * @param name - a Windows time zone name
 * @returns the IANA zone, or null when Windows has no zone of that name
 * @category Deploy
 * @example
 * ```ts
 * ianaZoneOfWindowsName('W. Europe Standard Time') //=> 'Europe/Berlin'
 * ianaZoneOfWindowsName('pacific standard time') //=> 'America/Los_Angeles'
 * ianaZoneOfWindowsName('Mars Standard Time') //=> null
 * ```
 */
export function ianaZoneOfWindowsName(name: string): string | null {
  if (!byWindows) {
    byWindows = new Map();
    for (const row of WINDOWS_ZONE_ROWS) {
      const [windows, ianas] = row.split('|') as [string, string];
      byWindows.set(windows.toLowerCase(), ianas.split(' ')[0] as string);
    }
  }
  return typeof name === 'string' ? (byWindows.get(name.trim().toLowerCase()) ?? null) : null;
}

export { CLDR_VERSION } from './windows-zones.generated.js';
