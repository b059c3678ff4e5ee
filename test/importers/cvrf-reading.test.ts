import { describe, expect, it } from 'vitest';
import { importCvrf } from '../../src/importers/index.js';

// How importCvrf reads each field of a CVRF v3.0 document (MSRC's field names and nesting), one rule per case.
const tree = (...names: [string, string][]) => ({
  FullProductName: names.map(([ProductID, Value]) => ({ ProductID, Value })),
});
const SERVER = tree(['1', 'Windows Server 2025'], ['2', 'Windows 10 Version 22H2 for x64-based Systems']);
const fix = (kb: unknown, ids: unknown[], subType: unknown = 'Security Update', build?: string, type: unknown = 2) => ({
  Type: type,
  Description: { Value: kb },
  ProductID: ids,
  SubType: subType,
  ...(build ? { FixedBuild: build } : {}),
});
const doc = (vulnerabilities: unknown[], productTree: unknown = SERVER, id = '2026-Aug') => ({
  DocumentTracking: { Identification: { ID: { Value: id } } },
  ProductTree: productTree,
  Vulnerability: vulnerabilities,
});
const vuln = (cve: unknown, remediations: unknown[], threats?: unknown) => ({
  CVE: cve,
  Remediations: remediations,
  ...(threats === undefined ? {} : { Threats: threats }),
});
const kbs = (d: unknown) => importCvrf(d).entries.map((e) => `${e.products.join('+')} ${e.kind} ${e.kb} ${e.ubr}`);

describe('importCvrf: remediations it reads and passes over', () => {
  it('only vendor fixes (Type 2) of a 6- or 7-digit KB, a subtype and a product list; spaces around the KB go', () => {
    const d = doc([
      vuln('CVE-2026-1', [
        fix(' 5120233 ', ['1'], 'Security Update', '10.0.26100.33296'),
        fix('5120233', ['1'], 'Security Update', '10.0.26100.33296', 3),
        fix('KB5120234', ['1']),
        fix('51202', ['1']),
        fix('512023399', ['1']),
        fix(5120235, ['1']),
        fix('5120236', ['1'], 7),
        fix('5120237', '1' as never),
        null,
        'x',
      ]),
      null,
      vuln('CVE-2026-2', 'not a list' as never),
    ]);
    expect(kbs(d)).toEqual(['windows-server-2025 lcu KB5120233 33296']);
  });
  it('product ids that are not text, or not in the tree, name nothing; a product the library does not know is passed over', () => {
    const d = doc([vuln('CVE-2026-1', [fix('5120233', [1, '99', '2', '1'], 'Security Update', '10.0.26100.33296')])]);
    expect(kbs(d)).toEqual(['windows-server-2025 lcu KB5120233 33296']);
    // Windows 10 alone: not a hotpatch product, and not worth a warning.
    const w10 = importCvrf(doc([vuln('CVE-2026-1', [fix('5120244', ['2'])])]));
    expect([w10.entries, w10.warnings]).toEqual([[], []]);
  });
  it('subtypes are matched without spaces or case; others are a warning, once', () => {
    const d = doc([
      vuln('CVE-2026-1', [
        fix('5120233', ['1'], 'security  update', '10.0.26100.33296'),
        fix('5120230', ['1'], 'Security\tHotPatch Update', '10.0.26100.33250'),
        fix('5120231', ['1'], 'Monthly Rollup'),
        fix('5120232', ['1'], 'Monthly Rollup'),
      ]),
    ]);
    // Standard channel first, then the hotpatch (the importer's order per product).
    expect(kbs(d)).toEqual(['windows-server-2025 lcu KB5120233 33296', 'windows-server-2025 hotpatch KB5120230 33250']);
    expect(importCvrf(d).warnings.map((w) => w.message)).toEqual([
      `remediation subtype "Monthly Rollup" is not 'Security Update' or 'Security Hotpatch Update'; left out`,
    ]);
  });
  it('a FixedBuild of another OS build is named, cut to 40 characters, and left out', () => {
    const long = `10.0.20348.${'9'.repeat(60)}`;
    const r = importCvrf(doc([vuln('CVE-2026-1', [fix('5120233', ['1'], 'Security Update', long)])]));
    expect(r.entries.map((e) => e.ubr)).toEqual([null]);
    expect(r.warnings.map((w) => `${w.code}: ${w.message}`)).toContain(
      `BAD_FIXED_BUILD: windows-server-2025: FixedBuild ${JSON.stringify(long.slice(0, 40))} is not a build of that product (expected 10.0.<its OS build>.<revision>); left out`,
    );
  });
  it('the KB most vulnerabilities name wins, and a tie goes to the lower number (stable)', () => {
    const tie = (order: string[]) =>
      importCvrf(
        doc(order.map((kb, i) => vuln(`CVE-2026-${i}`, [fix(kb, ['1'], 'Security Update', '10.0.26100.33296')]))),
      ).entries.map((e) => e.kb);
    expect(tie(['5120299', '5120233'])).toEqual(['KB5120233']);
    expect(tie(['5120233', '5120299'])).toEqual(['KB5120233']);
    expect(tie(['5120299', '5120233', '5120299'])).toEqual(['KB5120299']);
    // The build most remediations of that KB give, ties to the lower text.
    const builds = importCvrf(
      doc([
        vuln('CVE-2026-1', [fix('5120233', ['1'], 'Security Update', '10.0.26100.33297')]),
        vuln('CVE-2026-2', [fix('5120233', ['1'], 'Security Update', '10.0.26100.33296')]),
      ]),
    );
    expect(builds.entries.map((e) => e.ubr)).toEqual([33296]);
  });
  it('a planned hotpatch month without a hotpatch warns only for a product in its program that month', () => {
    const w11 = tree(['3', 'Windows 11 Version 25H2 for x64-based Systems']);
    // 25H2 had no hotpatch program in August 2024: no warning; in August 2026 it had.
    const before = importCvrf(
      doc([vuln('CVE-2024-1', [fix('5041585', ['3'], 'Security Update', '10.0.26200.1000')])], w11, '2024-Aug'),
    );
    expect(before.warnings.map((w) => w.code)).toEqual([]);
    const during = importCvrf(
      doc([vuln('CVE-2026-1', [fix('5121003', ['3'], 'Security Update', '10.0.26200.9168')])], w11),
    );
    expect(during.warnings.map((w) => w.code)).toEqual(['UNPLANNED_BASELINE_CANDIDATE']);
  });
  it('products sharing a KB and build are one entry; each product once', () => {
    const both = tree(
      ['3', 'Windows 11 Version 25H2 for x64-based Systems'],
      ['4', 'Windows 11 Version 25H2 for ARM64-based Systems'],
      ['5', 'Windows 11 Version 24H2 for x64-based Systems'],
    );
    const r = importCvrf(
      doc(
        [
          vuln('CVE-2026-1', [
            fix('5121003', ['3', '4'], 'Security Update', '10.0.26200.9168'),
            fix('5121003', ['5'], 'Security Update', '10.0.26100.9168'),
          ]),
        ],
        both,
      ),
    );
    expect(r.entries.map((e) => e.products)).toEqual([['windows-11-24h2', 'windows-11-25h2']]);
  });
});

describe('importCvrf: the product tree', () => {
  it('names come from FullProductName, Branch and Items to a depth of 8; entries without text id and name are passed over', () => {
    const nest = (depth: number): object =>
      depth === 0 ? { ProductID: '1', Value: 'Windows Server 2025' } : { Items: [nest(depth - 1)] };
    const at = (depth: number) =>
      importCvrf(
        doc([vuln('CVE-2026-1', [fix('5120233', ['1'], 'Security Update', '10.0.26100.33296')])], {
          Branch: [nest(depth)],
        }),
      ).entries.length;
    expect([at(2), at(3)]).toEqual([1, 1]);
    expect(at(6)).toBe(0);
    const odd = { FullProductName: [{ ProductID: 1, Value: 'Windows Server 2025' }, { ProductID: '1' }, 'x', null] };
    expect(importCvrf(doc([vuln('CVE-2026-1', [fix('5120233', ['1'])])], odd)).entries).toEqual([]);
  });
  it('a document without its tracking id, tree or vulnerability list is refused', () => {
    const good = doc([]);
    for (const [bad, says] of [
      [{ ...good, DocumentTracking: 'x' }, 'has no DocumentTracking.Identification.ID.Value'],
      [{ ...good, DocumentTracking: null }, 'has no DocumentTracking.Identification.ID.Value'],
      [{ ...good, ProductTree: null }, 'has no ProductTree'],
      [{ ...good, ProductTree: 'x' }, 'has no ProductTree'],
      [{ ...good, Vulnerability: {} }, 'has no Vulnerability list'],
    ] as const)
      expect(() => importCvrf(bad), says).toThrow(`importCvrf: document ${says}; expected MSRC CVRF v3.0 JSON`);
  });
});

describe('importCvrf: security counts, field by field', () => {
  const threat = (type: number, text: unknown, ids: unknown[] = []) => ({
    Type: type,
    Description: { Value: text },
    ProductID: ids,
  });
  const counts = (threats: unknown, cve: unknown = 'CVE-2026-1') =>
    importCvrf(doc([vuln(cve, [fix('5120233', ['1'], 'Security Update', '10.0.26100.33296')], threats)])).entries[0]
      ?.security?.['windows-server-2025'];
  it('severity from type-3 threats only, trimmed and any case; Moderate and Low count as neither', () => {
    expect(counts([threat(3, ' critical ')])).toMatchObject({ cves: 1, critical: 1, important: 0 });
    expect(counts([threat(3, 'IMPORTANT')])).toMatchObject({ critical: 0, important: 1 });
    for (const rating of ['Moderate', 'Low'])
      expect(counts([threat(3, rating)])).toMatchObject({ critical: 0, important: 0 });
    // The impact threat (type 0) says "Critical" in no count.
    expect(counts([threat(0, 'Critical')])).toMatchObject({ critical: 0 });
  });
  it('exploitability from type-1 threats only; a part without a colon is no answer', () => {
    expect(counts([threat(1, 'Publicly Disclosed:Yes;Exploited:Yes')])).toMatchObject({
      exploited: 1,
      publiclyDisclosed: 1,
    });
    expect(counts([threat(0, 'Publicly Disclosed:Yes;Exploited:Yes')])).toMatchObject({
      exploited: 0,
      publiclyDisclosed: 0,
    });
    expect(counts([threat(1, 'Exploited;Publicly Disclosed')])).toMatchObject({ exploited: 0, publiclyDisclosed: 0 });
    expect(counts([threat(1, 'Exploited:yes')])).toMatchObject({ exploited: 0 });
  });
  it('a threat for other products, or ids that are not text, does not count; an empty list counts for all', () => {
    expect(counts([threat(3, 'Critical', ['2'])])).toMatchObject({ critical: 0 });
    expect(counts([threat(3, 'Critical', [1])])).toMatchObject({ critical: 0 });
    expect(counts([threat(3, 'Critical', ['2', '1'])])).toMatchObject({ critical: 1 });
    expect(counts([threat(3, 'Critical', 'x' as never)])).toMatchObject({ critical: 1 });
  });
  it('threats that are not a list count nothing; a vulnerability without a CVE id counts in no total', () => {
    expect(counts('x')).toMatchObject({ cves: 1, critical: 0 });
    expect(counts([threat(3, 'Critical')], 7)).toBeUndefined();
    expect(counts([threat(3, 'Critical')], ' cve-2026-1 ')).toMatchObject({ cves: 1 });
    // The same CVE in two spellings is one CVE.
    const two = importCvrf(
      doc([
        vuln('CVE-2026-1', [fix('5120233', ['1'], 'Security Update', '10.0.26100.33296')]),
        vuln('cve-2026-1', [fix('5120233', ['1'], 'Security Update', '10.0.26100.33296')]),
      ]),
    ).entries[0]?.security?.['windows-server-2025'];
    expect(two?.cves).toBe(1);
  });
});

describe('importCvrf: how a bad value is shown', () => {
  it('up to 60 characters whole, longer ones cut with an ellipsis', () => {
    const at = (n: number) => {
      try {
        importCvrf('x'.repeat(n - 2));
        return '';
      } catch (error) {
        return (error as Error).message;
      }
    };
    expect(at(60)).toBe(
      `importCvrf: document "${'x'.repeat(58)}" is not an object; expected MSRC CVRF v3.0 JSON (DocumentTracking, ProductTree, Vulnerability)`,
    );
    expect(at(61)).toBe(
      `importCvrf: document "${'x'.repeat(56)}... is not an object; expected MSRC CVRF v3.0 JSON (DocumentTracking, ProductTree, Vulnerability)`,
    );
  });
});
