import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { complianceSummary, type FleetResult } from '../../src/index.js';

// The devices behind, furthest first and cut at listLimit, are kept in bounded memory (sorted and cut now and then,
// devices that sort after the last one kept only counted). Whatever the fleet, the list must be exactly the first
// listLimit of all devices behind sorted in full: more releases, then more days, then input order; unknown first.
const behindDevice = (index: number, releases: number | null, days: number | null): FleetResult => ({
  index,
  id: `PC-${index}`,
  ok: true,
  product: 'windows-11-24h2',
  windows: 'Windows 11 Enterprise, version 24H2',
  build: '26100.7623',
  identity: null,
  buildPlacement: 'known',
  current: false,
  releasesBehind: releases,
  daysBehind: days,
  complianceNote: null,
  eligible: true,
  reasons: [],
  nextRestart: null,
  servicingEnd: null,
  assumed: [],
});

describe('the devices behind', () => {
  test.prop(
    [
      fc.array(
        fc.tuple(
          // Unknown now and then (it sorts first), and spreads wide enough that later devices still get listed.
          fc.option(fc.integer({ min: 0, max: 4 }), { freq: 20 }),
          fc.option(fc.integer({ min: 0, max: 30 }), { freq: 20 }),
        ),
        {
          maxLength: 3500,
          size: 'max',
        },
      ),
      fc.integer({ min: 0, max: 1200 }),
    ],
    // No shrinking: a failure on thousands of devices is read from its seed, not shrunk for minutes.
    { numRuns: 40, endOnFailure: true },
  )('are the first listLimit of a full sort, for any fleet and limit', async (fleet, limit) => {
    const results = fleet.map(([r, d], i) => behindDevice(i, r, d));
    const summary = await complianceSummary(results, { asOf: '2026-11-30', listLimit: limit });
    const far = 1e9;
    const releases = (r: FleetResult): number => (r.ok ? (r.releasesBehind ?? far) : far);
    const days = (r: FleetResult): number => (r.ok ? (r.daysBehind ?? far) : far);
    const expected = [...results]
      .sort((a, b) => releases(b) - releases(a) || days(b) - days(a) || a.index - b.index)
      .slice(0, limit)
      .map((r) => r.index);
    expect(summary.behind.map((d) => d.index)).toEqual(expected);
    expect(summary.devicesBehind).toBe(results.length);
  });
});
