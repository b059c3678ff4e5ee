import { describe, expect, it } from 'vitest';
import { forecastFleet, forecastFleetSync } from '../../src/index.js';

const row = {
  edition: 'Enterprise',
  architecture: 'x64',
  license: 'microsoft-365-e3',
  vbsRunning: 'true',
  hotpatchPolicy: 'enabled',
  management: 'intune',
};
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
        buildPlacement: 'known',
        current: true,
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
        buildPlacement: 'known',
        current: true,
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
        buildPlacement: 'known',
        current: false,
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
  it('currency is unknown (null) when the latest Patch Tuesday is not in the data', () => {
    const [r] = [...forecastFleetSync([{ ...row, osVersion: '10.0.26100.9106' }], { asOf: '2027-03-20' })];
    expect(r).toMatchObject({ ok: true, current: null });
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
