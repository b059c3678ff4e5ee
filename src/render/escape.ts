/**
 * Escaping per output format. Every field a renderer writes passes through one of these; control characters
 * (C0 except tab and line breaks where a format allows them, DEL, C1) are removed first, so no field can start a
 * new ICS property, break a Markdown row, or smuggle an escape sequence into a terminal.
 * @internal
 * @module
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: removing them is the point
const CONTROLS_AND_BREAKS = /[\u0000-\u001f\u007f-\u009f]/g;

/** One line of plain text: control characters and line breaks removed. */
export function _plain(text: string): string {
  return text.replace(CONTROLS_AND_BREAKS, ' ').replace(/ {2,}/g, ' ');
}

// C0 and C1 controls (line breaks included), DEL, and the bidirectional overrides and isolates that reorder what a
// terminal shows (U+202A..U+202E, U+2066..U+2069, the marks U+200E, U+200F, U+061C).
// biome-ignore lint/suspicious/noControlCharactersInRegex: making them visible is the point
const TERMINAL_UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Text from data as a terminal should show it: every control character, line break and bidi override made visible
 * as an escape (`\n`, `\x1b`, `\u202e`), so data can neither forge a line nor move the cursor; longer than `max`
 * characters, cut with a count of what was left out.
 */
export function _terminal(text: string, max = 200): string {
  const visible = text.replace(TERMINAL_UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
  if (visible.length <= max) return visible;
  return `${visible.slice(0, max)}… (${(visible.length - max).toLocaleString('en-US')} more characters)`;
}

/**
 * At most `limit` lines of a list, then one line saying how many more: warnings about input never grow one line
 * per bad value without bound.
 */
export function _grouped(lines: readonly string[], limit = 10): string[] {
  if (lines.length <= limit) return [...lines];
  return [...lines.slice(0, limit), `… and ${(lines.length - limit).toLocaleString('en-US')} more`];
}

/** HTML element content and attribute values (always double-quoted). */
export function _html(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** A GitHub-flavoured Markdown table cell: one line, pipes and Markdown/HTML syntax characters escaped. */
export function _markdownCell(text: string): string {
  return _plain(text)
    .replace(/\\/g, '\\\\')
    .replace(/\|/g, '\\|')
    .replace(/([*_`[\]<>#!~])/g, '\\$1');
}

// Everything an iCalendar TEXT value changes, found in one pass (it runs for every event): controls (dropped; tab
// kept), line breaks (CRLF one break, also with dropped controls between), and the three characters RFC 5545
// §3.3.11 escapes.
const ICS_SPECIAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
  /\r[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]*\n|[\r\n\\;,\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const icsEscape = (c: string): string =>
  c === '\\' || c === ';' || c === ',' ? `\\${c}` : c[0] === '\n' || c[0] === '\r' ? '\\n' : '';

/** An iCalendar TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function _icsText(text: string): string {
  return text.replace(ICS_SPECIAL, icsEscape);
}

/**
 * A CSV field (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled; a field a
 * spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a leading `'` (OWASP's advice on
 * CSV injection); `null` is empty.
 */
export function _csvField(value: string | number | boolean | null): string {
  let text = value === null ? '' : String(value).replace(CONTROLS, '');
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
