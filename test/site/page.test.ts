import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ICAL from 'ical.js';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/cli.js';

// The page as users get it: `npm run site`, then site/index.html opened from disk in headless Chromium, every
// request refused. Debian's chromium is installed by .ci/run; locally without it the test is skipped.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env['CI'])
  throw new Error(`CI needs Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)`);
const root = fileURLToPath(new URL('../..', import.meta.url));
const page = join(root, 'site', 'index.html');
const shots = join(tmpdir(), 'hotpatch-calendar-screens');

interface PageElement {
  tagName: string;
  textContent: string | null;
  outerHTML: string;
  getAttribute(name: string): string | null;
}
// The page's globals, typed as far as these tests use them inside page.evaluate (the tests have no DOM library).
declare const document: {
  documentElement: { scrollWidth: number; clientWidth: number };
  activeElement: PageElement | null;
  querySelectorAll(selector: string): ArrayLike<PageElement>;
  querySelector(selector: string): PageElement | null;
};

describe.skipIf(!available)('the offline page (site/index.html)', () => {
  let browser: Browser;
  beforeAll(async () => {
    execFileSync(process.execPath, [join(root, 'scripts', 'build-site.mjs')], { cwd: root, stdio: 'pipe' });
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'],
    });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** Opens the page with a query; records every request other than the page itself and every console error. */
  async function open(query: string, width = 1280, height = 900) {
    const context = await browser.newContext({
      viewport: { width, height },
      acceptDownloads: true,
      timezoneId: 'Europe/Berlin',
    });
    const p = await context.newPage();
    const requests: string[] = [];
    const errors: string[] = [];
    const url = `${pathToFileURL(page).href}${query}`;
    await p.route('**/*', (route) => {
      const u = route.request().url();
      if (u.split('?')[0] === url.split('?')[0]) return route.continue();
      requests.push(u);
      return route.abort();
    });
    p.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    p.on('pageerror', (e) => void errors.push(e.message));
    await p.goto(url, { waitUntil: 'load' });
    return { p, requests, errors, close: () => context.close() };
  }
  const overflow = (p: Page): Promise<number> =>
    p.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

  it('the file is one page with no remote anything: CSP allows only its own inline script', () => {
    const html = readFileSync(page, 'utf8');
    expect(html).toMatch(
      /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'sha256-[A-Za-z0-9+/=]+';/,
    );
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|@import|url\(https?:/i);
  });

  it('a changed choice applies at once, without pressing Show: language, a product, the year, the zone', async () => {
    const { p, errors, close } = await open('?year=2026&zone=UTC&lang=en&asOf=2026-11-30');
    await p.selectOption('#lang', 'de');
    await p.waitForFunction("document.documentElement.lang === 'de'");
    expect(new URL(p.url()).searchParams.get('lang')).toBe('de');
    const before = await p.locator('#calendar section').count();
    await p.uncheck('#p-windows-server-2025');
    await p.waitForFunction(`document.querySelectorAll('#calendar section').length === ${before - 1}`);
    await p.fill('#year', '2027');
    await p.press('#year', 'Tab');
    await p.waitForFunction("new URL(location.href).searchParams.get('year') === '2027'");
    await p.fill('#zone', 'Asia/Tokyo');
    await p.press('#zone', 'Tab');
    const w11 = p.locator('#calendar section[data-product="windows-11-25h2"]');
    await p.waitForFunction(
      () =>
        document.querySelector('#calendar section[data-product="windows-11-25h2"] li[data-month="1"] .time')
          ?.textContent === '03:00',
    );
    expect(await w11.locator('li[data-month="1"] .time').textContent()).toBe('03:00');
    expect(errors).toEqual([]);
    await close();
  });

  it('choosing 2027 shows its baselines and hotpatch months, in the zone of the URL; the URL keeps the choice', async () => {
    const { p, requests, errors, close } = await open('?year=2026&zone=UTC&lang=en&asOf=2026-11-30');
    await p.fill('#year', '2027');
    await p.fill('#zone', 'Asia/Tokyo');
    await p.click('#choices button[type=submit]');
    const w11 = p.locator('#calendar section[data-product="windows-11-25h2"]');
    const kinds = await w11.locator('li.cell').evaluateAll((cells) => cells.map((c) => c.getAttribute('data-kind')));
    expect(kinds).toEqual([
      'baseline',
      'hotpatch',
      'hotpatch',
      'baseline',
      'hotpatch',
      'hotpatch',
      'baseline',
      'hotpatch',
      'hotpatch',
      'baseline',
      'hotpatch',
      'hotpatch',
    ]);
    // 2027-01-12 18:00Z is 03:00 on the 13th in Tokyo.
    expect(await w11.locator('li[data-month="1"] .time').textContent()).toBe('03:00');
    const url = new URL(p.url());
    expect([url.searchParams.get('year'), url.searchParams.get('zone')]).toEqual(['2027', 'Asia/Tokyo']);
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await close();
  });

  it.each(['?asOf=0000-01-01', '?asOf=2026-02-31', '?asOf=9999-12-31', '?asOf=yesterday'])(
    '%s: one message on the page, the calendar shows, the forms work',
    async (query) => {
      const { p, errors, close } = await open(`${query}&zone=UTC&lang=en`);
      expect(await p.locator('#zone-error').isVisible()).toBe(true);
      expect(await p.locator('#zone-error').textContent()).toMatch(
        /is not a date from 2021 to 2100 \(YYYY-MM-DD\); today is used instead/,
      );
      expect(await p.locator('#calendar section li.cell').count()).toBeGreaterThan(11);
      await p.fill('#build', '26100.4851');
      await p.click('#build-form button[type=submit]');
      await expect.poll(() => p.locator('#build-result').textContent()).toContain('KB5064010');
      expect(errors).toEqual([]);
      await close();
    },
  );

  it('typing 26100.4851 answers with the August 2025 hotpatch KB5064010, its link, and the patched-through line', async () => {
    const { p, close } = await open('?year=2026&zone=UTC&lang=en');
    await p.fill('#build', '26100.4851');
    await p.press('#build', 'Enter');
    const first = p.locator('#build-result li').first();
    expect(await first.getAttribute('data-kb')).toBe('KB5064010');
    expect(await first.textContent()).toContain(
      'Windows 11 Enterprise, version 24H2, 2025-08, hotpatch channel, hotpatch',
    );
    expect(await first.locator('a').getAttribute('href')).toBe('https://support.microsoft.com/help/5064010');
    expect(await first.locator('[data-patched]').getAttribute('data-patched')).toBe('false');
    await p.fill('#build', '26100.1');
    await p.press('#build', 'Enter');
    expect(await p.locator('#build-result [data-known]').getAttribute('data-known')).toBe('false');
    expect(await p.locator('#build-result').textContent()).toMatch(/^Unknown build 26100\.1/);
    await p.fill('#build', 'banana');
    await p.press('#build', 'Enter');
    expect(await p.locator('#build-result').textContent()).toMatch(/is not a build number/);
    await close();
  });

  it('the page answers what the CLI answers: the build lookup and the CSV download', async () => {
    const { p, close } = await open(
      '?year=2027&zone=Europe/Berlin&lang=en&products=windows-11-25h2,windows-server-2025',
    );
    await p.fill('#build', '26100.4851');
    await p.press('#build', 'Enter');
    const page = await p
      .locator('#build-result li')
      .evaluateAll((items) =>
        items.map((i) => [i.getAttribute('data-product'), i.getAttribute('data-channel'), i.getAttribute('data-kb')]),
      );
    const cli = JSON.parse((await runCli(['build', '26100.4851', '--format', 'json'])).out);
    expect(page).toEqual(
      cli.matches.map((m: { product: string; channel: string; kb: string }) => [m.product, m.channel, m.kb]),
    );
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('a[data-format="csv"]')]);
    const csv = readFileSync((await download.path()) as string, 'utf8');
    const cliCsv = await runCli([
      '2027',
      '--format',
      'csv',
      '--tz',
      'Europe/Berlin',
      '--product',
      'windows-11-25h2',
      '--product',
      'windows-server-2025',
    ]);
    expect(csv).toBe(cliCsv.out);
    expect(download.suggestedFilename()).toBe('hotpatch-calendar-2027.csv');
    await close();
  });

  it('the ICS download parses with ical.js: one event per month and product', async () => {
    const { p, close } = await open('?year=2027&zone=UTC&lang=de&products=windows-11-25h2');
    const [download] = await Promise.all([p.waitForEvent('download'), p.click('a[data-format="ics"]')]);
    const ics = readFileSync((await download.path()) as string, 'utf8');
    const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent');
    expect(events).toHaveLength(12);
    expect(String(events[0]?.getFirstPropertyValue('summary'))).toContain('Baseline (Neustart)');
    await close();
  });

  it('lang=de: the page and the calendar speak German', async () => {
    const { p, close } = await open('?year=2027&zone=Europe/Berlin&lang=de');
    expect(await p.getAttribute('html', 'lang')).toBe('de');
    expect(await p.locator('h1').textContent()).toBe('Windows-Hotpatch-Kalender');
    expect(await p.locator('label[for="zone"]').textContent()).toBe('Zeitzone');
    expect(await p.locator('#calendar .legend').textContent()).toContain('Baseline (Neustart)');
    expect(await p.locator('#calendar li[data-month="3"] .month').first().textContent()).toBe('Mär');
    await close();
  });

  it('the device form predicts restarts as the library does; keyboard only (Tab, Enter) works', async () => {
    const { p, close } = await open('?year=2026&zone=UTC&lang=en&asOf=2026-01-01');
    await p.focus('#d-build');
    await p.fill('#d-build', '26100.7392');
    // From the build field, Tab through edition, architecture, licence, management, policy, VBS and the date's
    // parts until the button has the focus.
    let presses = 0;
    while ((await p.evaluate(() => document.activeElement?.textContent)) !== 'Predict' && presses < 20) {
      await p.keyboard.press('Tab');
      presses++;
    }
    expect(presses).toBeGreaterThanOrEqual(7);
    expect(await p.evaluate(() => document.activeElement?.textContent)).toBe('Predict');
    await p.keyboard.press('Enter');
    expect(await p.locator('#device-result [data-eligible]').getAttribute('data-eligible')).toBe('true');
    const reasons = await p
      .locator('#device-result li')
      .evaluateAll((items) => items.map((i) => i.getAttribute('data-reason')));
    // The library's own example for this device and 2026: baselines in Jan, Apr, Jun (unplanned), Jul, Oct.
    expect(reasons.filter((r) => r !== 'unknown-release')).toEqual([
      'planned-baseline',
      'planned-baseline',
      'unplanned-baseline',
      'planned-baseline',
      'planned-baseline',
    ]);
    await close();
  });

  it('every control has a label', async () => {
    const { p, close } = await open('?year=2026&zone=UTC&lang=en');
    const unlabelled = await p.evaluate(() =>
      Array.from(document.querySelectorAll('input, select, button'))
        .filter((c) => {
          if (c.tagName === 'BUTTON') return (c.textContent ?? '').trim() === '';
          const id = c.getAttribute('id');
          return !(id && document.querySelector(`label[for="${id}"]`)?.textContent?.trim());
        })
        .map((c) => c.outerHTML.slice(0, 80)),
    );
    expect(unlabelled).toEqual([]);
    await close();
  });

  it('at 390 px nothing scrolls sideways; screenshots at 390 px and 1280 px', async () => {
    for (const width of [390, 1280]) {
      const { p, errors, close } = await open('?year=2026&zone=Europe/Berlin&lang=en&build=26100.4851', width, 844);
      expect(await overflow(p)).toBe(0);
      await p.screenshot({ path: join(shots, `site-${width}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await close();
    }
  });
});
