/**
 * The report words in English (see {@link ReportMessages}).
 * @internal
 * @module
 */
import type { ReportMessages } from './messages.js';

/** English report words. */
export const reportEn: ReportMessages = {
  compliance: {
    title: (asOf) => `Hotpatch compliance on ${asOf}`,
    devices: (n, family) =>
      `${n.toLocaleString('en-US')} ${family === 'server' ? (n === 1 ? 'server' : 'servers') : n === 1 ? 'device' : 'devices'}`,
    current: (current, devices, percent) =>
      `${current.toLocaleString('en-US')} of ${devices.toLocaleString('en-US')} ${devices === 1 ? 'device' : 'devices'} current (${percent})`,
    notTold: (n) => `${n.toLocaleString('en-US')} whose currency cannot be told`,
    notDevices: (n) => `${n.toLocaleString('en-US')} ${n === 1 ? 'record that is' : 'records that are'} no device`,
    restartsDue: (week, month) => `Restarts due: ${week} within 7 days, ${month} within 30 days`,
    byProduct: 'By product',
    columns: { product: 'Product', channel: 'Channel', devices: 'Devices', current: 'Current', share: 'Share' },
    channel: {
      all: 'all',
      hotpatch: 'hotpatch',
      standard: 'standard',
      baseline: 'baseline',
      unknown: 'build not in the data',
    },
    otherWindows: 'Other Windows (not in the hotpatch program)',
    releasesBehind: 'Security releases behind',
    behindLabels: ['current', '1 behind', '2 behind', '3+ behind', 'unknown'],
    todo: 'To do (devices not hotpatching, by reason)',
    nothingToDo: 'Nothing: every device is hotpatching.',
    docs: 'Microsoft docs',
    behindTitle: (listed, total) =>
      `Devices not current: ${total.toLocaleString('en-US')}${listed < total ? ` (the ${listed.toLocaleString('en-US')} furthest behind)` : ''}, furthest behind first`,
    behindColumns: ['Device', 'Product', 'Build', 'Releases behind', 'Days behind', 'Reason', 'What to do'],
    unknownValue: 'unknown',
    installNewest: 'Install the newest security update (cumulative: the newest one is enough)',
  },
  remedies: {},
};
