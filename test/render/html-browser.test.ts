import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { yearCalendar } from '../../src/index.js';
import { renderHtml } from '../../src/render/index.js';

// Debian's chromium, installed by .ci/run. Locally without it the test is skipped; in CI it must run.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
const available = existsSync(CHROMIUM);
if (!available && process.env['CI'])
  throw new Error(`CI needs Chromium at ${CHROMIUM} (.ci/run installs Debian's chromium)`);

describe.skipIf(!available)('renderHtml in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  });
  afterAll(async () => {
    await browser?.close();
  });

  const dir = join(tmpdir(), 'hotpatch-calendar-screens');
  const cal = yearCalendar(2026, { zone: 'Europe/Berlin' });

  async function open(html: string, width: number, height = 900) {
    const page = await browser.newPage({ viewport: { width, height } });
    const requests: string[] = [];
    const errors: string[] = [];
    // Block every request: the page must render with no external assets.
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
    page.on('pageerror', (e) => void errors.push(e.message));
    await page.setContent(html, { waitUntil: 'load' });
    return { page, requests, errors };
  }
  /** Cells per visual row of each product card: the distinct offsetTop values of its months. */
  const rowsOfCells = (page: Page): Promise<number[][]> =>
    page.locator('section.product').evaluateAll((sections) =>
      sections.map((s) => {
        const tops = [...s.querySelectorAll('li.cell')].map((c) => (c as unknown as { offsetTop: number }).offsetTop);
        return [...new Set(tops)].map((t) => tops.filter((x) => x === t).length);
      }),
    );
  const overflow = (page: Page): Promise<number> =>
    page.evaluate(() => {
      const d = (
        globalThis as unknown as { document: { documentElement: { scrollWidth: number; clientWidth: number } } }
      ).document;
      return d.documentElement.scrollWidth - d.documentElement.clientWidth;
    });
  const colour = (page: Page, selector: string, property = 'backgroundColor'): Promise<string> =>
    page
      .locator(selector)
      .first()
      .evaluate(
        (el, p) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): Record<string, string> }).getComputedStyle(el)[p] ??
          '',
        property,
      );

  it('at 1280 px: twelve months a row per product, a legend for every state, three distinct colours', async () => {
    const { page, requests, errors } = await open(renderHtml(cal), 1280);
    expect(await rowsOfCells(page)).toEqual(
      [[12], [12], [12], [12]].slice(0, await page.locator('section.product').count()),
    );
    expect(await overflow(page)).toBe(0);
    expect(await page.locator('.legend li').allTextContents()).toEqual([
      'Baseline (restart)',
      'Unplanned baseline (restart)',
      'Hotpatch (no restart)',
      'Product not in the program (ended or not yet)',
      'Projected (not published yet)',
      'Unknown: past, not in the data (hotpatch or unplanned baseline; restart unknown)',
    ]);
    for (const card of await page.locator('section.product').all()) {
      const baselines = await card
        .locator('li[data-kind="baseline"]')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-month'))));
      for (const q of [1, 4, 7, 10]) expect(baselines).toContain(q);
    }
    const w11 = 'section[data-product="windows-11-24h2"]';
    const [baseline, unplanned, hotpatch] = await Promise.all([
      colour(page, `${w11} li[data-kind="baseline"]`),
      colour(page, `${w11} li[data-kind="unplanned"]`),
      colour(page, `${w11} li[data-kind="hotpatch"]`),
    ]);
    expect(new Set([baseline, unplanned, hotpatch]).size).toBe(3);
    // The local release time (Berlin) is shown: 2026-01-13 18:00Z is 19:00 in Berlin.
    expect(await page.locator(`${w11} li[data-month="1"] .time`).textContent()).toBe('19:00');
    mkdirSync(dir, { recursive: true });
    expect((await page.screenshot({ path: join(dir, 'calendar-1280.png'), fullPage: true })).length).toBeGreaterThan(
      20_000,
    );
    expect(requests).toEqual([]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('at 390 px (a phone): three months a row, nothing scrolls sideways, every KB readable', async () => {
    const { page, errors } = await open(renderHtml(cal), 390, 844);
    const rows = await rowsOfCells(page);
    for (const card of rows) expect(card).toEqual([3, 3, 3, 3]);
    expect(await overflow(page)).toBe(0);
    // No KB is broken over lines: each .kb span is one line high.
    const heights = await page
      .locator('.cell .kb')
      .evaluateAll((spans) =>
        spans.map((s) => (s as unknown as { getClientRects(): ArrayLike<unknown> }).getClientRects().length),
      );
    expect(Math.max(...heights)).toBe(1);
    await page.screenshot({ path: join(dir, 'calendar-390.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('printed on A4 landscape: twelve months a row, colours kept; dark mode follows the system', async () => {
    const { page } = await open(renderHtml(cal, { locale: 'de' }), 1123, 794);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getAttribute('html', 'lang')).toBe('de');
    // One row of twelve per product of the calendar: an empty page would not pass.
    const products = new Set(cal.rows.map((r) => r.product)).size;
    expect(products).toBeGreaterThan(0);
    expect(await rowsOfCells(page)).toEqual(Array.from({ length: products }, () => [12]));
    const baseline = await colour(page, 'li[data-kind="baseline"]');
    expect(baseline).toBe('rgb(198, 40, 40)');
    await page.screenshot({ path: join(dir, 'calendar-a4-landscape-de.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    expect(await colour(page, 'body')).toBe('rgb(18, 18, 18)');
    await page.screenshot({ path: join(dir, 'calendar-dark-de.png'), fullPage: true });
    await page.close();
  });
});
