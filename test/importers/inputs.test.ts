import { describe, expect, it } from 'vitest';
import { importCvrf, importReleaseHealth } from '../../src/importers/index.js';

// What the importers say about input that is not the document they read: the error code, the value shown short
// (60 characters at most) and quoted when it is text, and the options checked before the document.
const failure = (run: () => unknown): string => {
  try {
    run();
    return 'ok';
  } catch (error) {
    return `${(error as { code: string }).code}: ${(error as Error).message}`;
  }
};
const LONG = 'x'.repeat(100);

describe('importer input', () => {
  it('a CVRF document that is not an object, shown as it is', () => {
    expect(failure(() => importCvrf(5))).toBe(
      'E_IMPORT: importCvrf: document 5 is not an object; expected MSRC CVRF v3.0 JSON (DocumentTracking, ProductTree, Vulnerability)',
    );
    expect(failure(() => importCvrf(null))).toMatch(/^E_IMPORT: importCvrf: document null is not an object/);
    expect(failure(() => importCvrf([]))).toMatch(/^E_IMPORT: importCvrf: document \[\] is not an object/);
    expect(failure(() => importCvrf(LONG))).toMatch(
      new RegExp(`document "${'x'.repeat(56)}\\.\\.\\. is not an object`),
    );
  });
  it('fields only inherited from a prototype are not read', () => {
    const inherited = Object.create({ DocumentTracking: { Identification: { ID: { Value: '2026-Aug' } } } });
    expect(failure(() => importCvrf(inherited))).toMatch(/^E_IMPORT: importCvrf: document has no DocumentTracking/);
  });
  it('release-health HTML that is not text', () => {
    for (const [value, shown] of [
      [5, '5'],
      [null, 'null'],
      [[], '[]'],
      [{}, '{}'],
    ] as const)
      expect(failure(() => importReleaseHealth(value as never))).toBe(
        `E_IMPORT: importReleaseHealth: html ${shown} is not text; expected the HTML of a release-information page`,
      );
  });
  it('options: an object or nothing, checked first', () => {
    for (const options of [5, [], null, LONG])
      expect(failure(() => importCvrf({}, options as never))).toMatch(
        /^E_OPTION: importCvrf: options .* is not an options object$/,
      );
    expect(failure(() => importCvrf({}, LONG as never))).toContain(`options "${'x'.repeat(56)}... is`);
    expect(failure(() => importCvrf({}, {}))).toMatch(/^E_IMPORT/);
    expect(failure(() => importReleaseHealth('<p></p>', 5 as never))).toMatch(
      /^E_OPTION: importReleaseHealth: options 5/,
    );
  });
});
