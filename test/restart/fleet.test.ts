import { describe, expect, it } from 'vitest';
import { forecastFleet, forecastFleetSync } from '../../src/index.js';
import { ELIGIBLE_FLEET_ROW } from '../support/devices.js';

const row = ELIGIBLE_FLEET_ROW;
const asOf = { year: 2026, month: 8, day: 20 };

describe('forecastFleet', () => {
  it('forecasts each device: identity, currency, eligibility and next restart', () => {
    const results = [
      ...forecastFleetSync(
        [
          { id: 'a', ...row, osVersion: '10.0.26100.9106' },
          { id: 'b', ...row, osVersion: '10.0.26100.9168', edition: 'Pro' },
          { id: 'c', ...row, osVersion: '10.0.26100.8390' },
        ],
        { asOf },
      ),
    ];
    expect(results).toEqual([
      {
        index: 0,
        id: 'a',
        ok: true,
        product: 'windows-11-24h2',
        build: '26100.9106',
        identity: { month: '2026-08', channel: 'hotpatch', kind: 'hotpatch', kb: 'KB5120994' },
        windows: 'Windows 11 Enterprise, version 24H2',
        servicingEnd: '2027-10-12',
        buildPlacement: 'known',
        current: true,
        releasesBehind: 0,
        daysBehind: 0,
        complianceNote: null,
        assumed: [],
        eligible: true,
        reasons: [],
        // September's hotpatch channel is not in the data: a possible restart, not "no restart".
        nextRestart: { date: '2026-09-08', reason: 'unknown-release', kb: null },
      },
      {
        index: 1,
        id: 'b',
        ok: true,
        product: 'windows-11-24h2',
        build: '26100.9168',
        identity: { month: '2026-08', channel: 'standard', kind: 'lcu', kb: 'KB5121003' },
        windows: 'Windows 11 Pro, version 24H2',
        servicingEnd: '2026-10-13',
        buildPlacement: 'known',
        current: true,
        releasesBehind: 0,
        daysBehind: 0,
        complianceNote: null,
        assumed: [],
        eligible: false,
        reasons: ['EDITION_NOT_SUPPORTED'],
        nextRestart: { date: '2026-09-08', reason: 'monthly-lcu', kb: 'KB5124008' },
      },
      {
        index: 2,
        id: 'c',
        ok: true,
        product: 'windows-11-24h2',
        build: '26100.8390',
        identity: { month: '2026-05', channel: 'hotpatch', kind: 'hotpatch', kb: 'KB5089466' },
        windows: 'Windows 11 Enterprise, version 24H2',
        servicingEnd: '2027-10-12',
        buildPlacement: 'known',
        current: false,
        // June, July and August 2026 are missing; the first of them was published on 2026-06-09, 72 days before.
        releasesBehind: 3,
        daysBehind: 72,
        complianceNote: null,
        assumed: [],
        eligible: true,
        reasons: [],
        nextRestart: { date: '2026-09-08', reason: 'catch-up-baseline', kb: 'KB5101650' },
      },
    ]);
  });
  it('a bad record gives a coded error result and the stream goes on', () => {
    const results = [
      ...forecastFleetSync(
        [
          { id: 'x', ...row, osVersion: 'garbage' },
          JSON.parse('{"__proto__":{"p":1}}'),
          { id: 'ok', ...row, osVersion: '10.0.26100.9106' },
        ],
        { asOf },
      ),
    ];
    expect(results.map((r) => (r.ok ? 'ok' : r.error.code))).toEqual(['E_BUILD_FORMAT', 'E_DEVICE', 'ok']);
    expect(({} as Record<string, unknown>)['p']).toBeUndefined();
  });
  it('a known build is behind every month released since, even months not in the data (Microsoft releases monthly)', () => {
    const [r] = [...forecastFleetSync([{ ...row, osVersion: '10.0.26100.9106' }], { asOf: '2027-03-20' })];
    // September 2026 to March 2027: 7 releases; the first, 2026-09-08, was 193 days before.
    expect(r).toMatchObject({ ok: true, current: false, releasesBehind: 7, daysBehind: 193 });
  });
  it("an audit of a past day gives that day's answer: on the August 2026 Patch Tuesday itself the August build is current", () => {
    const [before, on] = ['2026-08-10', '2026-08-11'].map(
      (asOf) => [...forecastFleetSync([{ ...row, osVersion: '10.0.26100.9106' }], { asOf })][0],
    );
    expect(before).toMatchObject({ current: true, releasesBehind: 0 });
    expect(on).toMatchObject({ current: true });
    const [july] = [...forecastFleetSync([{ ...row, osVersion: '10.0.26100.8875' }], { asOf: '2026-08-11' })];
    expect(july).toMatchObject({ current: false, releasesBehind: 1, daysBehind: 0 });
  });
  it('every Windows version gets a verdict: outside the program it restarts every month, with a reason and its name', () => {
    const results = [
      ...forecastFleetSync(
        [
          { id: 'w10', edition: 'Enterprise', osVersion: '10.0.19045.6456' },
          { id: 'w11-23h2', edition: 'Enterprise', osVersion: '10.0.22631.6199' },
          { id: 's2019', edition: 'Datacenter', osVersion: '10.0.17763.8000' },
          { id: 'ltsc', edition: 'Enterprise LTSC', osVersion: '10.0.26100.9106' },
          { id: 's2022', edition: 'Datacenter', osVersion: '10.0.20348.4052' },
        ],
        { asOf: '2026-08-20' },
      ),
    ];
    expect(
      results.map(
        (r) => r.ok && [r.id, r.windows, r.product, r.reasons[0], r.nextRestart?.date, r.nextRestart?.reason],
      ),
    ).toEqual([
      // Windows 10 22H2 ended 2025-10-14: no update, so no restart ahead (ESU devices: see fleet-rules).
      ['w10', 'Windows 10 22H2', null, 'NOT_A_HOTPATCH_PRODUCT', undefined, undefined],
      ['w11-23h2', 'Windows 11 23H2', null, 'NOT_A_HOTPATCH_PRODUCT', '2026-09-08', 'monthly-lcu'],
      ['s2019', 'Windows Server 2019', null, 'NOT_A_HOTPATCH_PRODUCT', '2026-09-08', 'monthly-lcu'],
      // LTSC and Server 2022 without Azure Edition share a hotpatch product's builds, not its name or its program.
      [
        'ltsc',
        'Windows 11 Enterprise LTSC 2024',
        'windows-11-24h2',
        'EDITION_NOT_SUPPORTED',
        '2026-09-08',
        'monthly-lcu',
      ],
      [
        's2022',
        'Windows Server 2022 Datacenter',
        'windows-server-2022-azure-edition',
        'EDITION_NOT_SUPPORTED',
        '2026-09-08',
        'monthly-lcu',
      ],
    ]);
  });
  it('fields a record lacks are assumed, and the result says which; overrides apply', () => {
    const [r] = [
      ...forecastFleetSync([{ edition: 'Enterprise', osVersion: '10.0.26100.9106' }], { asOf: '2026-08-20' }),
    ];
    expect(r).toMatchObject({
      ok: true,
      eligible: true,
      assumed: ['architecture', 'license', 'vbsRunning', 'hotpatchPolicy', 'management'],
    });
    const [bare] = [...forecastFleetSync([{ osVersion: '10.0.26100.9106' }], { asOf: '2026-08-20' })];
    expect(bare).toMatchObject({
      ok: true,
      eligible: true,
      assumed: ['edition', 'architecture', 'license', 'vbsRunning', 'hotpatchPolicy', 'management'],
    });
    const [strict] = [
      ...forecastFleetSync([{ edition: 'Enterprise', osVersion: '10.0.26100.9106' }], {
        asOf: '2026-08-20',
        assume: { vbsRunning: false },
      }),
    ];
    expect(strict).toMatchObject({ ok: true, eligible: false, reasons: ['VBS_NOT_RUNNING'] });
  });
  it('on 2026-11-28 the November cumulative update (x.9974, from the CVE records) is in the data: an August build is not current', () => {
    const [r] = [...forecastFleetSync([{ ...row, osVersion: '10.0.26100.9106' }], { asOf: '2026-11-28' })];
    expect(r).toMatchObject({ ok: true, current: false });
  });
  it('places a build the data does not know: newer than every release is assumed current, older is far behind', () => {
    const results = [
      ...forecastFleetSync(
        [
          { ...row, osVersion: '10.0.26100.99999' },
          { ...row, product: 'windows-11-25h2', osVersion: '10.0.26200.100' },
        ],
        { asOf: '2026-11-28' },
      ),
    ];
    expect(results.map((r) => r.ok && [r.buildPlacement, r.nextRestart?.reason])).toEqual([
      ['newer-than-data', 'planned-baseline'],
      ['older-than-data', 'catch-up-baseline'],
    ]);
  });
  it('streams async iterables lazily, one result per record', async () => {
    let produced = 0;
    async function* source(): AsyncGenerator<unknown> {
      for (let i = 0; i < 5; i++) {
        produced++;
        yield { id: String(i), ...row, osVersion: '10.0.26200.9106' };
      }
    }
    const it = forecastFleet(source(), { asOf });
    const first = await it.next();
    expect(produced).toBe(1);
    expect(first.value).toMatchObject({ index: 0, product: 'windows-11-25h2' });
    let n = 1;
    for await (const _ of it) n++;
    expect(n).toBe(5);
  });
  it('rejects bad options and non-iterables eagerly', () => {
    expect(() => forecastFleetSync(42 as never, { asOf })).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
    expect(() => forecastFleetSync([], { asOf, horizonMonths: 0 })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
    expect(() => forecastFleet([], {} as never)).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
  });
});
