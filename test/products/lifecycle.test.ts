import { describe, expect, it } from 'vitest';
import { EDITION_CLASSES, editionClass, predictRestarts, servicingEnd } from 'hotpatch-calendar';
import { runCli } from '../support/cli.js';

// Dates from Microsoft's lifecycle pages (learn.microsoft.com/lifecycle/products/…), as listed in the product's
// data notes; `certainty` says which were confirmed on the page and which come from a scrape to be re-read.
describe('servicingEnd', () => {
  it.each([
    ['26100.7623', 'Pro', '2026-10-13', 'confirmed', 'windows-11-home-and-pro'],
    ['26100.7623', 'Home', '2026-10-13', 'confirmed', 'windows-11-home-and-pro'],
    ['26100.7623', 'Enterprise', '2027-10-12', 'uncertain', 'windows-11-enterprise-and-education'],
    ['26100.7623', 'Education', '2027-10-12', 'uncertain', 'windows-11-enterprise-and-education'],
    ['26100.7623', 'Enterprise LTSC', '2034-10-10', 'confirmed', 'windows-11-enterprise-ltsc-2024'],
    ['26100.32995', 'Datacenter: Azure Edition', '2034-11-14', 'confirmed', 'windows-server-2025'],
    ['26200.7623', 'Pro', '2027-10-12', 'confirmed', 'windows-11-home-and-pro'],
    ['26200.7623', 'Enterprise', '2028-10-10', 'uncertain', 'windows-11-enterprise-and-education'],
    ['19045.6456', 'Pro', '2025-10-14', 'confirmed', 'windows-10-home-and-pro'],
    ['19045.6456', 'Enterprise', '2025-10-14', 'confirmed', 'windows-10-enterprise-and-education'],
    ['20348.4052', 'Datacenter: Azure Edition', '2031-10-14', 'confirmed', 'windows-server-2022'],
  ] as const)('servicingEnd(%s, %s) → %s (%s)', (build, edition, date, certainty, page) => {
    const end = servicingEnd(build, edition);
    expect(end).not.toBeNull();
    const d = end?.date;
    expect(`${d?.year}-${String(d?.month).padStart(2, '0')}-${String(d?.day).padStart(2, '0')}`).toBe(date);
    expect(end?.certainty).toBe(certainty);
    expect(end?.source).toBe(`https://learn.microsoft.com/en-us/lifecycle/products/${page}`);
    expect(end?.esu).toBe(false);
  });
  it('Windows 10 22H2 with ESU: consumer ESU for Home/Pro, commercial for Enterprise/Education', () => {
    expect(servicingEnd('19045.6456', 'Pro', { esu: true })).toMatchObject({
      date: { year: 2026, month: 10, day: 13 },
      esu: true,
      name: 'Windows 10 22H2 Home/Pro (ESU)',
    });
    expect(servicingEnd('19045.6456', 'Enterprise', { esu: true })).toMatchObject({
      date: { year: 2028, month: 10, day: 10 },
      esu: true,
      certainty: 'uncertain',
    });
    // ESU means nothing for a version that has none.
    expect(servicingEnd('26100.7623', 'Pro', { esu: true })?.esu).toBe(false);
  });
  it('no date where Microsoft has published none: Windows 11 26H2, an unknown version', () => {
    expect(servicingEnd('26300.9711', 'Enterprise')).toBeNull();
    expect(servicingEnd('99999.1', 'Enterprise')).toBeNull();
  });
  it('bad input is refused with a code', () => {
    expect(() => servicingEnd('nonsense', 'Pro')).toThrow(expect.objectContaining({ code: 'E_BUILD_FORMAT' }));
    expect(() => servicingEnd('26100.1', '')).toThrow(expect.objectContaining({ code: 'E_TYPE' }));
    expect(() => servicingEnd('26100.1', 'Pro', { esu: 'yes' as never })).toThrow(
      expect.objectContaining({ code: 'E_OPTION' }),
    );
  });
  it.each([
    ['Pro', 'home-pro'],
    ['Professional', 'home-pro'],
    ['Core', 'home-pro'],
    ['Enterprise', 'enterprise-education'],
    ['Enterprise multi-session', 'enterprise-education'],
    ['Education', 'enterprise-education'],
    ['Enterprise LTSC', 'ltsc'],
    ['IoT Enterprise LTSC', 'ltsc'],
    ['Standard', 'server'],
    ['Datacenter: Azure Edition', 'server'],
  ] as const)('editionClass(%s) → %s', (edition, cls) => {
    expect(editionClass(edition)).toBe(cls);
    expect(EDITION_CLASSES).toContain(cls);
  });
});

describe('forecasts stop at the end of servicing, and say so', () => {
  const pro = {
    product: 'windows-11-24h2',
    edition: 'Pro',
    architecture: 'x64',
    build: '26100.7623',
    hotpatchPolicy: 'default',
    management: 'intune',
  } as const;
  it('a 24H2 Pro device gets no restart after 2026-10-13 (it was forecast monthly to 2027-10)', () => {
    const restarts = predictRestarts(pro, { from: '2026-09-01', to: '2027-12-31' });
    expect(restarts.map((r) => `${r.date.year}-${r.date.month}-${r.date.day}`)).toEqual(['2026-9-8', '2026-10-13']);
    // Enterprise goes on for a year more.
    const ent = predictRestarts(
      { ...pro, edition: 'Enterprise', license: 'other' },
      { from: '2026-09-01', to: '2027-12-31' },
    );
    expect(ent.at(-1)?.date).toEqual({ year: 2027, month: 10, day: 12 });
  });
  it('the restarts table names the end, with the code', async () => {
    const r = await runCli(['restarts', '--build', '26100.7623', '--edition', 'Pro', '--year', '2027']);
    expect(r.code, r.err).toBe(0);
    const lines = r.out.split('\n');
    expect(lines[0]).toBe(
      'windows-11-24h2 Pro on 26100.7623: not eligible (END_OF_SERVICING, EDITION_NOT_SUPPORTED) on 2027-01-01',
    );
    // Each reason with its message and what to do, then the end of servicing and the count.
    expect(lines[1]).toBe('  END_OF_SERVICING: Windows 11 24H2 Home/Pro is out of servicing since 2026-10-13');
    expect(lines[2]).toMatch(
      /^ {4}What to do: Move the device to a serviced version .* \(https:\/\/learn\.microsoft\.com\//,
    );
    expect(lines[3]).toMatch(/^ {2}EDITION_NOT_SUPPORTED: edition 'Pro' does not get hotpatches/);
    expect(lines.slice(5, 7)).toEqual([
      'Servicing of Windows 11 24H2 Home/Pro ends 2026-10-13: no updates after it (END_OF_SERVICING); move the device to a serviced version.',
      '0 restarts from 2027-01-01 to 2027-12-31',
    ]);
    const json = JSON.parse(
      (await runCli(['restarts', '--build', '26100.7623', '--edition', 'Pro', '--year', '2027', '--format', 'json']))
        .out,
    );
    expect(json.servicingEnd).toMatchObject({ date: { year: 2026, month: 10, day: 13 }, editionClass: 'home-pro' });
    expect(json.eligibility.reasons[0]).toMatchObject({ code: 'END_OF_SERVICING' });
    expect(json.eligibility.reasons[0].remedy.action).toMatch(/serviced version/);
  });
});
