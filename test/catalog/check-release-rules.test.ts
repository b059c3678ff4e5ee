import { describe, expect, it } from 'vitest';
import { createCatalog, releaseFor } from '../../src/index.js';
import { FORMAT_1_ENTRY, W11_RELEASE_INFO as URL } from '../support/catalog-entries.js';

const v1 = FORMAT_1_ENTRY;
const code = (entry: object): string => {
  try {
    createCatalog([entry]);
    return 'ok';
  } catch (error) {
    return (error as { code: string }).code;
  }
};

describe('a release entry is checked against the cadence and its own fields', () => {
  it('kinds that belong to hotpatch months are refused in a planned baseline month', () => {
    const april = { ...v1, month: '2027-04', date: '2027-04-13' };
    expect(code({ ...april, kind: 'unplanned-baseline' })).toBe('E_CATALOG');
    expect(code({ ...april, kind: 'hotpatch', restartRequired: false })).toBe('E_CATALOG');
    expect(code({ ...april, kind: 'lcu', channel: 'standard' })).toBe('E_CATALOG');
    expect(code({ ...april, kind: 'baseline' })).toBe('ok');
    expect(code({ ...v1, kind: 'oob-hotpatch', restartRequired: false, date: '2027-05-20' })).toBe('ok');
  });
  it('sources: 1 to 10 https URLs of at most 300 characters', () => {
    const long = `https://learn.microsoft.com/${'a'.repeat(300 - 'https://learn.microsoft.com/'.length)}`;
    expect(long).toHaveLength(300);
    expect(code({ ...v1, urls: [long] })).toBe('ok');
    expect(code({ ...v1, urls: [`${long}a`] })).toBe('E_CATALOG');
    expect(code({ ...v1, urls: Array.from({ length: 10 }, (_, i) => `${URL}#${i}`) })).toBe('ok');
    expect(code({ ...v1, urls: Array.from({ length: 11 }, (_, i) => `${URL}#${i}`) })).toBe('E_CATALOG');
    expect(code({ ...v1, urls: [42] })).toBe('E_CATALOG');
    expect(code({ ...v1, urls: ['http://learn.microsoft.com/x'] })).toBe('E_CATALOG');
  });
  it('a note is text of at most 500 characters, and is kept', () => {
    expect(code({ ...v1, note: 'n'.repeat(500) })).toBe('ok');
    expect(code({ ...v1, note: 'n'.repeat(501) })).toBe('E_CATALOG');
    expect(code({ ...v1, note: 5 })).toBe('E_CATALOG');
    const mine = createCatalog([{ ...v1, note: 'from the release notes' }]);
    expect(releaseFor('windows-11-24h2', '2027-05', 'hotpatch', { catalog: mine }).note).toBe('from the release notes');
    expect('note' in releaseFor('windows-11-24h2', '2027-05', 'hotpatch', { catalog: createCatalog([v1]) })).toBe(
      false,
    );
  });
  it('the KB article comes first among the sources, once', () => {
    const kbUrl = 'https://support.microsoft.com/help/5999001';
    const mine = createCatalog([{ ...v1, kb: 'KB5999001', urls: [URL, kbUrl] }]);
    expect(releaseFor('windows-11-24h2', '2027-05', 'hotpatch', { catalog: mine }).urls).toEqual([kbUrl, URL]);
  });
});
