/**
 * Windows OS build numbers (`10.0.26100.4061`: major.minor.build.UBR) and KB article numbers.
 * @module
 */
import { _safe, _show, type SafeResult, _error } from '../errors.js';
import { _oneOf, _options, _own } from '../guards.js';

/** A Windows OS version: `major.minor.build.ubr` (UBR = update build revision). */
export interface Build {
  /** 10 for Windows 10, 11 and Server 2016+. */
  readonly major: number;
  /** 0 for every current Windows. */
  readonly minor: number;
  /** OS build, e.g. 26100. */
  readonly build: number;
  /** Update build revision, e.g. 4061. */
  readonly ubr: number;
}

/** Anything accepted where a build is expected. */
export type BuildInput = Build | string;

const BUILD_RE = /^(?:(\d{1,2})\.(\d{1,2})\.)?([1-9]\d{3,4})\.(0|[1-9]\d{0,6})$/;
const ACCEPTED_BUILD = "'26100.4061' or '10.0.26100.4061' (OS build and UBR, optionally prefixed by '10.0.')";

/** @internal */
export function _parseBuild(fn: string, field: string, input: unknown): Build {
  if (typeof input === 'object' && input !== null && !Array.isArray(input)) {
    const rec = input as Record<string, unknown>;
    const parts = ['major', 'minor', 'build', 'ubr'].map((k) => _own(rec, k));
    if (parts.every((p) => typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= 99_999_999)) {
      const [major, minor, build, ubr] = parts as [number, number, number, number];
      if (build >= 1000 && build <= 99_999) return { major, minor, build, ubr };
    }
    throw _error(
      'E_BUILD_FORMAT',
      `${fn}: ${field} ${_show(input)} is not a build; expected ${ACCEPTED_BUILD} or a { major, minor, build, ubr } record`,
    );
  }
  if (typeof input !== 'string') {
    throw _error('E_TYPE', `${fn}: ${field} ${_show(input)} is not a string; expected ${ACCEPTED_BUILD}`);
  }
  const m = input.length <= 24 ? BUILD_RE.exec(input) : null;
  if (!m) {
    throw _error('E_BUILD_FORMAT', `${fn}: ${field} ${_show(input)} is not a build; expected ${ACCEPTED_BUILD}`);
  }
  return {
    major: m[1] === undefined ? 10 : Number(m[1]),
    minor: m[2] === undefined ? 0 : Number(m[2]),
    build: Number(m[3]),
    ubr: Number(m[4]),
  };
}

/**
 * Parses an OS build as Windows shows it (`winver`, Intune's OS version column, the registry's CurrentBuild.UBR).
 * @param text - `'26100.4061'` or `'10.0.26100.4061'`
 * @returns `{ major, minor, build, ubr }`
 * @throws {@link HotpatchSyntaxError} `E_BUILD_FORMAT` for `'26100'`, `'26100.'`, `'26100.-1'`, `'1e3.5'` and other shapes
 * @category Builds and KBs
 * @example
 * ```ts
 * parseBuild('10.0.26100.4061') //=> { major: 10, minor: 0, build: 26100, ubr: 4061 }
 * ```
 */
export function parseBuild(text: string): Build {
  return _parseBuild('parseBuild', 'text', text);
}

/**
 * {@link parseBuild} without throwing.
 * @param text - candidate build text
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @category Builds and KBs
 * @example
 * ```ts
 * safeParseBuild('26100.').ok //=> false
 * ```
 */
export function safeParseBuild(text: string): SafeResult<Build> {
  return _safe(() => parseBuild(text));
}

/** Options of {@link formatBuild}. */
export interface FormatBuildOptions {
  /**
   * `'short'` gives `26100.4061` (as Microsoft's release tables), `'full'` gives `10.0.26100.4061`.
   * @defaultValue `'short'`
   */
  readonly style?: 'short' | 'full';
}

/**
 * Formats a build.
 * @param build - a build record or text
 * @param options - see {@link FormatBuildOptions}
 * @returns e.g. `'26100.4061'`
 * @throws like {@link parseBuild}
 * @category Builds and KBs
 * @example
 * ```ts
 * formatBuild({ major: 10, minor: 0, build: 26100, ubr: 4061 }, { style: 'full' }) //=> '10.0.26100.4061'
 * ```
 */
export function formatBuild(build: BuildInput, options?: FormatBuildOptions): string {
  const b = _parseBuild('formatBuild', 'build', build);
  const style = _oneOf(
    'formatBuild',
    'options.style',
    _own(_options('formatBuild', options), 'style'),
    ['short', 'full'] as const,
    'short',
  );
  return style === 'full' ? `${b.major}.${b.minor}.${b.build}.${b.ubr}` : `${b.build}.${b.ubr}`;
}

/**
 * Orders builds by major, minor, build and UBR. This is version order only: across the hotpatch and standard
 * channels a higher UBR does not mean more security content (see {@link isPatchedThrough}).
 * @param a - first build
 * @param b - second build
 * @returns negative, 0 or positive
 * @throws like {@link parseBuild}
 * @category Builds and KBs
 * @example
 * ```ts
 * compareBuilds('26100.7781', '26100.7840') //=> -1
 * ```
 */
export function compareBuilds(a: BuildInput, b: BuildInput): -1 | 0 | 1 {
  const x = _parseBuild('compareBuilds', 'a', a);
  const y = _parseBuild('compareBuilds', 'b', b);
  const d = x.major - y.major || x.minor - y.minor || x.build - y.build || x.ubr - y.ubr;
  return d < 0 ? -1 : d > 0 ? 1 : 0;
}

/** Parses a build and checks that it belongs to a product (its OS build is the product's). @internal */
export function _productBuild(
  fn: string,
  input: unknown,
  product: { readonly id: string; readonly buildMajor: number },
): Build {
  const b = _parseBuild(fn, 'build', input);
  if (b.major !== 10 || b.minor !== 0 || b.build !== product.buildMajor) {
    throw _error(
      'E_BUILD_PRODUCT',
      `${fn}: build ${_show(input)} is not a ${product.id} build; expected 10.0.${product.buildMajor}.x`,
    );
  }
  return b;
}

/** The UBR of a short build text this library produced (`'26100.4061'` → 4061), unchecked. @internal */
export function _ubrOf(shortBuild: string): number {
  return Number(shortBuild.slice(shortBuild.indexOf('.') + 1));
}

const KB_RE = /^(?:KB)?([1-9]\d{5,6})$/i;

/** @internal */
export function _parseKb(fn: string, field: string, input: unknown): string {
  if (typeof input !== 'string') {
    throw _error(
      'E_TYPE',
      `${fn}: ${field} ${_show(input)} is not a string; expected a KB number such as 'KB5058411', 'kb5058411' or '5058411'`,
    );
  }
  const m = input.length <= 12 ? KB_RE.exec(input) : null;
  if (!m) {
    throw _error(
      'E_KB_FORMAT',
      `${fn}: ${field} ${_show(input)} is not a KB number; expected 'KB' and 6 or 7 digits, e.g. 'KB5058411', 'kb5058411' or '5058411'`,
    );
  }
  return `KB${m[1] as string}`;
}

/**
 * Normalises a Microsoft Knowledge Base article number.
 * @param text - `'KB5058411'`, `'kb5058411'` or `'5058411'`
 * @returns `'KB5058411'`
 * @throws {@link HotpatchSyntaxError} `E_KB_FORMAT` for `'KB12'`, `' KB5058411x'` and other shapes
 * @category Builds and KBs
 * @example
 * ```ts
 * parseKb('kb5058411') //=> 'KB5058411'
 * ```
 */
export function parseKb(text: string): string {
  return _parseKb('parseKb', 'text', text);
}

/**
 * {@link parseKb} without throwing.
 * @param text - candidate KB text
 * @returns `{ ok: true, value }` or `{ ok: false, error }`
 * @category Builds and KBs
 * @example
 * ```ts
 * safeParseKb('KB12').ok //=> false
 * ```
 */
export function safeParseKb(text: string): SafeResult<string> {
  return _safe(() => parseKb(text));
}
