import { describe, expect, it } from 'vitest';
import { importCvrf } from '../../src/importers/index.js';

// Small CVRF documents (the field names and nesting of MSRC's CVRF v3.0 JSON), one situation each: what the
// importer keeps, and the warning it gives for what it leaves out.
const doc = (month: string, names: object, remediations: object[]) => ({
  DocumentTracking: { Identification: { ID: { Value: month } } },
  ProductTree: names,
  Vulnerability: [{ Remediations: remediations }],
});
const fix = (kb: string, productId: string, subType: string, build?: string) => ({
  Type: 2,
  Description: { Value: kb },
  ProductID: [productId],
  SubType: subType,
  ...(build ? { FixedBuild: build } : {}),
});
const server = { FullProductName: [{ ProductID: '1', Value: 'Windows Server 2025' }] };

describe('importCvrf situations', () => {
  it('a security update in a planned baseline month is the baseline; a hotpatch there is left out with a warning', () => {
    const r = importCvrf(
      doc('2026-Jul', server, [
        fix('5101651', '1', 'Security Update', '10.0.26100.32900'),
        fix('5101699', '1', 'Security Hotpatch Update', '10.0.26100.32901'),
      ]),
    );
    expect(r.entries.map((e) => [e.kind, e.kb, e.date])).toEqual([['baseline', 'KB5101651', '2026-07-14']]);
    expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
      ['UNKNOWN_SUBTYPE', 'windows-server-2025: hotpatch KB5101699 in 2026-07, a planned baseline month; left out'],
    ]);
  });
  it('a second KB on one channel is left out with a warning; the KB most vulnerabilities list is the month’s', () => {
    const r = importCvrf({
      ...doc('2026-Aug', server, [fix('5120233', '1', 'Security Update', '10.0.26100.33296')]),
      Vulnerability: [
        { Remediations: [fix('5120233', '1', 'Security Update', '10.0.26100.33296')] },
        { Remediations: [fix('5120233', '1', 'Security Update', '10.0.26100.33296')] },
        { Remediations: [fix('5120999', '1', 'Security Update')] },
      ],
    });
    expect(r.entries.map((e) => e.kb)).toEqual(['KB5120233']);
    // August is a planned hotpatch month, and this document lists no hotpatch: said too.
    expect(r.warnings.map((w) => w.code)).toEqual(['EXTRA_KB', 'UNPLANNED_BASELINE_CANDIDATE']);
    expect(r.warnings[0]?.message).toMatch(
      /^windows-server-2025 standard: KB5120999 is listed besides the month's KB5120233; left out/,
    );
  });
  it('a name that looks like a new hotpatch product is reported, not guessed', () => {
    const names = { FullProductName: [{ ProductID: '9', Value: 'Windows 11 Version 27H2 for x64-based Systems' }] };
    const r = importCvrf(doc('2026-Aug', names, [fix('5129999', '9', 'Security Update')]));
    expect(r.entries).toEqual([]);
    expect(r.warnings.map((w) => [w.code, w.message])).toEqual([
      [
        'UNKNOWN_PRODUCT',
        'product "Windows 11 Version 27H2 for x64-based Systems" looks like a hotpatch product but is not mapped; left out',
      ],
    ]);
  });
  it('product names are found in nested branches, to a depth of 8', () => {
    const nest = (depth: number): object =>
      depth === 0
        ? { FullProductName: [{ ProductID: '1', Value: 'Windows Server 2025' }] }
        : { Branch: [nest(depth - 1)] };
    const kbs = (tree: object) =>
      importCvrf(doc('2026-Aug', tree, [fix('5120233', '1', 'Security Update', '10.0.26100.33296')])).entries.map(
        (e) => e.kb,
      );
    expect(kbs(nest(3))).toEqual(['KB5120233']);
    expect(kbs({ Items: [nest(2)] })).toEqual(['KB5120233']);
    expect(kbs(nest(12))).toEqual([]);
  });
});
