import { describe, expect, it } from 'vitest';
import { importReleaseHealth, RELEASE_HEALTH_URLS } from '../../src/importers/index.js';

// Hand-made pages in the shape of the release-information pages (see fixtures/README.md for the real layout):
// each case states one rule of the reader.
const HEAD =
  '<tr><th>Month</th><th>Update type</th><th>Type</th><th>Availability date</th><th>Build</th><th>KB article</th></tr>';
const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;
const table = (...rows: string[]) => `<table>${HEAD}${rows.join('')}</table>`;
const page = (heading: string, ...rows: string[]) =>
  `<h3>${heading}</h3><p><strong>Calendar year 2026</strong></p>${table(...rows)}`;
const FEB_S25 = row('February', '2026.02 B', 'Hotpatch', '2026-02-10', '26100.32313', 'KB5075942');
const summary = (html: string) =>
  importReleaseHealth(html).entries.map((e) => `${e.products.join('+')} ${e.kind} ${e.date} ${e.kb} ${e.ubr}`);
const warnings = (html: string) => importReleaseHealth(html).warnings.map((w) => `${w.code}: ${w.message}`);

describe('importReleaseHealth: which product a table is', () => {
  it.each([
    ['Windows Server 2025 (OS build 26100)', '26100.32313', 'windows-server-2025'],
    ['Version 24H2 (OS build 26100)', '26100.7781', 'windows-11-24h2'],
    ['Version 25H2 (OS build 26200)', '26200.7781', 'windows-11-25h2'],
    ['Version 26H2 (OS build 26300)', '26300.7781', 'windows-11-26h2'],
    ['Windows Server 2022 (OS build 20348)', '20348.4711', 'windows-server-2022-azure-edition'],
  ])('%s → %s', (heading, build, product) => {
    const html = page(heading, row('February', '2026.02 B', 'Hotpatch', '2026-02-10', build, 'KB5075942'));
    expect(importReleaseHealth(html).entries[0]?.products).toEqual([product]);
  });
  it('a table under a heading of no hotpatch product (another OS build, 20348 outside Windows Server) is skipped', () => {
    for (const heading of ['Version 23H2 (OS build 22631)', 'Azure Stack HCI (OS build 20348)'])
      expect(() => importReleaseHealth(page(heading, FEB_S25))).toThrow(
        'importReleaseHealth: the hotpatch calendar tables list no released month',
      );
  });
  it('headings are read outside tables only, up to 200 characters, and a product heading resets the year', () => {
    // A heading-like text inside a table changes nothing.
    const inside = `<h3>Windows Server 2025 (OS build 26100)</h3><table>${HEAD}<tr><td>Version 25H2 (OS build 26200)</td></tr>${FEB_S25.replace('<tr>', '<tr>')}</table>`;
    expect(summary(inside)).toEqual(['windows-server-2025 hotpatch 2026-02-10 KB5075942 32313']);
    // A 200-character text is not a heading: the table keeps the earlier product.
    const long = `<h3>Windows Server 2025 (OS build 26100)</h3><p>${'x'.repeat(180)} Version 25H2 (OS build 26200)</p>${table(FEB_S25)}`;
    expect(summary(long)).toEqual(['windows-server-2025 hotpatch 2026-02-10 KB5075942 32313']);
    // Whitespace in a heading is collapsed before it is read.
    const spaced = `<h3>Windows Server 2025\n   (OS build\n26100)</h3>${table(FEB_S25)}`;
    expect(summary(spaced)).toEqual(['windows-server-2025 hotpatch 2026-02-10 KB5075942 32313']);
  });
});

describe('importReleaseHealth: cells and rows', () => {
  it('cells are read with entities decoded and whitespace collapsed', () => {
    const html = page(
      'Windows Server 2025 (OS build 26100)',
      row('February', ' 2026.02&#32;B\n', '\n Hotpatch ', ' 2026-02-10 ', '26100.32313', 'KB&nbsp;5075942'),
    );
    expect(summary(html)).toEqual(['windows-server-2025 hotpatch 2026-02-10 KB5075942 32313']);
  });
  it('the calendar table is the one whose first row is exactly the six headings', () => {
    const other = `<table><tr><th>Month</th><th>Update type</th></tr>${FEB_S25}</table>`;
    expect(() => importReleaseHealth(`<h3>Windows Server 2025 (OS build 26100)</h3>${other}`)).toThrow(
      'importReleaseHealth: no hotpatch calendar table found; expected a table headed month | update type | type | availability date | build | kb article (a release-information page)',
    );
    const sixth = HEAD.replace('KB article', 'KB number');
    expect(() =>
      importReleaseHealth(`<h3>Windows Server 2025 (OS build 26100)</h3><table>${sixth}${FEB_S25}</table>`),
    ).toThrow(/no hotpatch calendar table found/);
  });
  it('a row without a YYYY.MM B update type is a warning naming the row', () => {
    const html = page('Windows Server 2025 (OS build 26100)', FEB_S25, row('March', '2026.03 B (soon)', 'Hotpatch'));
    expect(warnings(html)).toEqual([
      'UNKNOWN_ROW: windows-server-2025: row "March | 2026.03 B (soon) | Hotpatch" has no \'YYYY.MM B\' update type; left out',
    ]);
    expect(warnings(page('Windows Server 2025 (OS build 26100)', FEB_S25, row('x', 'x2026.03 B')))).toHaveLength(1);
  });
  it.each([
    ['2026.13 B', '2026-13-10'],
    ['2026.00 B', ''],
    ['0000.02 B', ''],
    ['2026.02 B', '2026-02-31'],
  ])('%s on %j names no real month or date: a warning, never a date error', (updateType, date) => {
    const html = page(
      'Windows Server 2025 (OS build 26100)',
      FEB_S25,
      row('x', updateType, 'Hotpatch', date, '26100.32313', 'KB5075942'),
    );
    expect(warnings(html)).toEqual([
      `UNKNOWN_ROW: windows-server-2025: row ${JSON.stringify(`x | ${updateType} | Hotpatch | ${date} | 26100.32313 | KB5075942`)} names no real month or date; left out`,
    ]);
  });
  it('a month still to come (no date, build or KB) is skipped quietly; one with a date but no KB or build is kept', () => {
    const future = page(
      'Windows Server 2025 (OS build 26100)',
      FEB_S25,
      row('March', '2026.03 B', 'Hotpatch', '', '', ''),
    );
    expect([summary(future), warnings(future)]).toEqual([
      ['windows-server-2025 hotpatch 2026-02-10 KB5075942 32313'],
      [],
    ]);
    expect(importReleaseHealth(future).month).toEqual({ year: 2026, month: 2 });
    const dated = page(
      'Windows Server 2025 (OS build 26100)',
      row('March', '2026.03 B', 'Hotpatch', '2026-03-10', '', ''),
    );
    expect(summary(dated)).toEqual(['windows-server-2025 hotpatch 2026-03-10 null null']);
    expect(warnings(dated)).toEqual(['MISSING_BUILD: windows-server-2025: 2026.03 B lists no build; left null']);
    // A KB alone is kept too, and its build is said to be missing.
    const kbOnly = page(
      'Windows Server 2025 (OS build 26100)',
      row('March', '2026.03 B', 'Hotpatch', '', '', 'KB5078736'),
    );
    expect(summary(kbOnly)).toEqual(['windows-server-2025 hotpatch 2026-03-10 KB5078736 null']);
  });
  it('a build of another product, or a type that is neither hotpatch nor baseline, is a warning', () => {
    const html = page(
      'Windows Server 2025 (OS build 26100)',
      FEB_S25,
      row('March', '2026.03 B', 'Hotpatch', '2026-03-10', '20348.4830', 'KB5078737'),
      row('May', '2026.05 B', 'Security update', '2026-05-12', '26100.32772', 'KB5087423'),
    );
    expect(warnings(html)).toEqual([
      "UNKNOWN_ROW: windows-server-2025: 2026.03 B build 20348.4830 is not this product's; left out",
      "UNKNOWN_ROW: windows-server-2025: 2026.05 B type \"Security update\" is not 'Hotpatch' or 'Baseline (Restart)'; left out",
    ]);
    expect(summary(html)).toHaveLength(1);
  });
  it("a baseline in January is planned, in a hotpatch month unplanned; the date is the row's when it is in the month, else Patch Tuesday", () => {
    const html = page(
      'Windows Server 2025 (OS build 26100)',
      row('January', '2026.01 B', 'Baseline (Restart)', '2026-01-13', '26100.32230', 'KB5073379'),
      row('June', '2026.06 B', 'Baseline (Restart)*', 'June 9, 2026', '26100.32995', 'KB5094125'),
      row('August', '2026.08 B', 'Hotpatch', '2026-07-30', '26100.33296', 'KB5120233'),
    );
    expect(summary(html)).toEqual([
      'windows-server-2025 baseline 2026-01-13 KB5073379 32230',
      'windows-server-2025 unplanned-baseline 2026-06-09 KB5094125 32995',
      'windows-server-2025 hotpatch 2026-08-11 KB5120233 33296',
    ]);
    // The newest month with a release is the result's month, whatever the row order.
    const reversed = page('Windows Server 2025 (OS build 26100)', FEB_S25.replace(/2026\.02/, '2026.05'), FEB_S25);
    expect(importReleaseHealth(reversed).month).toEqual({ year: 2026, month: 5 });
  });
});

describe('importReleaseHealth: markup as pages write it', () => {
  const S25 = '<h3>Windows Server 2025 (OS build 26100)</h3>';
  it('inline markup inside a cell is part of the cell; runs of whitespace are one space', () => {
    const html = `${S25}<table>${HEAD}<tr><td>February</td><td>2026.02 <b>B</b></td><td><span>Hot</span>patch</td><td>2026-02-10</td><td>26100.32313</td><td>KB5075942</td></tr>${row('May', '2026.05\n\nB', 'Hotpatch', '2026-05-12', '26100.32772', 'KB5087423')}</table>`;
    expect(summary(html)).toEqual([
      'windows-server-2025 hotpatch 2026-02-10 KB5075942 32313',
      'windows-server-2025 hotpatch 2026-05-12 KB5087423 32772',
    ]);
  });
  it('text inside a table is never part of the next heading; a heading of exactly 200 characters is not one', () => {
    const caption = `<table><caption>${'note '.repeat(50)}</caption>${HEAD}${FEB_S25}</table>`;
    const w11 = row('February', '2026.02 B', 'Hotpatch', '2026-02-10', '26200.7781', 'KB5077212');
    const html = `${S25}${caption}<h3>Version 25H2 (OS build 26200)</h3>${table(w11)}`;
    expect(summary(html)).toEqual([
      'windows-server-2025 hotpatch 2026-02-10 KB5075942 32313',
      'windows-11-25h2 hotpatch 2026-02-10 KB5077212 7781',
    ]);
    const heading = (n: number) => `${'x'.repeat(n - 30)} Version 25H2 (OS build 26200)`.slice(-n);
    expect(heading(200)).toHaveLength(200);
    // The table's product: 25H2 when the heading is read, else Server 2025 still.
    const at = (n: number) =>
      importReleaseHealth(`${S25}<h3>${heading(n)}</h3>${table(FEB_S25, w11)}`).entries.map((e) => e.products[0]);
    expect([at(199), at(200)]).toEqual([['windows-11-25h2'], ['windows-server-2025']]);
    // Whitespace in a heading is collapsed before its length is taken.
    expect(summary(`<h3>Windows Server 2025${' \n'.repeat(150)}(OS build 26100)</h3>${table(FEB_S25)}`)).toHaveLength(
      1,
    );
  });
  it('an empty table, and a short row of a month still to come, are passed over quietly', () => {
    const html = `${S25}<table></table>${table(FEB_S25, row('March', '2026.03 B'))}`;
    expect([summary(html), warnings(html)]).toEqual([['windows-server-2025 hotpatch 2026-02-10 KB5075942 32313'], []]);
  });
  it("a date that is not exactly YYYY-MM-DD in the row's month gives way to Patch Tuesday; a long row is cut in the warning", () => {
    const dates = ['2026-02-11*', 'x2026-02-11', '2026-2-11', '2026-03-10', '11.02.2026'];
    const html = page(
      'Windows Server 2025 (OS build 26100)',
      ...dates.map((d) => row('February', '2026.02 B', 'Hotpatch', d, '26100.32313', 'KB5075942')),
    );
    expect(importReleaseHealth(html).entries.map((e) => e.date)).toEqual(['2026-02-10']);
    expect(warnings(html)).toEqual([]);
    const long = row('x', '2026.13 B', 'Hotpatch', '', '', 'KB5075942'.repeat(20));
    const message = warnings(page('Windows Server 2025 (OS build 26100)', FEB_S25, long))[0] ?? '';
    expect(message).toContain(
      `row ${JSON.stringify(`x | 2026.13 B | Hotpatch |  |  | ${'KB5075942'.repeat(20)}`.slice(0, 120))} names`,
    );
  });
  it('tags with attributes nest like any other; exactly 2,000 levels are accepted', () => {
    const deep = (n: number, tag = '<div class="level">') =>
      `${tag.repeat(n)}${page('Windows Server 2025 (OS build 26100)', FEB_S25)}`;
    expect(summary(deep(1997))).toHaveLength(1);
    expect(() => importReleaseHealth(deep(1998))).toThrow(/more than 2000 deep/);
  });
});

describe('importReleaseHealth: the document', () => {
  it('cites the URL given, else the Windows Server page when the HTML names Windows Server, else the Windows 11 page', () => {
    const server = page('Windows Server 2025 (OS build 26100)', FEB_S25);
    expect(importReleaseHealth(server).entries[0]?.sources).toEqual([RELEASE_HEALTH_URLS.windowsServer]);
    expect(importReleaseHealth(server, { url: 'https://example.org/saved' }).entries[0]?.sources).toEqual([
      'https://example.org/saved',
    ]);
    const client = page(
      'Version 25H2 (OS build 26200)',
      row('February', '2026.02 B', 'Hotpatch', '2026-02-10', '26200.7781', 'KB5077212'),
    );
    expect(importReleaseHealth(client).entries[0]?.sources).toEqual([RELEASE_HEALTH_URLS.windows11]);
  });
  it('refuses more than 20 MB, and nesting past 2,000 elements, before parsing; void and self-closed elements do not nest', () => {
    const limit = 20 * 1024 * 1024;
    expect(() => importReleaseHealth(' '.repeat(limit + 1))).toThrow(
      `importReleaseHealth: html is ${limit + 1} characters; expected at most ${limit}`,
    );
    expect(() => importReleaseHealth(' '.repeat(limit))).toThrow(/no hotpatch calendar table found/);
    const deep = (n: number) => `${'<div>'.repeat(n)}${page('Windows Server 2025 (OS build 26100)', FEB_S25)}`;
    // The page's own table, tr and td add three levels.
    expect(summary(deep(1996))).toHaveLength(1);
    expect(() => importReleaseHealth(deep(1998))).toThrow(
      'importReleaseHealth: the page nests elements more than 2000 deep; expected a release-information page',
    );
    const flat = (tag: string) => `${tag.repeat(5000)}${page('Windows Server 2025 (OS build 26100)', FEB_S25)}`;
    for (const tag of ['<br>', '<BR>', '<img src="x">', '<span/>', '<div></div>', '<Div></DIV>', '<hr >'])
      expect(summary(flat(tag)), tag).toHaveLength(1);
    // Closing more than was opened does not build credit for later nesting.
    expect(() => importReleaseHealth(`${'</div>'.repeat(10)}${'<div>'.repeat(2001)}`)).toThrow(/more than 2000 deep/);
  });
});
