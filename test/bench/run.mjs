// Benchmarks: this library against what a user would write or pick instead, in the same run, reported as ratios.
// Run with `npm run bench` (it builds first). Never part of the test suite: timings are not assertions.
import { DateTime } from 'luxon';
import { addWeeks, getDay, getMonth, nextTuesday } from 'date-fns';
import rrulePkg from 'rrule';
import icalGenerator from 'ical-generator';
import * as h from '../../dist/index.js';
// The renderers live in the ./render subpath (not the main entry).
import { renderIcs } from '../../dist/render.js';

const { RRule } = rrulePkg;
let sink = 0;

/**
 * ns per call: calls fn(inputs[i]) in a loop, several timed samples after a warm-up, median. Each benchmark gets
 * its own loop (compiled from source) so that its call site stays monomorphic: a shared loop would make every
 * candidate pay for megamorphic dispatch and flatten the ratios.
 */
function measure(fn, inputs, { minMs = 250, samples = 5, discard = false } = {}) {
  const loop = new Function(
    'fn',
    'inputs',
    discard
      ? // Results discarded: V8 may elide the record of an inlined call (the caller only tests it).
        `let acc = 0; const n = inputs.length;
         for (let i = 0; i < n; i++) { const v = fn(inputs[i]); acc = (acc + (v === undefined ? 0 : 1)) | 0; }
         return acc;`
      : // Results kept: stored so they escape, as in real code that uses them.
        `const out = inputs.__out ?? (inputs.__out = new Array(1024)); const n = inputs.length;
         for (let i = 0; i < n; i++) out[i & 1023] = fn(inputs[i]);
         return out[n & 1023] === undefined ? 0 : 1;`,
  );
  const n = inputs.length;
  // Warm up for ~150 ms (at least one pass) so the JIT has settled before timing.
  const warm = process.hrtime.bigint();
  do sink ^= loop(fn, inputs);
  while (Number(process.hrtime.bigint() - warm) / 1e6 < 150);
  const results = [];
  for (let s = 0; s < samples; s++) {
    let calls = 0;
    const start = process.hrtime.bigint();
    let elapsed = 0;
    do {
      sink ^= loop(fn, inputs);
      calls += n;
      elapsed = Number(process.hrtime.bigint() - start) / 1e6;
    } while (elapsed < minMs);
    results.push((elapsed * 1e6) / calls);
  }
  results.sort((a, b) => a - b);
  return results[Math.floor(results.length / 2)];
}

const rows = [];
function report(group, name, ns, baseline) {
  rows.push({ group, name, ns, ratio: baseline === undefined ? null : baseline / ns });
}
const fmt = (ns) =>
  ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`;

// Inputs: random year-months across the library's range, fixed seed.
let seed = 12345;
const rand = () => {
  seed = (seed * 1103515245 + 12345) & 0x7fffffff;
  return seed / 0x7fffffff;
};
const yms = Array.from({ length: 4096 }, () => ({
  year: 1900 + Math.floor(rand() * 300),
  month: 1 + Math.floor(rand() * 12),
}));

/** Runs every implementation of one function in both harness modes (rrule.js on fewer inputs: it is slow). */
function compareInBothModes(fnName, implementations) {
  for (const discard of [false, true]) {
    const group = `${fnName} (results ${discard ? 'discarded' : 'kept'})`;
    for (const [name, fn] of Object.entries(implementations)) {
      const slow = name.startsWith('rrule');
      const ns = measure(fn, slow ? yms.slice(0, 256) : yms, slow ? { minMs: 300, samples: 3, discard } : { discard });
      report(group, name, ns, name.startsWith('hotpatch-calendar') ? undefined : ns);
    }
  }
}

// --- patchTuesday
const impl = {
  'hotpatch-calendar patchTuesday': (ym) => h.patchTuesday(ym.year, ym.month),
  'floor: return a fresh { year, month, day }': (ym) => ({ year: ym.year, month: ym.month, day: 8 }),
  'luxon implementation': (ym) => {
    const first = DateTime.fromObject({ year: ym.year, month: ym.month, day: 1 }, { zone: 'UTC' });
    return first.plus({ days: ((2 - first.weekday + 7) % 7) + 7 }).toObject();
  },
  'date-fns implementation': (ym) => {
    const first = new Date(ym.year, ym.month - 1, 1);
    return addWeeks(getDay(first) === 2 ? first : nextTuesday(first), 1);
  },
  'rrule.js FREQ=MONTHLY;BYDAY=TU;BYSETPOS=2': (ym) =>
    new RRule({
      freq: RRule.MONTHLY,
      byweekday: [RRule.TU],
      bysetpos: 2,
      dtstart: new Date(Date.UTC(ym.year, ym.month - 1, 1)),
      count: 1,
    }).all()[0],
};
compareInBothModes('patchTuesday', impl);

// --- plannedMonthKind
const kind = {
  'hotpatch-calendar plannedMonthKind': (ym) => h.plannedMonthKind(ym),
  'floor: return a fresh { year, month, day }': (ym) => ({ year: ym.year, month: ym.month, day: 1 }),
  'luxon implementation': (ym) =>
    (DateTime.fromObject({ year: ym.year, month: ym.month }, { zone: 'UTC' }).month - 1) % 3 === 0
      ? 'baseline'
      : 'hotpatch',
  'date-fns implementation': (ym) => (getMonth(new Date(ym.year, ym.month - 1, 1)) % 3 === 0 ? 'baseline' : 'hotpatch'),
  'rrule.js FREQ=YEARLY;BYMONTH=1,4,7,10': (ym) => {
    const start = new Date(Date.UTC(ym.year, ym.month - 1, 1));
    const next = new RRule({
      freq: RRule.YEARLY,
      bymonth: [1, 4, 7, 10],
      bymonthday: [1],
      dtstart: start,
      count: 1,
    }).all()[0];
    return next.getTime() === start.getTime() ? 'baseline' : 'hotpatch';
  },
};
compareInBothModes('plannedMonthKind', kind);

// --- releaseInstant
const ri = {
  "hotpatch-calendar releaseInstant(ym, { zone: 'Europe/Berlin' })": (ym) =>
    h.releaseInstant(ym, { zone: 'Europe/Berlin' }),
  'luxon directly (10:00 Los Angeles → UTC and Berlin ISO)': (ym) => {
    const dt = DateTime.fromObject(
      { year: ym.year, month: ym.month, day: h.patchTuesday(ym.year, ym.month).day, hour: 10 },
      { zone: 'America/Los_Angeles' },
    );
    return {
      utc: dt.toUTC().toISO({ suppressMilliseconds: true }),
      local: dt.setZone('Europe/Berlin').toISO({ suppressMilliseconds: true }),
      ms: dt.toMillis(),
    };
  },
};
const rin = {};
const ymsModern = yms.map((ym) => ({ year: 1950 + (ym.year % 150), month: ym.month }));
for (const [name, fn] of Object.entries(ri)) rin[name] = measure(fn, ymsModern, { minMs: 300, samples: 3 });
for (const [name, ns] of Object.entries(rin))
  report('releaseInstant', name, ns, name.startsWith('hotpatch') ? undefined : ns);

// --- identifyBuild
const builds = [
  ...new Set(
    h
      .builtInCatalog()
      .entries.filter((e) => e.build)
      .flatMap((e) => [e.build, `10.0.${e.build}`]),
  ),
];
const map = new Map(builds.map((b) => [b, { build: b }]));
const ib = {
  'hotpatch-calendar identifyBuild(build)': (b) => h.identifyBuild(b),
  'floor: Map.get(build)': (b) => map.get(b),
};
const ibn = {};
for (const [name, fn] of Object.entries(ib)) ibn[name] = measure(fn, builds);
for (const [name, ns] of Object.entries(ibn))
  report(
    `identifyBuild (${builds.length} published build strings)`,
    name,
    ns,
    name.startsWith('hotpatch') ? undefined : ns,
  );

// --- renderIcs of 100 years x 5 products
const calendars = Array.from({ length: 100 }, (_, i) => h.yearCalendar(2000 + i, { products: [...h.PRODUCT_IDS] }));
const events = calendars.flatMap((c) => c.rows.length);
// One event per row, as ical-generator is given: the same events on both sides.
const icsLib = () => calendars.map((c) => renderIcs(c, { events: 'per-product' })).join('');
const icsGen = () => {
  const cal = icalGenerator({ name: 'Windows hotpatch calendar', prodId: '//hotpatch-calendar//EN' });
  for (const c of calendars) {
    for (const r of c.rows) {
      cal.createEvent({
        id: `${r.product}-${r.month.year}-${r.month.month}-B@hotpatch-calendar`,
        start: new Date(r.release.epochMilliseconds),
        end: new Date(r.release.epochMilliseconds + 3_600_000),
        stamp: new Date(Date.UTC(2026, 10, 28)),
        summary: `${r.productName}: ${r.names.shortName}`,
        description: `Hotpatch channel: ${r.hotpatch.kb ?? 'not published'}. Standard channel: ${r.standard.kb ?? 'not published'}.`,
        categories: [{ name: r.kind === 'baseline' ? 'BASELINE' : 'HOTPATCH' }],
      });
    }
  }
  return cal.toString();
};
const icsN = {
  'hotpatch-calendar renderIcs': measure(icsLib, [0], { minMs: 1500, samples: 3 }),
  'ical-generator, same events': measure(icsGen, [0], { minMs: 1500, samples: 3 }),
};
for (const [name, ns] of Object.entries(icsN))
  report(
    `renderIcs: 100 years x 5 products (${events.reduce((a, b) => a + b, 0)} events)`,
    name,
    ns,
    name.startsWith('hotpatch') ? undefined : ns,
  );

// --- forecastFleet over 1,000,000 generated devices (generated lazily: memory must stay flat)
const N = Number(process.env.FLEET_DEVICES ?? 1_000_000);
function* fleet(n) {
  const editions = ['Enterprise', 'Enterprise', 'Education', 'Pro'];
  const builds = [
    '10.0.26100.9106',
    '10.0.26100.9168',
    '10.0.26200.8390',
    '10.0.26100.7392',
    '10.0.26100.2894',
    '10.0.26100.99999',
  ];
  for (let i = 0; i < n; i++) {
    yield {
      id: `dev-${i}`,
      edition: editions[i % 4],
      architecture: i % 7 === 0 ? 'arm64' : 'x64',
      osVersion: builds[i % builds.length],
      license: 'microsoft-365-e3',
      vbsRunning: 'true',
      hotpatchPolicy: i % 5 === 0 ? 'default' : 'enabled',
      management: 'intune',
      chpeDisabled: 'true',
    };
  }
}
globalThis.gc?.();
const before = process.memoryUsage();
let peakRss = before.rss;
let peakHeap = before.heapUsed;
let eligible = 0;
const retained = [];
const t0 = process.hrtime.bigint();
let gcMs = 0;
let i = 0;
for (const r of h.forecastFleetSync(fleet(N), { asOf: { year: 2026, month: 8, day: 20 } })) {
  if (r.ok && r.eligible) eligible++;
  if (++i % 20_000 === 0) {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeap = Math.max(peakHeap, m.heapUsed);
  }
  // What survives a full collection is what the forecast keeps: it must not grow with the fleet.
  if (i % (N / 5) === 0 && globalThis.gc) {
    const g = process.hrtime.bigint();
    globalThis.gc();
    retained.push((process.memoryUsage().heapUsed / 2 ** 20).toFixed(1));
    gcMs += Number(process.hrtime.bigint() - g) / 1e6;
  }
}
const seconds = (Number(process.hrtime.bigint() - t0) / 1e6 - gcMs) / 1e3;
const fleetLine = `${N.toLocaleString('en-US')} devices in ${seconds.toFixed(2)} s: ${Math.round(N / seconds).toLocaleString('en-US')} devices/s; peak heap ${(peakHeap / 2 ** 20).toFixed(1)} MiB (start ${(before.heapUsed / 2 ** 20).toFixed(1)} MiB), peak RSS ${(peakRss / 2 ** 20).toFixed(1)} MiB (start ${(before.rss / 2 ** 20).toFixed(1)} MiB); heap after full GC at each fifth: ${retained.join(', ')} MiB; ${eligible.toLocaleString('en-US')} eligible`;

// --- report
const lib = (group) => rows.find((r) => r.group === group && r.ratio === null);
console.log(`\nnode ${process.version}, ${process.platform} ${process.arch}\n`);
let group = '';
for (const r of rows) {
  if (r.group !== group) {
    group = r.group;
    console.log(`\n${group}`);
  }
  const base = lib(r.group);
  const x = r.ns / base.ns;
  const ratio = r.ratio === null ? '(this library)' : `${x.toFixed(x < 10 ? 2 : 0)}x the library's time`;
  console.log(`  ${r.name.padEnd(64)} ${fmt(r.ns).padStart(11)}/op  ${ratio}`);
}
console.log(`\nforecastFleet: ${fleetLine}`);
const ratio = (group, name) =>
  rows.find((r) => r.group.startsWith(group) && r.name.startsWith(name)).ns /
  lib(rows.find((r) => r.group.startsWith(group)).group).ns;
const targets = [];
for (const mode of ['kept', 'discarded']) {
  for (const fn of ['patchTuesday', 'plannedMonthKind']) {
    const g = `${fn} (results ${mode}`;
    const luxon = ratio(g, 'luxon');
    const rr = ratio(g, 'rrule');
    const floor = 1 / ratio(g, 'floor');
    targets.push([`${fn}, results ${mode}: ${luxon.toFixed(0)}x luxon (target >= 100x)`, luxon >= 100]);
    targets.push([`${fn}, results ${mode}: ${rr.toFixed(0)}x rrule.js (target >= 1000x)`, rr >= 1000]);
    targets.push([`${fn}, results ${mode}: ${floor.toFixed(2)}x the floor's time (target <= 5x)`, floor <= 5]);
  }
}
const ibr = 1 / ratio('identifyBuild', 'floor');
targets.push([`identifyBuild: ${ibr.toFixed(2)}x the time of Map.get (target <= 1.5x)`, ibr <= 1.5]);
console.log('\nTargets:');
for (const [name, met] of targets) console.log(`  ${met ? 'met    ' : 'MISSED '} ${name}`);
if (sink === 0.5) console.log(sink);
