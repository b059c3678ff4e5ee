/**
 * The Windows zone names `--tz` accepts ('W. Europe Standard Time'), loaded only for a run that has a --tz flag:
 * the table is 18 kB that a run without one never needs.
 * @module
 */

let lookup: ((name: string) => string | null) | undefined;

/** Loads the table when the arguments hold a --tz flag; main calls it before a command parses its flags. */
export async function loadZoneNames(argv: readonly string[]): Promise<void> {
  if (lookup === undefined && argv.some((a) => a === '--tz' || a.startsWith('--tz=')))
    lookup = (await import('../deploy/windows-zone.js')).ianaZoneOfWindowsName;
}

/** The IANA zone of a Windows zone name, or null; refuses to answer before `loadZoneNames` saw the flag. */
export function _windowsZoneName(name: string): string | null {
  if (lookup === undefined) throw new Error('internal: --tz read before loadZoneNames(argv)');
  return lookup(name);
}
