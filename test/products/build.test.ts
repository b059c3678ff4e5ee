import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareBuilds, formatBuild, parseBuild, parseKb, safeParseBuild, safeParseKb } from '../../src/index.js';

const anyBuild = fc.record({
  major: fc.integer({ min: 0, max: 99 }),
  minor: fc.integer({ min: 0, max: 99 }),
  build: fc.integer({ min: 1000, max: 99_999 }),
  ubr: fc.integer({ min: 0, max: 9_999_999 }),
});

describe('parseBuild', () => {
  it.each([
    ['26100.4061', { major: 10, minor: 0, build: 26100, ubr: 4061 }],
    ['10.0.26100.4061', { major: 10, minor: 0, build: 26100, ubr: 4061 }],
    ['20348.587', { major: 10, minor: 0, build: 20348, ubr: 587 }],
    ['26100.32230', { major: 10, minor: 0, build: 26100, ubr: 32230 }],
  ])('parseBuild(%j)', (text, expected) => expect(parseBuild(text)).toEqual(expected));
  it.each([
    '26100',
    '26100.',
    '26100.-1',
    '1e3.5',
    '.4061',
    '26100.4061.1',
    ' 26100.4061',
    '26100.4061 ',
    '26100.04061',
    '0x6644.1',
    '26100,4061',
    '10.0.26100',
    'x'.repeat(10_000),
  ])('parseBuild(%j) → E_BUILD_FORMAT', (text) => {
    expect(() => parseBuild(text)).toThrow(expect.objectContaining({ code: 'E_BUILD_FORMAT' }));
    expect(safeParseBuild(text).ok).toBe(false);
  });
  it('parseBuild(formatBuild(b, full)) round-trips', () => {
    fc.assert(
      fc.property(anyBuild, (b) => JSON.stringify(parseBuild(formatBuild(b, { style: 'full' }))) === JSON.stringify(b)),
    );
  });
  it('formatBuild short form drops 10.0', () => {
    expect(formatBuild('10.0.26100.4061')).toBe('26100.4061');
  });
});

describe('compareBuilds', () => {
  it('orders by build then UBR', () => {
    expect(compareBuilds('26100.7781', '26100.7840')).toBe(-1);
    expect(compareBuilds('26200.1', '26100.99999')).toBe(1);
    expect(compareBuilds('10.0.26100.4061', '26100.4061')).toBe(0);
  });
  it('is a total order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(anyBuild, anyBuild, anyBuild, (a, b, c) => {
        const ab = compareBuilds(a, b);
        if (ab !== -compareBuilds(b, a)) return false;
        if (ab <= 0 && compareBuilds(b, c) <= 0 && compareBuilds(a, c) > 0) return false;
        return compareBuilds(a, a) === 0;
      }),
    );
  });
});

describe('parseKb', () => {
  it.each(['KB5058411', 'kb5058411', '5058411', 'Kb5058411'])('parseKb(%j) → KB5058411', (t) =>
    expect(parseKb(t)).toBe('KB5058411'),
  );
  it.each(['KB12', ' KB5058411x', 'KB 5058411', 'KB-5058411', 'KB05058411', 'KB50584111', '', 'KB5058411\n'])(
    'parseKb(%j) → E_KB_FORMAT',
    (t) => {
      expect(() => parseKb(t)).toThrow(expect.objectContaining({ code: 'E_KB_FORMAT' }));
      expect(safeParseKb(t).ok).toBe(false);
    },
  );
  it('rejects non-strings with E_TYPE', () =>
    expect(() => parseKb(5058411 as unknown as string)).toThrow(expect.objectContaining({ code: 'E_TYPE' })));
});
