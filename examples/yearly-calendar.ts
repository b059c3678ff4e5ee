// Print next year's calendar for a change-advisory board, and check what it says.
import assert from 'node:assert/strict';
import { yearCalendar } from 'hotpatch-calendar';
import { renderMarkdown } from 'hotpatch-calendar/render';

const calendar = yearCalendar(2027, { products: ['windows-11-25h2', 'windows-server-2025'], zone: 'Europe/Berlin' });
const markdown = renderMarkdown(calendar);
console.log(markdown);

assert.equal(calendar.rows.length, 24);
assert.deepEqual(
  calendar.rows.filter((r) => r.product === 'windows-11-25h2' && r.kind === 'baseline').map((r) => r.month.month),
  [1, 4, 7, 10],
);
// 2027 is not published yet: every row is a projection with no KB.
assert.ok(calendar.rows.every((r) => r.source === 'projected' && r.hotpatch.kb === null));
// March 2027's Patch Tuesday (the 9th) comes before the US DST switch (the 14th): 18:00Z, 19:00 in Berlin.
assert.equal(calendar.rows.find((r) => r.month.month === 3)?.release.local, '2027-03-09T19:00:00+01:00');
