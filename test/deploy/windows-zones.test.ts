import { describe, expect, it } from 'vitest';
// @ts-expect-error: a plain ESM script without types
import { buildTable } from '../../scripts/windows-zones.mjs';
import { CLDR_VERSION, windowsZoneName } from '../../src/deploy/index.js';
import { WINDOWS_ZONE_ROWS } from '../../src/deploy/windows-zones.generated.js';

describe('IANA → Windows time zone names (CLDR windowsZones)', () => {
  it('the generated table is what the pinned CLDR packages give (run `npm run zones` after updating them)', () => {
    expect(WINDOWS_ZONE_ROWS).toEqual(buildTable());
    expect(CLDR_VERSION).toMatch(/^\d+$/);
  });

  it('names the zones Microsoft documents for these cities, aliases included', () => {
    // Windows zone ids as `tzutil /l` and Azure's maintenanceWindow.timeZone spell them.
    expect(windowsZoneName('Europe/Berlin')).toBe('W. Europe Standard Time');
    expect(windowsZoneName('America/New_York')).toBe('Eastern Standard Time');
    expect(windowsZoneName('America/Los_Angeles')).toBe('Pacific Standard Time');
    expect(windowsZoneName('Asia/Kolkata')).toBe('India Standard Time');
    expect(windowsZoneName('Asia/Calcutta')).toBe('India Standard Time');
    expect(windowsZoneName('Europe/Kyiv')).toBe('FLE Standard Time');
    expect(windowsZoneName('Europe/Kiev')).toBe('FLE Standard Time');
    expect(windowsZoneName('Asia/Tokyo')).toBe('Tokyo Standard Time');
    expect(windowsZoneName('Europe/London')).toBe('GMT Standard Time');
    expect(windowsZoneName('UTC')).toBe('UTC');
  });

  it('covers nearly every zone this runtime knows, and refuses the rest with a coded error', () => {
    const zones = Intl.supportedValuesOf('timeZone');
    const unnamed = zones.filter((z) => {
      try {
        windowsZoneName(z);
        return false;
      } catch {
        return true;
      }
    });
    expect(unnamed.length / zones.length).toBeLessThan(0.02);
    for (const bad of ['Mars/Olympus_Mons', '', 'europe/berlin', 42 as unknown as string]) {
      expect(() => windowsZoneName(bad)).toThrow(expect.objectContaining({ code: 'E_ZONE' }));
    }
    expect(() => windowsZoneName('Mars/Olympus_Mons')).toThrow(/has no Windows time zone name/);
  });
});
