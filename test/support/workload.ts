// A fixed workload over the whole public API, printed as text: run under many TZ/LANG values by the
// determinism test, which requires byte-identical output.
import * as lib from '../../src/index.js';
import * as renderers from '../../src/render/index.js';

const h = { ...lib, ...renderers };

const out: string[] = [];
const zones = [
  'UTC',
  'America/Los_Angeles',
  'Pacific/Kiritimati',
  'Asia/Kolkata',
  'America/St_Johns',
  'Australia/Lord_Howe',
];
for (const year of [2024, 2025, 2026, 2027, 2031]) {
  const cal = h.yearCalendar(year, {
    products: [...h.PRODUCT_IDS],
    zone: zones[year % zones.length] as string,
    include: ['oob', 'previews'],
  });
  out.push(
    h.renderJson(cal),
    h.renderIcs(cal, { alarmsMinutesBefore: [30] }),
    h.renderCsv(cal),
    h.renderMarkdown(cal),
    h.renderHtml(cal),
  );
}
for (const zone of zones) {
  for (let m = 1; m <= 12; m++)
    out.push(JSON.stringify(h.releaseInstant({ year: 2027, month: m }, { zone, release: m % 2 ? 'B' : 'D' })));
  out.push(
    JSON.stringify(
      h.maintenanceWindows(
        { from: '2026-01', to: '2027-12' },
        { offsetDays: 5, time: '02:30', zone, durationMinutes: 90 },
      ),
    ),
  );
  out.push(JSON.stringify(h.restartDeadline('2026-10', 'broad', { zone })));
  out.push(
    JSON.stringify(h.currentRelease('windows-11-24h2', 'hotpatch', { year: 2026, month: 3, day: 10 }, { zone })),
  );
}
const device = {
  product: 'windows-11-24h2',
  edition: 'Enterprise',
  architecture: 'x64',
  build: '26100.7392',
  license: 'microsoft-365-e3',
  vbsRunning: true,
  hotpatchPolicy: 'default',
  management: 'intune',
} as const;
for (const zone of zones)
  out.push(
    JSON.stringify(
      h.predictRestarts(device, {
        from: { year: 2025, month: 12, day: 15 },
        to: { year: 2028, month: 3, day: 1 },
        zone,
      }),
    ),
  );
out.push(
  JSON.stringify([
    ...h.forecastFleetSync([device, { ...device, build: '26100.8390' }, { ...device, edition: 'Pro' }, { bad: true }], {
      asOf: { year: 2026, month: 8, day: 20 },
    }),
  ]),
);
out.push(
  JSON.stringify(h.identifyBuild('26100.4851')),
  JSON.stringify(h.describeMonth('windows-server-2022-azure-edition', '2024-08-20', { zone: 'Asia/Kolkata' })),
);
out.push(JSON.stringify(h.safeParseCivilDate('2025-02-30')));
process.stdout.write(out.join('\n'));
