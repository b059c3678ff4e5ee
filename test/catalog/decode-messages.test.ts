import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS, createCatalog, releaseFor } from '../../src/index.js';

// Every malformed catalog input is refused with E_CATALOG and a message that names the entry and the field that
// is wrong, so a person fixing an overlay file knows where to look. A bare code check is not enough: several
// checks throw the same code, so a missing check would hide behind a later one.

const URL = 'https://learn.microsoft.com/en-us/windows/release-health/windows11-release-information';
// A format-1 entry (the shape of 0.1 overlays): every field written out.
const v1 = {
  product: 'windows-11-24h2',
  channel: 'hotpatch',
  month: '2027-05',
  kind: 'hotpatch',
  kb: 'KB5999101',
  build: '26100.12001',
  date: '2027-05-11',
  restartRequired: false,
  urls: [URL],
};
// A format-2 entry.
const v2 = {
  products: ['windows-11-25h2'],
  kind: 'hotpatch',
  date: '2027-05-11',
  kb: 'KB5999201',
  ubr: 12001,
  sources: ['w11-release-info'],
};
const doc = (fields: object) => ({ formatVersion: 2, retrieved: '2026-11-20', sources: {}, releases: [], ...fields });

/** 'ok', or the error's code and message. */
const outcome = (input: unknown): string => {
  try {
    createCatalog(input as never);
    return 'ok';
  } catch (error) {
    return `${(error as { code: string }).code}: ${(error as Error).message}`;
  }
};
const without = (record: Record<string, unknown>, key: string) =>
  Object.fromEntries(Object.entries(record).filter(([k]) => k !== key));

describe('a catalog document is refused when its shape is wrong, with what was expected', () => {
  it('input that is neither a document nor a list', () => {
    for (const input of [42, 'catalog', null, true])
      expect(outcome(input)).toMatch(
        /^E_CATALOG: createCatalog: input .* is not a catalog; expected a catalog document/,
      );
  });
  it('an unsupported format version, and a version-1 or version-2 document with a field it does not have', () => {
    expect(outcome({ formatVersion: 4 })).toMatch(/formatVersion 4 is not supported; expected 3 or 2/);
    expect(outcome({ schemaVersion: 1, retrieved: '2026-11-20', entries: [], extra: 1 })).toMatch(
      /createCatalog: document: field "extra" is not accepted; expected only schemaVersion, retrieved, entries/,
    );
    expect(outcome(doc({ extra: 1 }))).toMatch(/createCatalog: document: field "extra" is not accepted/);
  });
  it('a sources table that is not an object of id → URL, or names a forbidden key', () => {
    for (const sources of [[], null, 'w11', 5])
      expect(outcome(doc({ sources }))).toMatch(/createCatalog: sources .* is not an object of id → URL/);
    const hostile = JSON.parse('{"__proto__": "https://example.com"}');
    expect(outcome(doc({ sources: hostile }))).toMatch(/createCatalog: sources: key "__proto__" is not allowed/);
    expect(outcome(doc({ sources: { mine: 'https://example.com/a' } }))).toBe('ok');
  });
  it('releases (format 2) or entries (format 1) that are not a list', () => {
    expect(outcome(doc({ releases: {} }))).toMatch(/createCatalog: releases \{.*\} is not a list of entries/);
    expect(outcome({ schemaVersion: 1, retrieved: '2026-11-20', entries: 'x' })).toMatch(
      /releases "x" is not a list of entries/,
    );
  });
  it('a data date that is missing, not text, or not a date', () => {
    expect(outcome(doc({ retrieved: 20261120 }))).toMatch(/retrieved 20261120 is not a date; expected 'YYYY-MM-DD'/);
    expect(outcome(without(doc({}), 'retrieved'))).toMatch(/retrieved undefined is not a date/);
    expect(outcome(doc({ retrieved: '2026-02-30' }))).toMatch(/^E_DATE/);
    expect(outcome({ schemaVersion: 1, retrieved: 7, entries: [] })).toMatch(/retrieved 7 is not a date/);
  });
  it('at most 100,000 entries, counted before any entry is read', () => {
    const nulls = (n: number) => Array.from({ length: n }, () => null);
    expect(outcome(nulls(100_001))).toMatch(/createCatalog: 100001 entries; expected at most 100000/);
    expect(outcome(nulls(100_000))).toMatch(/createCatalog: entry 0: null is not an object/);
  });
  it('an entry that is not a record, named by its position', () => {
    expect(outcome([v2, 5])).toMatch(/createCatalog: entry 1: 5 is not an object; expected a release record/);
    expect(outcome([[v2]])).toMatch(/createCatalog: entry 0: .* is not an object/);
  });
  it('a later entry is named by its own position in the checks every release passes', () => {
    const second = { ...v2, date: '2027-06-08', kb: 'KB5999202', ubr: 12002 };
    expect(outcome([v2, { ...second, date: '2027-07-14' }])).toMatch(
      /createCatalog: entry 1: kind 'hotpatch' on 2027-07-14, in a planned baseline month; expected 'baseline'/,
    );
    expect(outcome([v2, { ...second, kb: 'KB12' }])).toMatch(/^E_KB_FORMAT: .*entry 1\.kb/);
  });
});

describe('format-1 entries: each field is checked, and what format 2 derives must agree', () => {
  it('a written-out entry is accepted', () => {
    expect(outcome([v1])).toBe('ok');
  });
  it('every required field, missing, is named', () => {
    for (const key of ['product', 'channel', 'month', 'kind', 'kb', 'build', 'date', 'restartRequired', 'urls'])
      expect(outcome([without(v1, key)])).toMatch(new RegExp(`createCatalog: entry 0: field '${key}' is missing`));
  });
  it('a channel or kind outside the lists', () => {
    expect(outcome([{ ...v1, channel: 'beta' }])).toMatch(/entry 0: channel "beta" is not 'hotpatch' or 'standard'/);
    expect(outcome([{ ...v1, kind: 'monthly' }])).toMatch(
      /entry 0: kind "monthly" is not one of baseline, unplanned-baseline, hotpatch, oob-hotpatch, lcu, oob-lcu, preview/,
    );
  });
  it('a kind on the wrong channel says which channel it belongs to', () => {
    expect(outcome([{ ...v1, channel: 'standard' }])).toMatch(
      /entry 0: kind 'hotpatch' belongs to the hotpatch channel, not 'standard'/,
    );
  });
  it("a month that is not 'YYYY-MM', anchored at both ends", () => {
    for (const month of [202705, '2027-5', 'x2027-05', '2027-05x', '2027-05-11'])
      expect(outcome([{ ...v1, month }])).toMatch(/entry 0: month .* is not 'YYYY-MM'/);
  });
  it('a date outside the month', () => {
    expect(outcome([{ ...v1, date: '2027-06-08' }])).toMatch(/entry 0: date "2027-06-08" is not in month 2027-05/);
  });
  it('restartRequired: a boolean that agrees with the kind', () => {
    expect(outcome([{ ...v1, restartRequired: 'no' }])).toMatch(/restartRequired "no" is not a boolean/);
    expect(outcome([{ ...v1, restartRequired: true }])).toMatch(/restartRequired true contradicts kind 'hotpatch'/);
  });
  it('urls: a list', () => {
    expect(outcome([{ ...v1, urls: URL }])).toMatch(/entry 0: urls "https:.*\.\.\. is not a list of https URLs/);
  });
  it('a build of Windows 10.0 only', () => {
    expect(outcome([{ ...v1, build: '6.3.26100.12001' }])).toMatch(/build "6.3.26100.12001" is not a Windows 10.0/);
    expect(outcome([{ ...v1, build: '10.1.26100.12001' }])).toMatch(/is not a Windows 10.0 build/);
    expect(outcome([{ ...v1, build: '6.0.26100.12001' }])).toMatch(/is not a Windows 10.0 build/);
    expect(outcome([{ ...v1, build: '10.0.26100.12001' }])).toBe('ok');
    expect(outcome([{ ...v1, build: null }])).toBe('ok');
  });
  it('a date that is not text reaches the common check and is named', () => {
    expect(outcome([{ ...v1, date: 20270511 }])).toMatch(/entry 0: date 20270511 is not 'YYYY-MM-DD'/);
  });
});

describe('format-2 entries', () => {
  it('every required field, missing, is named', () => {
    for (const key of ['kind', 'date', 'kb', 'sources'])
      expect(outcome([without(v2, key)])).toMatch(new RegExp(`entry 0: field '${key}' is missing`));
    // Without `products` the entry is read as format 1, which has no `ubr`.
    expect(outcome([without(v2, 'products')])).toMatch(/entry 0: field "ubr" is not accepted; expected only product,/);
  });
  it('products: a list of 1 to every product id, each once', () => {
    expect(outcome([{ ...v2, products: [] }])).toMatch(/products \[\] is not a list of 1 to 5 product ids/);
    expect(outcome([{ ...v2, products: 'windows-11-25h2' }])).toMatch(/is not a list of 1 to 5 product ids/);
    expect(outcome([{ ...v2, products: [...PRODUCT_IDS, 'windows-11-24h2'] }])).toMatch(/not a list of 1 to 5/);
    expect(outcome([{ ...v2, products: ['windows-11-25h2', 'windows-11-25h2'] }])).toMatch(/names a product twice/);
    // All products at once: an unplanned baseline with no numbers yet.
    const all = { ...v2, products: [...PRODUCT_IDS], kind: 'unplanned-baseline', kb: null, ubr: null };
    expect(outcome([all])).toBe('ok');
  });
  it('a kind outside the list', () => {
    expect(outcome([{ ...v2, kind: 'monthly' }])).toMatch(/entry 0: kind "monthly" is not one of baseline/);
  });
  it("'ubr' or 'build', not both; either may be null", () => {
    expect(outcome([{ ...v2, build: '26100.12001' }])).toMatch(/entry 0: give 'ubr' or 'build', not both/);
    expect(outcome([{ ...without(v2, 'ubr'), build: '26200.12001' }])).toBe('ok');
    const noBuild = createCatalog([{ ...without(v2, 'ubr'), build: null }]);
    expect(releaseFor('windows-11-25h2', '2027-05', 'hotpatch', { catalog: noBuild }).build).toBeNull();
    const nullUbr = createCatalog([{ ...v2, ubr: null }]);
    expect(releaseFor('windows-11-25h2', '2027-05', 'hotpatch', { catalog: nullUbr }).build).toBeNull();
  });
  it('ubr: an integer from 0 to 9,999,999', () => {
    for (const ubr of [-1, 1.5, '12001', 10_000_000])
      expect(outcome([{ ...v2, ubr }])).toMatch(/entry 0: ubr .* is not an integer from 0 to 9999999/);
    const at = (ubr: number) =>
      releaseFor('windows-11-25h2', '2027-05', 'hotpatch', { catalog: createCatalog([{ ...v2, ubr }]) }).build;
    expect([at(0), at(9_999_999)]).toEqual(['26200.0', '26200.9999999']);
  });
  it('sources: a list of source ids from the table, or https URLs written inline', () => {
    expect(outcome([{ ...v2, sources: 'w11-release-info' }])).toMatch(/entry 0: sources ".*" is not a list/);
    expect(outcome([{ ...v2, sources: ['no-such-source'] }])).toMatch(
      /entry 0: source id "no-such-source" is not in the sources table/,
    );
    const inline = createCatalog([{ ...v2, sources: [URL] }]);
    expect(releaseFor('windows-11-25h2', '2027-05', 'hotpatch', { catalog: inline }).urls).toContain(URL);
    expect(outcome([{ ...v2, sources: ['Not A URL'] }])).toMatch(/entry 0: url "Not A URL" is not an https URL/);
    expect(outcome([{ ...v2, sources: [42] }])).toMatch(/entry 0: url 42 is not an https URL/);
    expect(outcome([{ ...v2, sources: [] }])).toMatch(/entry 0: sources \[\] is not a list of 1 to 10 sources/);
  });
  it('the note is kept', () => {
    const noted = createCatalog([{ ...v2, note: 'from the release notes' }]);
    expect(releaseFor('windows-11-25h2', '2027-05', 'hotpatch', { catalog: noted }).note).toBe(
      'from the release notes',
    );
  });
  it('a baseline kind outside a planned baseline month says what to use instead', () => {
    expect(outcome([{ ...v2, kind: 'baseline' }])).toMatch(
      /entry 0: kind 'baseline' on 2027-05-11, in a planned hotpatch month; use 'unplanned-baseline'/,
    );
  });
});

describe('rules across entries', () => {
  it('two Patch Tuesday releases of one product, channel and month', () => {
    const a = { ...v1, kb: 'KB5999101' };
    const b = { ...v1, kb: 'KB5999102', build: '26100.12002', note: 'second' };
    expect(outcome({ schemaVersion: 1, retrieved: '2026-11-20', entries: [a, b] })).toMatch(
      /createCatalog: two entries replace the same release \(windows-11-24h2 hotpatch 2027-05 hotpatch\)/,
    );
  });
  it("a hotpatch month's channels: the standard one is a monthly cumulative update", () => {
    const standard = { ...v1, channel: 'standard', kind: 'unplanned-baseline', restartRequired: true, kb: 'KB5999103' };
    const build = '26100.12003';
    expect(outcome([v1, { ...standard, build }])).toMatch(
      /windows-11-24h2 2027-05 is a hotpatch month on the hotpatch channel but 'unplanned-baseline' on the standard channel/,
    );
  });
  it("a baseline's channels share KB and build; a missing number on one side is not a disagreement", () => {
    const base = { ...v1, kind: 'unplanned-baseline', restartRequired: true, kb: 'KB5999104' };
    const hot = { ...base, build: '26100.12004' };
    const std = { ...base, channel: 'standard' };
    expect(outcome([hot, { ...std, kb: 'KB5999105' }])).toMatch(/baselines share KB and build/);
    expect(outcome([hot, { ...std, build: '26100.12005' }])).toMatch(/baselines share KB and build/);
    expect(outcome([hot, { ...std, kb: null, build: null }])).toBe('ok');
    expect(
      outcome([
        { ...hot, kb: null },
        { ...std, build: null },
      ]),
    ).toBe('ok');
  });
  it('releases outside Patch Tuesday are told apart by KB, or by date and kind while the KB is unknown', () => {
    const oob = { ...v2, kind: 'oob-hotpatch', kb: null, ubr: null };
    expect(outcome([oob, { ...oob, date: '2027-05-20' }])).toBe('ok');
    expect(outcome([oob, { ...oob, kind: 'preview' }])).toBe('ok');
    expect(outcome([oob, oob])).toMatch(/two entries replace the same release/);
    expect(
      outcome([
        { ...oob, kb: 'KB5999401' },
        { ...oob, kb: 'KB5999401', date: '2027-05-20' },
      ]),
    ).toMatch(/two entries replace the same release/);
  });
});
