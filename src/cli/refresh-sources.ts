/**
 * What `refresh` reads: the sources (saved files, MSRC CVRF documents, release-information pages), how a text is
 * imported, and how the months of `--month` / `--since` are worked out.
 * @module
 */
import { importCvrf, type ImportResult } from '../importers/cvrf.js';
import type { MergeConflict } from '../importers/merge.js';
import { importReleaseHealth } from '../importers/release-health.js';
import { _fromMonthIndex, _monthIndex, parseYearMonth, type YearMonth } from '../time/year-month.js';
import { ioError, usageError } from './errors.js';

/** Most months one `--since` may walk. */
const MAX_MONTHS = 120;

/** A source to read: a saved file or a URL, and how to read it. */
export interface Source {
  readonly label: string;
  readonly kind: 'cvrf' | 'html' | 'detect';
  readonly file?: string;
  readonly url?: string;
  /** The URL entries cite: Microsoft's own, also when the document came through a mirror (`--msrc-url`). */
  readonly citeAs?: string;
  /** A month that may not be published yet (the current one in `--since`): a 404 is a note, not a failure. */
  readonly optional?: boolean;
}

/** Reads text as CVRF JSON or release-information HTML, by its first non-blank character. */
export function importText(label: string, text: string, kind: Source['kind'], url: string | undefined): ImportResult {
  const body = text.replace(/^\uFEFF/, '');
  const json = kind === 'cvrf' || (kind === 'detect' && /^\s*[[{]/.test(body));
  if (!json) return importReleaseHealth(body, url === undefined ? {} : { url });
  let document: unknown;
  try {
    document = JSON.parse(body);
  } catch {
    throw ioError(
      `${label}: not JSON (${/^\s*</.test(body) ? 'HTML came back where JSON was expected' : 'truncated or garbled'}); nothing was written`,
    );
  }
  return importCvrf(document, url === undefined ? {} : { url });
}

export function monthsOf(
  values: readonly string[] | undefined,
  since: string | undefined,
  today: YearMonth,
): { months: YearMonth[]; sinceMode: boolean } {
  if (since !== undefined) {
    const first = _monthIndex(parseYearMonth(since));
    const last = _monthIndex(today);
    if (first > last) throw usageError(`--since ${since} is after the current month`);
    if (last - first >= MAX_MONTHS) throw usageError(`--since ${since} walks more than ${MAX_MONTHS} months`);
    return { months: Array.from({ length: last - first + 1 }, (_, i) => _fromMonthIndex(first + i)), sinceMode: true };
  }
  return { months: (values ?? []).map((m) => parseYearMonth(m)), sinceMode: false };
}

export function describeConflict(c: MergeConflict): string {
  return `conflict: ${c.product} ${c.release} ${c.field}: overlay has ${String(c.existing)}, source has ${String(c.incoming)}; kept ${c.kept}`;
}
