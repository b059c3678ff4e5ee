import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { yearCalendar } from '../../src/index.js';
import { _csvField, _html, _icsText, _markdownCell, _plain } from '../../src/render/escape.js';
import { renderHtml, renderIcs, renderMarkdown } from '../../src/render/index.js';

// Each output format's escaping, character by character (RFC 5545 TEXT, HTML text and attributes, Markdown table
// cells, RFC 4180 fields with spreadsheet formulas defused, terminal text).
describe('escaping per format', () => {
  it('terminal text: controls and line breaks become one space', () => {
    expect(_plain('a\u0000b\nc  d\t\te')).toBe('a b c d e');
  });
  it('HTML: the five special characters as entities, controls removed', () => {
    expect(_html('a&b<c>"d\'e\u0001f')).toBe('a&amp;b&lt;c&gt;&quot;d&#39;ef');
    expect(_html('&lt;')).toBe('&amp;lt;');
  });
  it('Markdown cells: backslash, pipe and emphasis/HTML characters escaped, on one line', () => {
    expect(_markdownCell('a\\b|c*d_e`f[g]h<i>j#k!l~m\nn')).toBe('a\\\\b\\|c\\*d\\_e\\`f\\[g\\]h\\<i\\>j\\#k\\!l\\~m n');
  });
  it('ICS TEXT: backslash, semicolon, comma and line breaks escaped, controls removed', () => {
    expect(_icsText('a\\b;c,d\ne\r\nf\rg\u0001h')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ngh');
  });
  // The one-pass escape against the rule written step by step (controls out, then each escape in turn).
  const stepByStep = (text: string): string =>
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: the rule removes them
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\r\n|\r|\n/g, '\\n');
  const icsAlphabet = fc.constantFrom(
    'a',
    'ä',
    '😀',
    '\\',
    ';',
    ',',
    '\n',
    '\r',
    '\t',
    '\u0001',
    '\u007f',
    '\u0085',
    ' ',
  );
  test.prop([fc.array(icsAlphabet, { maxLength: 40 }).map((cs) => cs.join(''))])(
    'ICS TEXT in one pass equals the rule step by step, for any mix of specials, breaks and controls',
    (text) => {
      expect(_icsText(text)).toBe(stepByStep(text));
    },
  );
  it('ICS TEXT: a CRLF with controls between is one line break, as when the controls go first', () => {
    expect(_icsText('a\r\u0001\u0002\nb\r\u0001c')).toBe('a\\nb\\nc');
  });
  it('CSV: quoted when needed, quotes doubled, formulas defused, controls removed', () => {
    expect([null, 5, true, 'plain'].map((v) => _csvField(v))).toEqual(['', '5', 'true', 'plain']);
    expect(['=1+1', '+1', '-3', '@x', '\tx'].map((v) => _csvField(v))).toEqual(["'=1+1", "'+1", "'-3", "'@x", "'\tx"]);
    expect(['a,b', 'a"b', 'a\nb', 'a\rb'].map((v) => _csvField(v))).toEqual(['"a,b"', '"a""b"', '"a\nb"', '"a\rb"']);
    expect(_csvField('\u0001x\u007f')).toBe('x');
  });
});

describe('renderer options', () => {
  it('the renderers with options (ICS, Markdown, HTML) take an object or nothing, and refuse anything else', () => {
    const calendar = yearCalendar(2026, { products: ['windows-11-24h2'] });
    const renderers = [renderIcs, renderMarkdown, renderHtml] as ((c: unknown, o?: unknown) => string)[];
    for (const render of renderers) {
      expect(render(calendar)).toBe(render(calendar, {}));
      for (const options of [5, 'en', null, []])
        expect(() => render(calendar, options), String(options)).toThrow(expect.objectContaining({ code: 'E_OPTION' }));
    }
  });
});
