import { describe, expect, it } from 'vitest';
import { forecastFleet, forecastFleetSync, type FleetResult } from '../../src/index.js';
import { ELIGIBLE_FLEET_ROW } from '../support/devices.js';

const row = ELIGIBLE_FLEET_ROW;
const one = (record: unknown, asOf = '2026-11-28'): FleetResult =>
  [...forecastFleetSync([record], { asOf })][0] as FleetResult;

describe('fleet input', () => {
  it('devices must be an iterable (or, for forecastFleet, an async iterable) of records', async () => {
    for (const bad of [null, 42, {}, 'text'])
      expect(() => forecastFleetSync(bad as never, { asOf: '2026-11-28' })).toThrow(
        expect.objectContaining({ code: 'E_TYPE' }),
      );
    for (const bad of [null, 42, {}, 'text'])
      expect(() => forecastFleet(bad as never, { asOf: '2026-11-28' })).toThrow(
        expect.objectContaining({ code: 'E_TYPE' }),
      );
    const fromArray: FleetResult[] = [];
    for await (const r of forecastFleet([{ ...row, osVersion: '10.0.26100.9106' }], { asOf: '2026-11-28' }))
      fromArray.push(r);
    expect(fromArray).toHaveLength(1);
  });
  it('results are numbered in input order, also from an async source', async () => {
    async function* source(): AsyncGenerator<unknown> {
      for (let i = 0; i < 4; i++) yield { ...row, osVersion: '10.0.26100.9106' };
    }
    const indexes: number[] = [];
    for await (const r of forecastFleet(source(), { asOf: '2026-11-28' })) indexes.push(r.index);
    expect(indexes).toEqual([0, 1, 2, 3]);
  });
  it('the horizon may reach December 9999, not beyond', () => {
    expect(() => forecastFleetSync([], { asOf: '9998-12-01', horizonMonths: 12 })).not.toThrow();
    expect(() => forecastFleetSync([], { asOf: '9999-01-01', horizonMonths: 12 })).toThrow(
      expect.objectContaining({ code: 'E_DATE_RANGE' }),
    );
  });
  it('ids: text (at most 200 characters) or a finite number; anything else is no id', () => {
    expect(one({ id: 'PC-1', ...row, osVersion: '10.0.26100.9106' }).id).toBe('PC-1');
    expect(one({ id: 'x'.repeat(300), ...row, osVersion: '10.0.26100.9106' }).id).toHaveLength(200);
    expect(one({ id: 7, ...row, osVersion: '10.0.26100.9106' }).id).toBe('7');
    expect(one({ id: Number.NaN, ...row, osVersion: '10.0.26100.9106' }).id).toBeNull();
    expect(one({ ...row, osVersion: '10.0.26100.9106' }).id).toBeNull();
  });
  it('a record that is not an object is an error result with no id, and the stream goes on', () => {
    const results = [
      ...forecastFleetSync([[], null, 42, { ...row, osVersion: '10.0.26100.9106' }], { asOf: '2026-11-28' }),
    ];
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['E_DEVICE', 'E_DEVICE', 'E_DEVICE', 'ok']);
    expect(results.slice(0, 3).map((r) => r.id)).toEqual([null, null, null]);
  });
});

describe('fleet answers', () => {
  it('a build between known releases has no currency verdict; newer is current; older is far behind', () => {
    expect(one({ ...row, osVersion: '10.0.26100.7700' })).toMatchObject({
      buildPlacement: 'between-releases',
      current: null,
      releasesBehind: null,
      daysBehind: null,
      complianceNote: 'unknown-build',
    });
    expect(one({ ...row, osVersion: '10.0.26100.99999' })).toMatchObject({
      current: true,
      releasesBehind: 0,
      daysBehind: 0,
      complianceNote: 'newer-than-data',
    });
    expect(one({ ...row, product: 'windows-11-25h2', osVersion: '10.0.26200.100' })).toMatchObject({
      current: false,
      releasesBehind: null,
      daysBehind: null,
      complianceNote: 'older-than-data',
    });
  });
  it('outside the program a device restarts at the next Patch Tuesday: the same day when the as-of day is one', () => {
    const w11 = { ...row, edition: 'Enterprise', osVersion: '10.0.22631.6199' }; // 23H2: serviced to 2026-11-10
    expect(one(w11, '2026-08-11')).toMatchObject({
      nextRestart: { date: '2026-08-11', reason: 'monthly-lcu', kb: null },
    });
    expect(one(w11, '2026-08-12')).toMatchObject({
      nextRestart: { date: '2026-09-08', reason: 'monthly-lcu', kb: null },
    });
  });
  it('Windows 10 22H2 is past its end (2025-10-14): no restart ahead, END_OF_SERVICING, not current; with ESU it goes on', () => {
    const win10 = { ...row, edition: 'Enterprise', osVersion: '10.0.19045.6216' };
    expect(one(win10, '2026-08-12')).toMatchObject({
      nextRestart: null,
      reasons: ['NOT_A_HOTPATCH_PRODUCT', 'END_OF_SERVICING'],
      current: false,
      complianceNote: 'end-of-servicing',
      servicingEnd: '2025-10-14',
    });
    expect(one({ ...win10, esu: true }, '2026-08-12')).toMatchObject({
      nextRestart: { date: '2026-09-08', reason: 'monthly-lcu', kb: null },
      servicingEnd: '2028-10-10',
    });
    expect(one({ ...win10, edition: 'Pro', esu: 'true' }, '2026-12-01')).toMatchObject({
      nextRestart: null,
      servicingEnd: '2026-10-13',
    });
  });
  it('a record that names a hotpatch product with a build of another Windows is an error, not "outside the program"', () => {
    const r = one({ ...row, product: 'windows-11-24h2', osVersion: '10.0.19045.6216' });
    expect(r.ok ? 'ok' : r.error.code).toBe('E_BUILD_PRODUCT');
  });
});

describe('Windows names in fleet answers', () => {
  const name = (edition: string, osVersion: string): string | null => {
    const r = one({ ...row, edition, osVersion });
    return r.ok ? r.windows : null;
  };
  it('a version the table does not name is named by its OS build, as a server when the edition says so', () => {
    expect(name('Enterprise', '10.0.18363.1')).toBe('Windows (OS build 18363)');
    expect(name('Datacenter', '10.0.18363.1')).toBe('Windows Server (OS build 18363)');
    expect(name('Standard', '10.0.14393.1')).toBe('Windows Server 2016');
    expect(name('Enterprise', '10.0.14393.1')).toBe('Windows 10 1607 (LTSB 2016)');
  });
  it('program builds are named by product and edition', () => {
    expect(name('Datacenter', '10.0.26100.33296')).toBe('Windows Server 2025 Datacenter');
    // A client-only revision (the August 2026 hotpatch) on a server edition is refused, not renamed.
    expect(name('Datacenter', '10.0.26100.9106')).toBeNull();
    expect(name('Education', '10.0.26200.9106')).toBe('Windows 11 Education, version 25H2');
    expect(name('Enterprise LTSC', '10.0.26200.9106')).toBe('Windows 11 Enterprise LTSC, version 25H2');
    expect(name('Datacenter: Azure Edition', '10.0.20348.4052')).toBe('Windows Server 2022 Datacenter: Azure Edition');
  });
});
