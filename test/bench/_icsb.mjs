import icalGenerator from 'ical-generator';
import * as h from '/work/main/dist/index.js';
import { renderIcs } from '/work/main/dist/render.js';
const calendars = Array.from({ length: 100 }, (_, i) => h.yearCalendar(2000 + i, { products: [...h.PRODUCT_IDS] }));
const icsLib = () => calendars.map((c) => renderIcs(c, { events: 'per-product' })).join('');
const icsGen = () => {
  const cal = icalGenerator({ name: 'Windows hotpatch calendar', prodId: '//hotpatch-calendar//EN' });
  for (const c of calendars)
    for (const r of c.rows)
      cal.createEvent({
        id: `${r.product}-${r.month.year}-${r.month.month}-B@hotpatch-calendar`,
        start: new Date(r.release.epochMilliseconds),
        end: new Date(r.release.epochMilliseconds + 3_600_000),
        stamp: new Date(Date.UTC(2026, 10, 28)),
        summary: `${r.productName}: ${r.names.shortName}`,
        description: `Hotpatch channel: ${r.hotpatch.kb ?? 'not published'}. Standard channel: ${r.standard.kb ?? 'not published'}.`,
        categories: [{ name: r.kind === 'baseline' ? 'BASELINE' : 'HOTPATCH' }],
      });
  return cal.toString();
};
function t(fn, n) {
  fn();
  fn();
  const xs = [];
  for (let i = 0; i < n; i++) {
    const s = performance.now();
    fn();
    xs.push(performance.now() - s);
  }
  xs.sort((a, b) => a - b);
  return xs[Math.floor(n / 2)];
}
const which = process.argv[2] ?? 'both';
if (which === 'lib') {
  for (let i = 0; i < 200; i++) icsLib();
  process.exit(0);
}
const a = t(icsLib, 15),
  b = t(icsGen, 5);
console.log(
  'lib',
  a.toFixed(1),
  'gen',
  b.toFixed(1),
  'ratio',
  (b / a).toFixed(1),
  'events',
  calendars.reduce((n, c) => n + c.rows.length, 0),
  'bytes lib',
  icsLib().length,
  'gen',
  icsGen().length,
);
