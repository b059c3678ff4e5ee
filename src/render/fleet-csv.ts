/**
 * Fleet forecast results as CSV rows (RFC 4180, with the spreadsheet formula guard of {@link renderCsv}); an error
 * row carries its code and message.
 * @internal
 * @module
 */
import type { FleetResult } from '../restart/fleet-types.js';
import { _csvField } from './escape.js';

/** The header row of the fleet CSV, with its line break. */
export const FLEET_CSV_HEADER =
  'index,id,ok,windows,product,build,identity_month,identity_channel,identity_kind,kb,current,releases_behind,days_behind,compliance_note,eligible,reasons,next_restart,next_reason,servicing_end,assumed,error_code,error_message\n';

/** An error row leaves every column between `ok` and `error_code` empty. */
const ERROR_ROW_BLANKS: readonly string[] = Array(FLEET_CSV_HEADER.split(',').length - 5).fill('');

/** One fleet result as a CSV row, with its line break. */
export function renderFleetCsvRow(r: FleetResult): string {
  const fields = r.ok
    ? [
        r.index,
        r.id ?? '',
        true,
        r.windows,
        r.product ?? '',
        r.build,
        r.identity?.month ?? '',
        r.identity?.channel ?? '',
        r.identity?.kind ?? '',
        r.identity?.kb ?? '',
        r.current ?? '',
        r.releasesBehind ?? '',
        r.daysBehind ?? '',
        r.complianceNote ?? '',
        r.eligible,
        r.reasons.join(' '),
        r.nextRestart?.date ?? '',
        r.nextRestart?.reason ?? '',
        r.servicingEnd ?? '',
        r.assumed.join(' '),
        '',
        '',
      ]
    : [r.index, r.id ?? '', false, ...ERROR_ROW_BLANKS, r.error.code, r.error.message];
  return `${fields.map(_csvField).join(',')}\n`;
}
