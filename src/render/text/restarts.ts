/**
 * One device's eligibility and predicted restarts, as terminal text.
 * @internal
 * @module
 */
import type { DeviceProfile } from '../../restart/device.js';
import type { EligibilityResult } from '../../restart/eligibility.js';
import type { PredictedRestart } from '../../restart/predict.js';
import type { ServicingEnd } from '../../products/lifecycle.js';
import { _epochDay } from '../../time/civil-date.js';
import { _formatDate, type CivilDate } from '../../time/civil-date.js';
import { renderTextTable, type TextOptions } from './table.js';
import { _terminal } from '../escape.js';
import { _REPORT_EN, type _ReportWords } from '../locale/locales.js';
import { remedyText } from '../compliance/words.js';
import { getProduct } from '../../products/products.js';

/** What the `restarts` view shows. */
export interface RestartsView {
  /** The device. */
  readonly device: DeviceProfile;
  /** Its eligibility on `asOf`. */
  readonly eligibility: EligibilityResult;
  /** The day eligibility was evaluated on. */
  readonly asOf: CivilDate;
  /** First day of the window. */
  readonly from: CivilDate;
  /** Last day of the window. */
  readonly to: CivilDate;
  /** The restarts in the window. */
  readonly restarts: readonly PredictedRestart[];
  /** The last day of servicing of the device's version and edition, where published. */
  readonly servicingEnd: ServicingEnd | null;
}

/** A headline with eligibility, then one row per restart. */
export function renderRestartsText(v: RestartsView, options: TextOptions & { messages?: _ReportWords }): string {
  const { device, eligibility, restarts } = v;
  const m = options.messages ?? _REPORT_EN;
  const family = getProduct(device.product).family;
  // Each reason with what is wrong and what to do (in the chosen language): a code alone is not actionable.
  const reasons = eligibility.reasons
    .map(
      (r) =>
        `  ${r.code}: ${_terminal(r.message, 300)}\n    ${m.tag === 'de' ? 'Maßnahme' : 'What to do'}: ${remedyText(r.code, family, m)} (${r.remedy.url})\n`,
    )
    .join('');
  const verdict = eligibility.eligible
    ? 'eligible for hotpatch'
    : `not eligible (${eligibility.reasons.map((r) => r.code).join(', ')})`;
  const rows = [
    ['Date', 'Local time', 'Reason', 'KB', 'Build', 'Source'],
    ...restarts.map((r) => [
      _formatDate(r.date),
      r.instant.local,
      r.reason,
      r.release.kb ?? '-',
      r.release.build ?? '-',
      r.source,
    ]),
  ];
  // A forecast that stops at the end of servicing says so: an empty tail is not "no restarts", it is no updates.
  const end = v.servicingEnd;
  const day = (d: CivilDate): number => _epochDay(d.year, d.month, d.day);
  const endLine =
    end && day(end.date) < day(v.to)
      ? `Servicing of ${end.name} ends ${_formatDate(end.date)}: no updates after it (END_OF_SERVICING); move the device to a serviced version.\n`
      : '';
  return (
    `${device.product} ${_terminal(device.edition, 64)} on ${device.build}: ${verdict} on ${_formatDate(v.asOf)}\n` +
    reasons +
    endLine +
    `${restarts.length} restart${restarts.length === 1 ? '' : 's'} from ${_formatDate(v.from)} to ${_formatDate(v.to)}\n\n` +
    renderTextTable(rows, options)
  );
}
