import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { PROFILE_LIMIT, fleetJsonLine, profileMemo } from '../../src/cli/fleet-memo.js';
import { fleetForecaster } from '../../src/index.js';

// Devices that differ only in their name are forecast once: the results and the JSON lines must be exactly the
// forecaster's own, whatever the records hold, however many profiles a fleet has.
const forecaster = () => fleetForecaster({ asOf: { year: 2026, month: 11, day: 30 } });

// Few values per field, so that profiles repeat; texts that look like the key's own length prefixes too.
const value = fc.constantFrom('', '1:a', '3:abc', 'x', 'Enterprise', 'Pro', 'Datacenter', 'true', 'false');
const record = fc.record(
  {
    id: fc.oneof(fc.constantFrom('PC-1', 'PC-2', ''), fc.string({ maxLength: 250 }), fc.integer(), fc.constant(null)),
    osVersion: fc.constantFrom('10.0.26100.9106', '10.0.26100.7623', '10.0.26100.32230', '10.0.19045.6456', 'junk', ''),
    edition: fc.constantFrom('Enterprise', 'Pro', 'Datacenter', ''),
    management: fc.constantFrom('intune', 'none', 'azure-arc'),
    license: value,
    hotpatchPolicy: fc.constantFrom('enabled', 'disabled', 'x'),
    vbsRunning: fc.oneof(fc.boolean(), value),
    product: fc.constantFrom('', 'windows-server-2025', 'windows-11-24h2'),
  },
  { requiredKeys: ['osVersion'] },
);

describe('fleet profiles', () => {
  // A memo over the forecaster that counts the forecasts it asks for.
  const counted = (limit: number) => {
    const inner = forecaster();
    const counter = { calls: 0 };
    const kept = profileMemo((r, i) => {
      counter.calls++;
      return inner(r, i);
    }, limit);
    return { counter, kept };
  };
  const device = (n: number) => ({ id: `PC-${n}`, osVersion: `10.0.26100.${1000 + n}` });

  test.prop([fc.array(record, { maxLength: 60 }), fc.integer({ min: 1, max: 8 })])(
    'the kept results equal the forecaster’s for any records, and their JSON lines equal JSON.stringify',
    (records, limit) => {
      const plain = forecaster();
      const kept = profileMemo(forecaster(), limit);
      records.forEach((r, i) => {
        const expected = plain(r, i);
        const actual = kept({ ...r }, i);
        // Its fields as any consumer sees them (the serialised-tail symbol aside), in the same order.
        expect(Object.fromEntries(Object.entries(actual))).toEqual(expected);
        expect(Object.keys(actual)).toEqual(Object.keys(expected));
        expect(fleetJsonLine(actual)).toBe(`${JSON.stringify(expected)}\n`);
      });
    },
  );

  it('a profile is forecast once; a record that is no device is forecast every time (its message names it)', () => {
    const { counter, kept } = counted(PROFILE_LIMIT);
    for (let i = 0; i < 100; i++) kept({ id: `PC-${i}`, osVersion: '10.0.26100.9106' }, i);
    expect(counter.calls).toBe(1);
    for (let i = 0; i < 3; i++) expect(kept({ id: `bad-${i}`, osVersion: 'junk' }, i).ok).toBe(false);
    expect(counter.calls).toBe(4);
  });

  it('records with one field’s text split differently across two fields are different profiles', () => {
    const kept = profileMemo(forecaster());
    const a = kept({ id: 'a', osVersion: '10.0.26100.9106', edition: 'Pro', license: '' }, 0);
    const b = kept({ id: 'b', osVersion: '10.0.26100.9106', edition: 'P', license: 'ro' }, 1);
    expect(a.ok && a.reasons).toContain('EDITION_NOT_SUPPORTED');
    expect(b).toEqual(forecaster()({ id: 'b', osVersion: '10.0.26100.9106', edition: 'P', license: 'ro' }, 1));
  });

  it('a fleet of distinct devices keeps at most the limit and then forecasts directly for a while', () => {
    const { counter, kept } = counted(4);
    const inner = forecaster();
    for (let i = 0; i < 200; i++)
      expect(Object.fromEntries(Object.entries(kept(device(i), i)))).toEqual(inner(device(i), i));
    expect(counter.calls).toBe(200);
    // The bypass lasts 16 × 4 records at most; then profiles are kept again: 200 repeats are not 200 forecasts.
    const before = counter.calls;
    for (let i = 0; i < 200; i++) kept(device(7), 200 + i);
    expect(counter.calls - before).toBeLessThanOrEqual(16 * 4 + 1);
  });

  // The exact sequence with a limit of 4: what is kept, when it starts over, and how long it goes straight to the
  // forecaster. Memory is only bounded if all three hold.
  it('full with no repeats: it starts over and forecasts the next 16 × limit records directly', () => {
    const { counter, kept } = counted(4);
    for (let n = 0; n < 5; n++) kept(device(n), n);
    expect(counter.calls).toBe(5);
    // The fifth profile found the memo full after no hits: 64 records go straight to the forecaster …
    for (let i = 0; i < 64; i++) kept(device(4), 5 + i);
    expect(counter.calls).toBe(5 + 64);
    // … then the fifth profile, kept when it started over, is found again.
    for (let i = 0; i < 10; i++) kept(device(4), 69 + i);
    expect(counter.calls).toBe(69);
  });

  it('full after as many hits as profiles: it starts over without going direct', () => {
    const { counter, kept } = counted(4);
    for (let i = 0; i < 5; i++) kept(device(0), i);
    for (let n = 1; n < 5; n++) kept(device(n), 4 + n);
    expect(counter.calls).toBe(5);
    for (let i = 0; i < 10; i++) kept(device(4), 9 + i);
    expect(counter.calls).toBe(5);
    // The first four were dropped when it started over.
    kept(device(0), 19);
    expect(counter.calls).toBe(6);
  });

  it('a record with a value that is not text, number, boolean or null is forecast on its own', () => {
    const { counter, kept } = counted(4);
    // A field present but undefined is a field left out (an export's empty column read by a script).
    const a = { id: 'a', osVersion: '10.0.26100.9106', license: undefined };
    const b = { id: 'b', osVersion: '10.0.26100.7623', license: undefined };
    for (const r of [a, b, a, b]) expect(kept(r, 0)).toEqual(forecaster()(r, 0));
    expect(counter.calls).toBe(4);
    // Texts, booleans and null are kept by their value.
    const more = [{ license: null }, { edition: 'Pro' }, { vbsRunning: true }, { vbsRunning: false }];
    for (const extra of [...more, ...more])
      expect(kept({ id: 'PC', osVersion: a.osVersion, ...extra }, 0).ok).toBe(true);
    expect(counter.calls).toBe(4 + 4);
  });
});
