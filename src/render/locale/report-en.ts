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
  tables: {
    heads: {
      product: 'Product',
      kind: 'Kind',
      status: 'Status',
      channel: 'Channel',
      release: 'Release',
      kb: 'KB',
      build: 'Build',
      date: 'Date',
      restart: 'Restart',
      source: 'Source',
      month: 'Month',
      newest: 'Newest',
      read: 'Read',
      age: 'Age (days)',
      behind: 'Behind',
      security: 'Security',
      patchTuesday: 'Patch Tuesday',
      windowStart: 'Window start',
      windowEnd: 'Window end',
      startUtc: 'Start (UTC)',
    },
    restart: { required: 'yes', none: 'no', unknown: 'unknown' },
    monthsBehind: (n) => `${n} month${n === 1 ? '' : 's'}`,
    stale: 'stale: refresh',
    deadline: {
      published: 'Published',
      offered: 'Offered',
      graceEnds: 'Grace ends',
      deadline: 'Deadline',
      forced: 'Forced restart',
      noneHotpatch: 'none: hotpatch, no restart',
      noneNoDeadline: 'none: no deadline configured',
    },
    monthHead: (name, msrc, pt, utc, local) => `${name} (${msrc}): Patch Tuesday ${pt}, released ${utc} / ${local}`,
    deadlineHead: (head, deferral, deadline, grace) =>
      `${head}: deferral ${deferral}, deadline ${deadline}, grace ${grace} days`,
    deadlineHow: (deadlineDays, graceDays, forced) =>
      `The restart is forced at the later of the deadline (offered + ${deadlineDays} days) and the end of the grace period (restart pending + ${graceDays} days): ${forced}.`,
    dataHead: (asOf, retrieved) => `Data on ${asOf}: built-in data retrieved ${retrieved}`,
    overlay: (path, origin, retrieved) =>
      `Overlay: ${path} (from ${origin}, retrieved ${retrieved}), read over the built-in data`,
    noOverlay: (builtinOnly) =>
      builtinOnly
        ? 'Overlay: none (--builtin)'
        : "Overlay: none (run 'hotpatch-calendar refresh' to fetch newer months into the user cache)",
    kbNotInData: (kb) =>
      `${kb}: not in the data (it may be newer than the data, or not a hotpatch product's update; try 'hotpatch-calendar refresh')`,
  },
  remedies: {},
};
