/**
 * The options every human-readable renderer takes.
 * @module
 */
import { HotpatchRangeError } from 'hotpatch-calendar';
import { _messages, type Locale } from './locale/locales.js';
import type { Messages } from './locale/messages.js';

/** Options of the Markdown, HTML and iCalendar renderers. */
export interface RenderOptions {
  /**
   * Language of the text people read (`'en'` or `'de'`); never taken from the host. CSV headers and JSON keys
   * stay English.
   * @defaultValue `'en'`
   */
  readonly locale?: Locale;
}

/** Reads `options` (undefined or a plain object) and its `locale`. @internal */
export function _renderOptions(fn: string, options: unknown): { opts: object; m: Messages } {
  if (options === undefined) return { opts: {}, m: _messages(fn, undefined) };
  if (typeof options !== 'object' || options === null || Array.isArray(options))
    throw new HotpatchRangeError(
      'E_OPTION',
      `${fn}: options is not an options object; expected { locale: 'en' | 'de' }`,
    );
  return { opts: options, m: _messages(fn, Object.getOwnPropertyDescriptor(options, 'locale')?.value) };
}
