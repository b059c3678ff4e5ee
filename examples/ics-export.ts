// Export 2026 as an iCalendar file for Outlook or Google Calendar, with a reminder a day before.
import assert from 'node:assert/strict';
import { yearCalendar } from 'hotpatch-calendar';
import { renderIcs } from 'hotpatch-calendar/render';

const ics = renderIcs(yearCalendar(2026, { products: ['windows-11-24h2'], include: ['oob'] }), {
  alarmsMinutesBefore: [1440],
});
console.log(ics.split('\r\n').slice(0, 20).join('\n'));

assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\n'));
assert.equal((ics.match(/BEGIN:VEVENT/g) ?? []).length, 12 + 11); // 12 Patch Tuesdays, 5 OOB hotpatches, 6 OOB LCUs
assert.ok(ics.includes('UID:windows-11-24h2-2026-06-B@hotpatch-calendar'));
assert.ok(ics.split('\r\n').every((line) => new TextEncoder().encode(line).length <= 75));
