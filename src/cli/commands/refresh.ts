/**
 * `hotpatch-calendar refresh`: brings Microsoft's newest releases into a catalog overlay. Online it fetches MSRC's
 * CVRF documents and the release-information pages; offline it reads saved copies (`--from`). The overlay is
 * merged, validated like the built-in data, and written atomically: a failed fetch, a garbage answer, a
 * validation error or a killed process never damages the existing file.
 * @module
 */
import { createCatalog } from '../../catalog/catalog.js';
import { describeConflict, importText, monthsOf, type Source } from '../refresh-sources.js';
import type { CatalogDocument } from '../../catalog/types.js';
import { MSRC_CVRF_BASE_URL, type ImportResult } from '../../importers/cvrf.js';
import { mergeCatalogEntries } from '../../importers/merge.js';
import { RELEASE_HEALTH_URLS } from '../../importers/release-health.js';
import { _formatDate, _fromEpochDay } from '../../time/civil-date.js';
import { _fromMonthIndex, _monthIndex } from '../../time/year-month.js';
import { releaseNames } from '../../cadence/release-names.js';
import { renderCatalogDocument } from '../../render/catalog-document.js';
import { _grouped, _terminal } from '../../render/escape.js';
import { choiceFlag, intFlag, parseCommand, STRING } from '../args.js';
import { overlayOf, parseJsonFile } from '../catalog-option.js';
import { dirname } from 'node:path';
import { ioError, usageError } from '../errors.js';
import { fetchText } from '../host/fetch-text.js';
import type { Command } from './command.js';

const FLAGS = {
  month: { type: 'string', multiple: true },
  since: STRING,
  from: { type: 'string', multiple: true },
  'msrc-url': STRING,
  'release-health-url': { type: 'string', multiple: true },
  timeout: STRING,
  prefer: STRING,
  catalog: STRING,
} as const;

/** Largest document accepted (MSRC's monthly CVRF documents are a few MB). */
const MAX_BYTES = 20 * 1024 * 1024;
export const refreshCommand: Command = {
  name: 'refresh',
  help: `Usage: hotpatch-calendar refresh [--catalog FILE] [--month YYYY-MM ... | --since YYYY-MM] [--from FILE ...]
  [--msrc-url URL] [--release-health-url URL ...] [--timeout SECONDS] [--prefer existing|incoming]
Brings Microsoft's newest releases into the overlay (created if absent): --catalog FILE, else
HOTPATCH_CALENDAR_CATALOG, else the user's cache (hotpatch-calendar/catalog.json under $XDG_CACHE_HOME or ~/.cache,
%LOCALAPPDATA% on Windows), which every command reads when present ('hotpatch-calendar data' says which answered;
--builtin ignores it). Two refreshes at once both land (a lock file beside the overlay). Sources: MSRC's CVRF documents for the months asked (--month, or every month from --since to the current one),
the release-information pages' hotpatch calendars (--release-health-url; without any source flag: the Windows 11
and Windows Server pages and the last three months), or saved copies of either (--from, detected by content).
The result is validated like the built-in data and written atomically; failures leave FILE as it was.
--msrc-url is the base the document id (2026-Aug) is appended to (default ${MSRC_CVRF_BASE_URL}).
--timeout is the deadline for all fetching (default 60 s; each attempt 30 s at most, 3 attempts on 5xx).
Examples: hotpatch-calendar refresh
          hotpatch-calendar refresh --from cvrf-2026-Aug.json --catalog overlay.json`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    if (positionals.length > 0) throw usageError(`unexpected argument ${JSON.stringify(positionals[0])}`);
    const overlay = overlayOf(values.catalog, io);
    if (overlay === undefined)
      throw usageError(
        io.builtinOnly
          ? 'refresh writes an overlay; --builtin reads none'
          : 'refresh needs --catalog FILE: no user cache folder is known here (set HOME, XDG_CACHE_HOME or LOCALAPPDATA)',
      );
    const path = overlay.path;
    if (!io.readFile) throw usageError('refresh is not available in this host');
    if (values.month !== undefined && values.since !== undefined) throw usageError('give --month or --since, not both');
    const prefer = choiceFlag('prefer', values.prefer, ['existing', 'incoming'], 'existing');
    const timeoutSeconds = intFlag('timeout', values.timeout) ?? 60;
    if (timeoutSeconds < 1 || timeoutSeconds > 3600) throw usageError('--timeout takes 1 to 3600 seconds');
    const now = io.now();
    const today = _fromEpochDay(Math.floor(now / 86_400_000));
    const base = values['msrc-url'] ?? MSRC_CVRF_BASE_URL;
    const noSource =
      values.month === undefined &&
      values.since === undefined &&
      values.from === undefined &&
      values['release-health-url'] === undefined;
    const { months, sinceMode } = noSource
      ? { months: [-2, -1, 0].map((d) => _fromMonthIndex(_monthIndex(today) + d)), sinceMode: true }
      : monthsOf(values.month, values.since, today);
    const pages =
      values['release-health-url'] ??
      (noSource ? [RELEASE_HEALTH_URLS.windows11, RELEASE_HEALTH_URLS.windowsServer] : []);
    const sources: Source[] = [
      ...(values.from ?? []).map((file): Source => ({ label: file, kind: 'detect', file })),
      ...months.map((m): Source => {
        const id = releaseNames(m).msrcId;
        return {
          label: `MSRC ${id}`,
          kind: 'cvrf',
          url: `${base}${id}`,
          citeAs: `${MSRC_CVRF_BASE_URL}${id}`,
          optional: sinceMode,
        };
      }),
      ...pages.map(
        (url): Source => ({ label: url, kind: 'html', url, ...(url.startsWith('https://') ? { citeAs: url } : {}) }),
      ),
    ];

    // Everything is read and checked before anything is written; the overlay is read, merged and written inside
    // its lock, so two refreshes at once both land (the second merges into what the first wrote).
    const deadline = now + timeoutSeconds * 1000;
    const imported: { label: string; result: ImportResult }[] = [];
    const lines: string[] = [];
    for (const [i, source] of sources.entries()) {
      if (io.stderrIsTTY) io.stderr(`\rrefresh: ${source.label} (${i + 1}/${sources.length})\x1b[K`);
      let text: string;
      if (source.file !== undefined) {
        const read = await io.readFile(source.file).catch((error: unknown) => {
          throw ioError(`cannot read ${source.file}: ${error instanceof Error ? error.message : String(error)}`);
        });
        if (read === null) throw ioError(`cannot read ${source.file}: no such file`);
        text = read;
      } else {
        const answer = await fetchText(source.url ?? '', {
          accept: source.kind === 'cvrf' ? 'application/json' : 'text/html',
          attemptMs: Math.min(30_000, timeoutSeconds * 1000),
          deadline,
          attempts: 3,
          maxBytes: MAX_BYTES,
          fetch: io.fetch ?? globalThis.fetch,
          now: io.now,
        });
        if (answer.status === 404) {
          if (!source.optional) throw ioError(`${source.label}: not found (404); nothing was written`);
          lines.push(`${source.label}: not published (404), skipped`);
          continue;
        }
        text = answer.text;
      }
      const result = importText(source.label, text, source.kind, source.citeAs);
      // Grouped: a document with 5,000 unknown product names gives ten lines and a count, not 5,000 lines.
      for (const line of _grouped(result.warnings.map((w) => `${w.code}: ${_terminal(w.message)}`)))
        io.stderr(`hotpatch-calendar: warning: ${_terminal(source.label)}: ${line}\n`);
      imported.push({ label: source.label, result });
    }
    if (io.stderrIsTTY) io.stderr('\r\x1b[K');
    if (overlay.origin === 'cache' && io.ensureDir) await io.ensureDir(dirname(path));
    const release = io.lock
      ? await io.lock(path).catch((error: unknown) => {
          throw ioError(`cannot lock ${path}: ${error instanceof Error ? error.message : String(error)}`);
        })
      : async () => undefined;
    let added = 0;
    let changed = 0;
    let document: CatalogDocument | null;
    try {
      const existingText = await io.readFile(path);
      const existing: CatalogDocument | null = existingText === null ? null : parseJsonFile(path, existingText);
      if (existing !== null) createCatalog(existing);
      document = existing;
      for (const { result } of imported) {
        const merged = mergeCatalogEntries(document, result.entries, { prefer, retrieved: _formatDate(today) });
        document = merged.document;
        added += merged.added.length;
        changed += merged.changed.length;
        lines.push(
          ...merged.added.map((k) => `added: ${k}`),
          ...merged.changed.map((k) => `changed: ${k}`),
          ...merged.conflicts.map(describeConflict),
        );
      }
      if (document === null) throw ioError('no source gave any release; nothing was written');
      createCatalog(document); // the same validation as the built-in data
      const text = renderCatalogDocument(document);
      await io.writeFile(path, text).catch((error: unknown) => {
        throw ioError(`cannot write ${path}: ${error instanceof Error ? error.message : String(error)}`);
      });
    } finally {
      await release();
    }
    await io.stdout(
      `${lines.join('\n')}${lines.length ? '\n' : ''}${path}: ${added} added, ${changed} changed, ${document.releases.length} entries\n`,
    );
  },
};
