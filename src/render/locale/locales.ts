/**
 * The languages of the human-readable outputs, and month and weekday names in them (fixed tables, never the
 * host's locale).
 * @module
 */
import { HotpatchRangeError, toEpochDay } from 'hotpatch-calendar';
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

/**
 * Short month names (`Jan`, `Mär`). Static, not `Intl`: a terminal year view then loads no locale data, which was
 * a tenth of the CLI's start (a test holds the tables equal to `Intl`'s names for the tag).
 */
export function _monthNames(m: Messages): readonly string[] {
  return m.monthsShort;
}

/** Short weekday name of a civil date (`Tue`, `Di`). */
export function _weekdayName(m: Messages, date: { year: number; month: number; day: number }): string {
  // 1970-01-01 was a Thursday: (epoch day + 4) mod 7 is the weekday, 0 for Sunday.
  const day = toEpochDay(date);
  return m.weekdaysShort[(((day + 4) % 7) + 7) % 7] ?? '';
}

/** The words of a report: the renderers' and the report's own. @internal */
export type _ReportWords = Messages & ReportMessages;

/** English report words, the default of the report renderers. @internal */
export const _REPORT_EN: _ReportWords = { ...en, ...reportEn };

/** The report words of a locale (compliance report, remedies), for the CLI's reports. @internal */
export function _reportWords(locale: Locale): _ReportWords {
  return locale === 'de' ? { ...de, ...reportDe } : _REPORT_EN;
}
