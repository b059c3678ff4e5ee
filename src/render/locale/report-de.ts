/**
 * The report words in German (see {@link ReportMessages}).
 * @internal
 * @module
 */
import type { ReportMessages } from './messages.js';
import { REMEDIES_DE } from './remedies-de.js';

/** German report words. */
export const reportDe: ReportMessages = {
  compliance: {
    title: (asOf) => `Hotpatch-Compliance am ${asOf}`,
    devices: (n, family) =>
      `${n.toLocaleString('de-DE')} ${family === 'server' ? 'Server' : n === 1 ? 'Gerät' : 'Geräte'}`,
    current: (current, devices, percent) =>
      `${current.toLocaleString('de-DE')} von ${devices.toLocaleString('de-DE')} ${devices === 1 ? 'Gerät' : 'Geräten'} aktuell (${percent})`,
    notTold: (n) => `${n.toLocaleString('de-DE')} ohne feststellbaren Patchstand`,
    notDevices: (n) => `${n.toLocaleString('de-DE')} ${n === 1 ? 'Datensatz' : 'Datensätze'} ohne Gerät`,
    restartsDue: (week, month) => `Fällige Neustarts: ${week} innerhalb von 7 Tagen, ${month} innerhalb von 30 Tagen`,
    byProduct: 'Nach Produkt',
    columns: { product: 'Produkt', channel: 'Kanal', devices: 'Geräte', current: 'Aktuell', share: 'Anteil' },
    channel: {
      all: 'alle',
      hotpatch: 'Hotpatch',
      standard: 'Standard',
      baseline: 'Baseline',
      unknown: 'Build nicht in den Daten',
    },
    otherWindows: 'Anderes Windows (nicht im Hotpatch-Programm)',
    releasesBehind: 'Rückstand in Sicherheitsreleases',
    behindLabels: ['aktuell', '1 zurück', '2 zurück', '3+ zurück', 'unbekannt'],
    todo: 'Zu tun (Geräte ohne Hotpatch, nach Grund)',
    nothingToDo: 'Nichts: jedes Gerät nutzt Hotpatch.',
    docs: 'Microsoft-Dokumentation',
    behindTitle: (listed, total) =>
      `Nicht aktuelle Geräte: ${total.toLocaleString('de-DE')}${listed < total ? ` (die ${listed.toLocaleString('de-DE')} mit dem größten Rückstand)` : ''}, größter Rückstand zuerst`,
    behindColumns: ['Gerät', 'Produkt', 'Build', 'Releases zurück', 'Tage zurück', 'Grund', 'Maßnahme'],
    unknownValue: 'unbekannt',
    installNewest: 'Neuestes Sicherheitsupdate installieren (kumulativ: das neueste genügt)',
  },
  tables: {
    heads: {
      product: 'Produkt',
      kind: 'Art',
      status: 'Status',
      channel: 'Kanal',
      release: 'Release',
      kb: 'KB',
      build: 'Build',
      date: 'Datum',
      restart: 'Neustart',
      source: 'Quelle',
      month: 'Monat',
      newest: 'Neuester',
      read: 'Gelesen',
      age: 'Alter (Tage)',
      behind: 'Rückstand',
      security: 'Sicherheit',
      patchTuesday: 'Patchday',
      windowStart: 'Fensterbeginn',
      windowEnd: 'Fensterende',
      startUtc: 'Beginn (UTC)',
    },
    restart: { required: 'ja', none: 'nein', unknown: 'unbekannt' },
    monthsBehind: (n) => `${n} ${n === 1 ? 'Monat' : 'Monate'}`,
    stale: 'veraltet: refresh',
    deadline: {
      published: 'Veröffentlicht',
      offered: 'Angeboten',
      graceEnds: 'Karenzzeit endet',
      deadline: 'Stichtag',
      forced: 'Erzwungener Neustart',
      noneHotpatch: 'keiner: Hotpatch, kein Neustart',
      noneNoDeadline: 'keiner: kein Stichtag eingestellt',
    },
    monthHead: (name, msrc, pt, utc, local) => `${name} (${msrc}): Patchday ${pt}, veröffentlicht ${utc} / ${local}`,
    deadlineHead: (head, deferral, deadline, grace) =>
      `${head}: Zurückstellung ${deferral}, Stichtag ${deadline}, Karenzzeit ${grace} Tage`,
    deadlineHow: (deadlineDays, graceDays, forced) =>
      `Der Neustart wird zum späteren von Stichtag (Angebot + ${deadlineDays} Tage) und Ende der Karenzzeit (Neustart ausstehend + ${graceDays} Tage) erzwungen: ${forced}.`,
    dataHead: (asOf, retrieved) => `Daten am ${asOf}: eingebaute Daten vom ${retrieved}`,
    overlay: (path, origin, retrieved) =>
      `Overlay: ${path} (aus ${origin}, gelesen ${retrieved}), über den eingebauten Daten`,
    noOverlay: (builtinOnly) =>
      builtinOnly
        ? 'Overlay: keines (--builtin)'
        : "Overlay: keines ('hotpatch-calendar refresh' holt neuere Monate in den Benutzer-Cache)",
    kbNotInData: (kb) =>
      `${kb}: nicht in den Daten (neuer als die Daten, oder kein Update eines Hotpatch-Produkts; 'hotpatch-calendar refresh' versuchen)`,
  },
  remedies: REMEDIES_DE,
};
