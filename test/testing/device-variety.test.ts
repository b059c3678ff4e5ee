import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeviceProfile, ProductId } from '../../src/index.js';
import { deviceProfileArbitrary, type UnmetPrerequisite } from '../../src/testing/index.js';

// The kit finds a scheduler's bug only if its devices reach the setup the bug is about. These tests state which
// setups the generator reaches: every eligible setup Microsoft documents for each product, and every way a real
// device misses each prerequisite (the rules: docs/concepts.md). A prerequisite that does not apply to a product
// (VBS on a server) is asked of the products it applies to.

const CLIENTS: readonly ProductId[] = ['windows-11-24h2', 'windows-11-25h2', 'windows-11-26h2'];
const devices = (constraints: Parameters<typeof deviceProfileArbitrary>[0]): DeviceProfile[] =>
  fc.sample(deviceProfileArbitrary({ offTrack: false, ...constraints }), { numRuns: 1_500, seed: 11 });
const seen = (list: DeviceProfile[], key: (d: DeviceProfile) => unknown): Set<string> =>
  new Set(list.map((d) => JSON.stringify(key(d))));
const set = (...values: unknown[]): Set<string> => new Set(values.map((v) => JSON.stringify(v)));

describe('eligible devices reach every documented setup', () => {
  it('clients: Enterprise and Education, Intune and Autopatch, x64 and Arm64 with CHPE off; policy enabled, VBS on', () => {
    const list = devices({ eligible: true, products: CLIENTS });
    expect(seen(list, (d) => [d.edition, d.architecture, d.chpeDisabled ?? null, d.management])).toEqual(
      set(
        ...['Enterprise', 'Education'].flatMap((edition) =>
          ['intune', 'autopatch'].flatMap((management) => [
            [edition, 'x64', null, management],
            [edition, 'arm64', true, management],
          ]),
        ),
      ),
    );
    expect(seen(list, (d) => [d.hotpatchPolicy, d.vbsRunning])).toEqual(set(['enabled', true]));
  });
  it('Server 2025: Azure Edition on Azure or Azure Local, Standard or Datacenter through Azure Arc; x64 only', () => {
    const list = devices({ eligible: true, products: ['windows-server-2025'] });
    expect(seen(list, (d) => [d.edition, d.management, d.architecture])).toEqual(
      set(
        ['Datacenter: Azure Edition', 'azure', 'x64'],
        ['Datacenter: Azure Edition', 'azure-local', 'x64'],
        ['Standard', 'azure-arc', 'x64'],
        ['Datacenter', 'azure-arc', 'x64'],
      ),
    );
  });
  it('Server 2022: Azure Edition on Azure or Azure Local', () => {
    const list = devices({ eligible: true, products: ['windows-server-2022-azure-edition'] });
    expect(seen(list, (d) => [d.edition, d.management])).toEqual(
      set(['Datacenter: Azure Edition', 'azure'], ['Datacenter: Azure Edition', 'azure-local']),
    );
  });
});

describe('ineligible devices miss each prerequisite in every way real devices do', () => {
  const missing = (unmet: UnmetPrerequisite, products?: readonly ProductId[]) =>
    devices({ eligible: false, unmet: [unmet], ...(products ? { products } : {}) });
  it('the edition: Pro, Home, LTSC, Pro Education on clients; Essentials through Arc on Server 2025; plain editions on 2022', () => {
    expect(seen(missing('EDITION_NOT_SUPPORTED', CLIENTS), (d) => d.edition)).toEqual(
      set('Pro', 'Home', 'Enterprise LTSC', 'Pro Education'),
    );
    expect(seen(missing('EDITION_NOT_SUPPORTED', ['windows-server-2025']), (d) => [d.edition, d.management])).toEqual(
      set(['Essentials', 'azure-arc']),
    );
    expect(seen(missing('EDITION_NOT_SUPPORTED', ['windows-server-2022-azure-edition']), (d) => d.edition)).toEqual(
      set('Datacenter', 'Standard'),
    );
  });
  it('the licence: another one, or none stated', () => {
    expect(seen(missing('LICENSE_NOT_QUALIFYING'), (d) => d.license ?? null)).toEqual(set('other', null));
  });
  it('VBS: off, or not reported', () => {
    expect(seen(missing('VBS_NOT_RUNNING', CLIENTS), (d) => d.vbsRunning ?? null)).toEqual(set(false, null));
  });
  it('the management: every other kind, per product', () => {
    expect(seen(missing('MANAGEMENT_NOT_SUPPORTED', CLIENTS), (d) => d.management)).toEqual(
      set('none', 'azure-arc', 'azure', 'azure-local'),
    );
    const s25 = missing('MANAGEMENT_NOT_SUPPORTED', ['windows-server-2025']);
    expect(seen(s25, (d) => [d.edition === 'Datacenter: Azure Edition', d.management])).toEqual(
      set([false, 'azure'], [false, 'none'], [true, 'none'], [true, 'intune']),
    );
    expect(
      seen(missing('MANAGEMENT_NOT_SUPPORTED', ['windows-server-2022-azure-edition']), (d) => d.management),
    ).toEqual(set('none', 'intune', 'azure-arc'));
  });
  it('Arm64 with CHPE: turned on, or not reported', () => {
    expect(seen(missing('ARM64_CHPE_ENABLED', CLIENTS), (d) => [d.architecture, d.chpeDisabled ?? null])).toEqual(
      set(['arm64', false], ['arm64', null]),
    );
  });
  it('the policy: disabled, or left at default (a client then in a tenant that opted out)', () => {
    expect(seen(missing('HOTPATCH_POLICY_DISABLED'), (d) => d.hotpatchPolicy)).toEqual(set('disabled'));
    const notEnabled = missing('HOTPATCH_POLICY_NOT_ENABLED');
    expect(seen(notEnabled, (d) => [CLIENTS.includes(d.product), d.hotpatchPolicy, d.tenantOptOut ?? false])).toEqual(
      set([true, 'default', true], [false, 'default', false]),
    );
  });
  it('the build minimum: a Windows 11 24H2 build below 26100.2033', () => {
    const below = missing('BUILD_BELOW_MINIMUM', ['windows-11-24h2']);
    expect(seen(below, (d) => Number(d.build.split('.').at(-1)) < 2033)).toEqual(set(true));
  });
});
