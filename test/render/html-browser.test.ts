import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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

  it('draws one column per month, the legend, and a baseline cell per quarter for every product', async () => {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 } });
    // Block every request: the page must render with no external assets.
    const requests: string[] = [];
    await page.route('**/*', (route) => {
      requests.push(route.request().url());
      return route.abort();
    });
    await page.setContent(renderHtml(yearCalendar(2026)), { waitUntil: 'load' });
    const months = await page.locator('thead th[data-month]').allTextContents();
    expect(months).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    expect(await page.locator('.legend li').allTextContents()).toEqual([
      'Baseline (restart)',
      'Unplanned baseline (restart)',
      'Hotpatch (no restart)',
      'Projected (not published yet)',
      'Past, not in the data (refresh the catalog)',
    ]);
    const rows = page.locator('tbody tr');
    const count = await rows.count();
    expect(count).toBeGreaterThanOrEqual(4);
    for (let i = 0; i < count; i++) {
      const row = rows.nth(i);
      expect(await row.locator('td.cell').count()).toBe(12);
      const baselineMonths = await row
        .locator('td[data-kind="baseline"]')
        .evaluateAll((cells) => cells.map((c) => Number(c.getAttribute('data-month'))));
      const product = await row.getAttribute('data-product');
      for (const q of [1, 4, 7, 10]) expect(baselineMonths, `${product} quarter from ${q}`).toContain(q);
    }
    // The June 2026 unplanned baseline is drawn in its own colour, distinct from baseline and hotpatch.
    const colour = (selector: string): Promise<string> =>
      page
        .locator(selector)
        .first()
        .evaluate(
          (el) =>
            (globalThis as unknown as { getComputedStyle(e: unknown): { backgroundColor: string } }).getComputedStyle(
              el,
            ).backgroundColor,
        );
    const [baseline, unplanned, hotpatch] = await Promise.all([
      colour('tr[data-product="windows-11-24h2"] td[data-kind="baseline"]'),
      colour('tr[data-product="windows-11-24h2"] td[data-kind="unplanned"]'),
      colour('tr[data-product="windows-11-24h2"] td[data-kind="hotpatch"]'),
    ]);
    expect(new Set([baseline, unplanned, hotpatch]).size).toBe(3);
    const dir = join(tmpdir(), 'hotpatch-calendar-screens');
    mkdirSync(dir, { recursive: true });
    const png = await page.screenshot({ path: join(dir, 'calendar-2026.png'), fullPage: true });
    expect(png.length).toBeGreaterThan(20_000);
    expect(requests).toEqual([]);
    // Printed: A4 landscape keeps the colours.
    await page.emulateMedia({ media: 'print' });
    expect(await colour('td[data-kind="baseline"]')).toBe(baseline);
    await page.close();
  });
});
