import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServerApp } from '../../src/server/index.js';
import { listen, type RunningServer } from '../../src/server/node.js';

// The served page in headless Chromium, over real HTTP: it draws, obeys its own CSP (no violation, no request
// elsewhere) and fits a phone.
const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';
if (process.env['CI'] && !existsSync(CHROMIUM))
  throw new Error(`Chromium is missing at ${CHROMIUM}; CI must install it`);

let server: RunningServer;
let base = '';
beforeAll(async () => {
  server = await listen(createServerApp({ now: () => Date.UTC(2026, 11, 7, 12) }), {
    host: '127.0.0.1',
    port: 0,
    log: () => {},
  });
  base = `http://127.0.0.1:${server.port}`;
});
afterAll(() => server.close(1000));

describe.skipIf(!existsSync(CHROMIUM))('the served page in headless Chromium', () => {
  it('draws the year with its feed links, under its CSP, at 390 px without sideways scrolling', async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu'],
    });
    try {
      const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
      const problems: string[] = [];
      const elsewhere: string[] = [];
      page.on('console', (m) => void (m.type() === 'error' && problems.push(m.text())));
      page.on('pageerror', (e) => void problems.push(e.message));
      page.on('request', (r) => void (!r.url().startsWith(base) && elsewhere.push(r.url())));
      const res = await page.goto(`${base}/?lang=de&products=windows-11-25h2,windows-server-2025`);
      expect(res?.status()).toBe(200);
      expect(await page.getAttribute('html', 'lang')).toBe('de');
      expect(await page.locator('section.product').count()).toBe(2);
      expect(await page.locator('li.cell').count()).toBe(24);
      expect(await page.getAttribute('nav.feeds a', 'href')).toBe(
        `webcal://127.0.0.1:${server.port}/calendar.ics?lang=de&products=windows-11-25h2,windows-server-2025`,
      );
      const overflow = await page.evaluate(
        'document.documentElement.scrollWidth - document.documentElement.clientWidth',
      );
      expect(overflow).toBe(0);
      // The page's CSP lets it fetch nothing (a fetch from it fails), and its links point at this server's feeds.
      const blocked = await page.evaluate(`fetch('/calendar.ics').then(() => 'fetched', () => 'blocked')`);
      expect(blocked).toBe('blocked');
      const href = await page.locator('nav.feeds a').nth(2).getAttribute('href');
      expect(href).toBe('/calendar/2026.ics?lang=de&products=windows-11-25h2,windows-server-2025');
      expect(await (await fetch(`${base}${href}`)).text()).toMatch(/^BEGIN:VCALENDAR\r\n/);
      expect(problems.filter((p) => !/Content Security Policy|Failed to fetch/.test(p))).toEqual([]);
      expect(elsewhere).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
