/**
 * German, in Microsoft's German terms (Baseline, Hotpatch, Neustart, Qualitätsupdate, Patchday).
 * @module
 */
import type { Messages } from './messages.js';

/** Deutsch. */
export const de: Messages = {
  tag: 'de',
  monthsShort: ['Jan', 'Feb', 'Mär', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'],
  weekdaysShort: ['So', 'Mo', 'Di', 'Mi', 'Do', 'Fr', 'Sa'],
  title: (year) => `Windows-Hotpatch-Kalender ${year}`,
  releaseRule:
    'Updates erscheinen am Patchday um 10:00 Uhr pazifischer Zeit. Baselines erfordern auf jedem Gerät einen Neustart; in Hotpatch-Monaten installieren registrierte Geräte ohne Neustart.',
  localTimesIn: (zone) => `Ortszeiten in ${zone}.`,
  dataCollected: (date, from) =>
    from === undefined || from === date ? `Datenstand ${date}.` : `Datenstand ${from} bis ${date}.`,
  security: (s) =>
    [
      `${s.cves} ${s.cves === 1 ? 'CVE' : 'CVEs'}`,
      `${s.critical} kritisch`,
      `${s.exploited} ausgenutzt`,
      ...(s.publiclyDisclosed > 0 ? [`${s.publiclyDisclosed} öffentlich bekannt`] : []),
    ].join(', '),
  kind: {
    baseline: 'Baseline (Neustart)',
    unplanned: 'Ungeplante Baseline (Neustart)',
    hotpatch: 'Hotpatch (kein Neustart)',
    hotpatchMissing: 'Neustart unbekannt (nicht in den Daten)',
  },
  short: {
    baseline: 'Baseline',
    unplanned: 'Ungeplante Baseline',
    hotpatch: 'Hotpatch',
    hotpatchMissing: 'Unbekannt',
    ended: 'beendet',
    notYet: 'noch nicht',
  },
  restart: { required: 'Neustart erforderlich', none: 'kein Neustart', unknown: 'Neustart unbekannt' },
  kb: {
    notPublishedYet: 'noch nicht veröffentlicht',
    notInData: (newest) => `nicht in den Daten (neueste: ${newest})`,
    notPublished: 'KB und Build nicht veröffentlicht',
    unknown: 'KB unbekannt',
    tba: 'KB folgt',
    notInDataShort: 'nicht in Daten',
  },
  column: {
    release: 'Release',
    patchTuesday: 'Patchday',
    time: (zone) => `Uhrzeit (${zone})`,
    product: 'Produkt',
    type: 'Art',
    hotpatch: 'Hotpatch-Kanal',
    standard: 'Standardkanal',
    date: 'Datum',
    kbBuild: 'KB (Build)',
    restart: 'Neustart',
    month: 'Monat',
    security: 'Sicherheit',
  },
  extra: {
    preview: 'Vorschau (D-Release)',
    oobHotpatch: 'Out-of-Band-Hotpatch',
    oobLcu: 'Out-of-Band-Qualitätsupdate (kumulativ)',
  },
  legend: {
    title: 'Legende',
    projected: 'Vorausberechnet (noch nicht veröffentlicht)',
    unknown: 'Unbekannt: vergangen, nicht in den Daten (Hotpatch oder ungeplante Baseline; Neustart unbekannt)',
    inactive: 'Produkt nicht im Programm (beendet oder noch nicht)',
  },
  projectedNote: 'aus dem geplanten Rhythmus vorausberechnet: Microsoft hat diesen Monat noch nicht veröffentlicht.',
  releaseNames:
    '„2026.01 B“ ist Microsofts Name eines Release: Jahr, Monat und B für das Release am Patchday („B-Woche“).',
  ics: {
    forProduct: (release, msrc, product) => `${release} (MSRC ${msrc}) für ${product}.`,
    hotpatchChannel: 'Hotpatch-Kanal',
    standardChannel: 'Standardkanal',
    released: (utc, planned) =>
      planned
        ? `Geplante Veröffentlichung ${utc} (10:00 Uhr pazifischer Zeit).`
        : `Veröffentlicht ${utc} (10:00 Uhr pazifischer Zeit).`,
    source: (source) =>
      `Quelle: ${{ published: 'von Microsoft veröffentlichte Daten', override: 'Ihr Katalog-Overlay', projected: 'geplanter Rhythmus (vorausberechnet)', unknown: 'nicht in den Daten' }[source]}.`,
  },
  terminal: {
    heading: (year, zone) =>
      `Windows-Hotpatch-Kalender ${year} · Uhrzeiten in ${zone} · Patchday 10:00 pazifische Zeit`,
    columns: ['Monat', 'Termin', 'Produkte', 'Art', 'Hotpatch', 'Standard'],
    same: '= Hotpatch',
    unplannedShort: 'Ungeplant',
    noData: 'keine Daten',
    tba: 'folgt',
    legend: [
      'Baseline: jedes Gerät startet neu. Hotpatch: registrierte Geräte installieren ohne Neustart;',
      'der Standardkanal erhält ein eigenes KB und startet neu.',
      'KB .N = KB und Build-Revision (26100.N, 26200.N ...).',
      '* vorausberechnet, noch nicht veröffentlicht (folgt).',
      'keine Daten: ein vergangener Monat fehlt in den Daten (hotpatch-calendar refresh).',
      'Alle Spalten, Produkt-IDs und vollständige Builds: --wide.',
    ],
  },
  yes: 'ja',
  no: 'nein',
};
