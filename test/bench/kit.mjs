// The testing kit's cost to its users: one default checkRebootCadence (enumeration of product × year × device
// class, then 100 random runs) against the random runs alone, with a correct scheduler (a failing one stops
// earlier). Medians of 7 after a warm-up. Part of `npm run bench`, never of the tests.
import { nextRestart, restartSummary } from '../../dist/index.js';
import { checkFleetRestartCounts, checkNextRestart, checkRebootCadence } from '../../dist/testing.js';

const correct = (d, y) => restartSummary(d, y).months;
async function median(run) {
  await run();
  const times = [];
  for (let i = 0; i < 7; i++) {
    const t = process.hrtime.bigint();
    await run();
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return times.sort((a, b) => a - b)[3];
}
const random = await median(() => checkRebootCadence(correct, { seed: 1, exhaustive: false }));
const rows = [
  ['checkRebootCadence, 100 random runs only (baseline)', random],
  [
    'checkRebootCadence, default (enumeration + 100 random runs)',
    await median(() => checkRebootCadence(correct, { seed: 1 })),
  ],
  [
    'checkNextRestart, default (100 runs)',
    await median(() => checkNextRestart((d, asOf) => nextRestart(d, { asOf })?.date ?? null, { seed: 1 })),
  ],
  [
    'checkFleetRestartCounts, default (100 fleets of 1-40 devices)',
    await median(() =>
      checkFleetRestartCounts(
        (devices, year) => {
          const c = {};
          for (const d of devices)
            for (const m of restartSummary(d, year).months) {
              const k = `${m.year}-${String(m.month).padStart(2, '0')}`;
              c[k] = (c[k] ?? 0) + 1;
            }
          return c;
        },
        { seed: 1 },
      ),
    ),
  ],
];
console.log('\nTesting kit, one check with a correct implementation');
console.table(
  rows.map(([check, ms]) => ({ check, 'ms (median of 7)': ms.toFixed(1), 'vs baseline': (ms / random).toFixed(1) })),
);
