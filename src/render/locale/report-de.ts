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
  remedies: REMEDIES_DE,
};
