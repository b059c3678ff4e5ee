/**
 * Reads catalog input in any accepted shape: a data document of format 3 or 2 (sources table + releases) or 1
 * (`schemaVersion: 1`), or a bare list of entries of either format, into checked releases.
 * @internal
 * @module
 */
import { _error, _show } from '../errors.js';
import { _checkKeys, _own } from '../guards.js';
import { parseCivilDate } from '../time/civil-date.js';
import { _checkRelease } from './check-release.js';
import { _decodeV1Entry } from './decode-v1.js';
import { _decodeV2Entry, _isV2Entry } from './decode-v2.js';
import type { Release, ReleaseSource } from './types.js';
import { MAX_ENTRIES } from './validate.js';

/** What a catalog input holds, checked. */
export interface _DecodedInput {
  /** The releases, one per product and channel. */
  readonly releases: Release[];
  /** The document's collection date, when it is a document. */
  readonly retrieved: string | null;
}

const DOCUMENT_V2 = ['$schema', 'formatVersion', 'retrieved', 'sources', 'releases'] as const;
const DOCUMENT_V1 = ['schemaVersion', 'retrieved', 'entries'] as const;
const ACCEPTED = 'a catalog document { formatVersion: 3, retrieved, sources, releases } or a list of entries';

/** Decodes and checks catalog input; `builtInSources` resolves source ids a bare entry list uses. */
export function _decodeInput(
  fn: string,
  input: unknown,
  source: ReleaseSource,
  builtInSources: ReadonlyMap<string, string>,
): _DecodedInput {
  if (Array.isArray(input)) return { releases: decodeEntries(fn, input, source, builtInSources), retrieved: null };
  if (typeof input !== 'object' || input === null)
    throw _error('E_CATALOG', `${fn}: input ${_show(input)} is not a catalog; expected ${ACCEPTED}`);
  if (_own(input, 'schemaVersion') === 1) {
    _checkKeys(`${fn}: document`, input, DOCUMENT_V1, 'E_CATALOG');
    return {
      releases: decodeEntries(fn, listOf(fn, _own(input, 'entries')), source, builtInSources),
      retrieved: retrievedOf(fn, input),
    };
  }
  const version = _own(input, 'formatVersion');
  if (version !== 2 && version !== 3) {
    throw _error(
      'E_CATALOG',
      `${fn}: formatVersion ${_show(version)} is not supported; expected 3 or 2 (or schemaVersion 1 for version-1 files)`,
    );
  }
  _checkKeys(`${fn}: document`, input, DOCUMENT_V2, 'E_CATALOG');
  const table = _own(input, 'sources');
  if (typeof table !== 'object' || table === null || Array.isArray(table))
    throw _error('E_CATALOG', `${fn}: sources ${_show(table)} is not an object of id → URL`);
  _checkKeys(`${fn}: sources`, table, null, 'E_CATALOG');
  const sources = new Map(builtInSources);
  for (const id of Object.keys(table)) sources.set(id, String(_own(table, id)));
  return {
    releases: decodeEntries(fn, listOf(fn, _own(input, 'releases')), source, sources),
    retrieved: retrievedOf(fn, input),
  };
}

function listOf(fn: string, value: unknown): readonly unknown[] {
  if (!Array.isArray(value)) throw _error('E_CATALOG', `${fn}: releases ${_show(value)} is not a list of entries`);
  return value;
}

function retrievedOf(fn: string, doc: object): string {
  const retrieved = _own(doc, 'retrieved');
  if (typeof retrieved !== 'string')
    throw _error('E_CATALOG', `${fn}: retrieved ${_show(retrieved)} is not a date; expected 'YYYY-MM-DD'`);
  parseCivilDate(retrieved);
  return retrieved;
}

function decodeEntries(
  fn: string,
  entries: readonly unknown[],
  source: ReleaseSource,
  sources: ReadonlyMap<string, string>,
): Release[] {
  if (entries.length > MAX_ENTRIES)
    throw _error('E_CATALOG', `${fn}: ${entries.length} entries; expected at most ${MAX_ENTRIES}`);
  return entries.flatMap((raw, index) => {
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      throw _error('E_CATALOG', `${fn}: entry ${index}: ${_show(raw)} is not an object; expected a release record`);
    }
    const drafts = _isV2Entry(raw) ? _decodeV2Entry(fn, index, raw, sources) : [_decodeV1Entry(fn, index, raw)];
    return drafts.map((draft) => _checkRelease(fn, `entry ${index}`, draft, source));
  });
}
