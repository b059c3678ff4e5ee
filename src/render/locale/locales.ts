/**
 * The languages of the human-readable outputs, and month and weekday names in them through `Intl` with a fixed
 * locale (never the host's).
 * @module
 */
import { HotpatchRangeError } from 'hotpatch-calendar';
import { de } from './de.js';
import { en } from './en.js';
import type { Messages, ReportMessages } from './messages.js';
import { reportDe } from './report-de.js';
import { reportEn } from './report-en.js';

/** A language the renderers speak: `'en'` (default) or `'de'`. */
export type Locale = 'en' | 'de';

const CATALOGS: Readonly<Record<Locale, Messages>> = { en, de };

/** Languages the renderers speak. */
export const LOCALES: readonly Locale[] = ['en', 'de'];

/** The messages of a locale option; `E_OPTION` for a language there is no catalog for. */
export function _messages(fn: string, locale: unknown): Messages {
  if (locale === undefined) return en;
  if (typeof locale === 'string' && Object.hasOwn(CATALOGS, locale)) return CATALOGS[locale as Locale];
  throw new HotpatchRangeError(
    'E_OPTION',
    `${fn}: options.locale ${typeof locale === 'string' ? JSON.stringify(locale.slice(0, 20)) : typeof locale} is not a language of this library; expected one of ${LOCALES.join(', ')}`,
  );
}

const monthNames = new Map<string, readonly string[]>();

/** Short month names (`Jan`, `Mär`), from `Intl` with the catalog's fixed locale. */
export function _monthNames(m: Messages): readonly string[] {
  let names = monthNames.get(m.tag);
  if (!names) {
    const format = new Intl.DateTimeFormat(m.tag, { month: 'short', timeZone: 'UTC' });
    names = Array.from({ length: 12 }, (_, i) => format.format(Date.UTC(2026, i, 15)).replace(/\.$/, ''));
    monthNames.set(m.tag, names);
  }
  return names;
}

const weekdayFormats = new Map<string, Intl.DateTimeFormat>();

/** Short weekday name of a civil date (`Tue`, `Di`), from `Intl` with the catalog's fixed locale. */
export function _weekdayName(m: Messages, date: { year: number; month: number; day: number }): string {
  let format = weekdayFormats.get(m.tag);
  if (!format) {
    format = new Intl.DateTimeFormat(m.tag, { weekday: 'short', timeZone: 'UTC' });
    weekdayFormats.set(m.tag, format);
  }
  const d = new Date(Date.UTC(2000, 0, 1));
  d.setUTCFullYear(date.year, date.month - 1, date.day);
  return format.format(d).replace(/\.$/, '');
}

/** The words of a report: the renderers' and the report's own. @internal */
export type _ReportWords = Messages & ReportMessages;

/** English report words, the default of the report renderers. @internal */
export const _REPORT_EN: _ReportWords = { ...en, ...reportEn };

/** The report words of a locale (compliance report, remedies), for the CLI's reports. @internal */
export function _reportWords(locale: Locale): _ReportWords {
  return locale === 'de' ? { ...de, ...reportDe } : _REPORT_EN;
}
