import { describe, expect, it } from 'vitest';
import { parseDevice } from '../../src/index.js';
import { ELIGIBLE_CLIENT } from '../support/devices.js';

const base = { ...ELIGIBLE_CLIENT, build: '26100.7392' };
const code = (record: unknown): string => {
  try {
    parseDevice(record);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('parseDevice reads a device record strictly', () => {
  it('edition: a name of 1 to 64 characters', () => {
    expect(code({ ...base, edition: 'E'.repeat(64) })).toBe('ok');
    for (const edition of ['', 'E'.repeat(65), 42, null]) expect(code({ ...base, edition })).toBe('E_DEVICE');
  });
  it("the build must be 10.0.<the product's OS build>", () => {
    expect(parseDevice({ ...base, build: '10.0.26100.7392' }).build).toBe('26100.7392');
    expect(code({ ...base, build: '6.3.26100.7392' })).toBe('E_BUILD_PRODUCT');
    expect(code({ ...base, build: '10.1.26100.7392' })).toBe('E_BUILD_PRODUCT');
    expect(code({ ...base, build: '26200.7392' })).toBe('E_BUILD_PRODUCT');
  });
  it('without a product, the build and edition say which', () => {
    const { product: _, ...rest } = base;
    expect(parseDevice({ ...rest, build: '26100.1' }).product).toBe('windows-11-24h2');
    expect(parseDevice({ ...rest, build: '26100.1', edition: 'Datacenter' }).product).toBe('windows-server-2025');
    expect(parseDevice({ ...rest, build: '26200.1' }).product).toBe('windows-11-25h2');
    expect(parseDevice({ ...rest, build: '26300.1' }).product).toBe('windows-11-26h2');
    expect(parseDevice({ ...rest, build: '20348.1', edition: 'Datacenter: Azure Edition' }).product).toBe(
      'windows-server-2022-azure-edition',
    );
    expect(code({ ...rest, build: '22631.1' })).toBe('E_UNKNOWN_PRODUCT');
    expect(parseDevice({ ...base, product: '' }).product).toBe('windows-11-24h2');
  });
  it('booleans: true, false, or their text as exports write them; nothing else', () => {
    expect(parseDevice({ ...base, vbsRunning: 'false', chpeDisabled: 'true' })).toMatchObject({
      vbsRunning: false,
      chpeDisabled: true,
    });
    for (const vbsRunning of ['yes', 1, 'TRUE']) expect(code({ ...base, vbsRunning })).toBe('E_DEVICE');
  });
  it('installedSinceBaseline: a list of at most 24 { kind, month } records', () => {
    const one = { kind: 'preview', month: '2026-02' };
    expect(parseDevice({ ...base, installedSinceBaseline: Array(24).fill(one) }).installedSinceBaseline).toHaveLength(
      24,
    );
    expect(code({ ...base, installedSinceBaseline: Array(25).fill(one) })).toBe('E_DEVICE');
    expect(code({ ...base, installedSinceBaseline: one })).toBe('E_DEVICE');
    for (const bad of [null, [one], 'preview'])
      expect(code({ ...base, installedSinceBaseline: [bad] })).toBe('E_DEVICE');
    expect(code({ ...base, installedSinceBaseline: [{ ...one, extra: 1 }] })).toBe('E_DEVICE');
    expect(code({ ...base, installedSinceBaseline: [{ ...one, kind: 'lcu' }] })).toBe('E_DEVICE');
  });
  it('a license left empty is no license; the policy defaults to "default"', () => {
    const { hotpatchPolicy: _, ...rest } = base;
    const d = parseDevice({ ...rest, license: '' });
    expect(d.license).toBeUndefined();
    expect(d.hotpatchPolicy).toBe('default');
  });
});
