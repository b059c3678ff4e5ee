/**
 * English.
 * @module
 */
import type { Messages } from './messages.js';

/** English, the default. */
export const en: Messages = {
  tag: 'en',
  monthsShort: ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'],
  weekdaysShort: ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'],
  title: (year) => `Windows hotpatch calendar ${year}`,
  releaseRule:
    'Releases land at 10:00 Pacific time on Patch Tuesday. Baselines restart every device; hotpatch months install without a restart on enrolled devices.',
  localTimesIn: (zone) => `Local times are in ${zone}.`,
  dataCollected: (date, from) =>
    from === undefined || from === date ? `Data collected ${date}.` : `Data collected ${from} to ${date}.`,
  security: (s) =>
    [
      `${s.cves} ${s.cves === 1 ? 'CVE' : 'CVEs'}`,
      `${s.critical} critical`,
      `${s.exploited} exploited`,
      ...(s.publiclyDisclosed > 0 ? [`${s.publiclyDisclosed} publicly disclosed`] : []),
    ].join(', '),
  kind: {
    baseline: 'Baseline (restart)',
    unplanned: 'Unplanned baseline (restart)',
    hotpatch: 'Hotpatch (no restart)',
    hotpatchMissing: 'Restart unknown (not in the data)',
  },
  short: {
    baseline: 'Baseline',
    unplanned: 'Unplanned baseline',
    hotpatch: 'Hotpatch',
    hotpatchMissing: 'Unknown',
    ended: 'ended',
    notYet: 'not yet',
  },
  restart: { required: 'restart required', none: 'no restart', unknown: 'restart unknown' },
  kb: {
    notPublishedYet: 'not published yet',
    notInData: (newest) => `not in the data (newest: ${newest})`,
    notPublished: 'KB and build not published',
    unknown: 'KB unknown',
    tba: 'KB tba',
    notInDataShort: 'not in data',
  },
  column: {
    release: 'Release',
    patchTuesday: 'Patch Tuesday',
    time: (zone) => `Time (${zone})`,
    product: 'Product',
    type: 'Type',
    hotpatch: 'Hotpatch channel',
    standard: 'Standard channel',
    date: 'Date',
    kbBuild: 'KB (build)',
    restart: 'Restart',
    month: 'Month',
    security: 'Security',
  },
  extra: {
    preview: 'Preview (D release)',
    oobHotpatch: 'Out-of-band hotpatch',
    oobLcu: 'Out-of-band cumulative update',
  },
  legend: {
    title: 'Legend',
    projected: 'Projected (not published yet)',
    unknown: 'Unknown: past, not in the data (hotpatch or unplanned baseline; restart unknown)',
    inactive: 'Product not in the program (ended or not yet)',
  },
  projectedNote: 'projected from the planned cadence: Microsoft has not published this month yet.',
  releaseNames:
    '"2026.01 B" is Microsoft\'s name for a release: year, month, and B for the Patch Tuesday ("B week") release.',
  ics: {
    forProduct: (release, msrc, product) => `${release} (MSRC ${msrc}) for ${product}.`,
    hotpatchChannel: 'Hotpatch channel',
    standardChannel: 'Standard channel',
    released: (utc, planned) =>
      planned ? `Planned release ${utc} (10:00 Pacific).` : `Released ${utc} (10:00 Pacific).`,
    source: (source) =>
      `Source: ${{ published: "Microsoft's published data", override: 'your catalog overlay', projected: 'the planned cadence (projected)', unknown: 'not in the data' }[source]}.`,
  },
  terminal: {
    heading: (year, zone) =>
      `Windows hotpatch calendar ${year} · release times in ${zone} · Patch Tuesday 10:00 Pacific`,
    columns: ['Month', 'Released', 'Products', 'Type', 'Hotpatch', 'Standard'],
    same: '= hotpatch',
    unplannedShort: 'Unplanned',
    noData: 'no data',
    tba: 'tba',
    legend: [
      'Baseline: every device restarts. Hotpatch: enrolled devices install without a restart;',
      'the standard channel gets its own KB and restarts.',
      'KB .N = the KB and the build revision (26100.N, 26200.N ...).',
      '* projected, not published yet (tba).',
      'no data: a past month the data lacks (hotpatch-calendar refresh).',
      'All columns, product ids and full builds: --wide.',
    ],
  },
  yes: 'yes',
  no: 'no',
};
