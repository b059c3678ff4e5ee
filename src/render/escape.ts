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

/** An iCalendar TEXT value (RFC 5545 3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`. */
export function _icsText(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
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
