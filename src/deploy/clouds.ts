/**
 * The same "Patch Tuesday + N days" window as whole resources for AWS Systems Manager (a CloudFormation
 * template) and Google Cloud OS Config (a patch deployment), ready to deploy as printed.
 * @module
 */
import {
  HotpatchRangeError,
  maintenanceWindows,
  toAwsSchedule,
  type YearMonthInput,
  type ZonedInstant,
  toGcpRecurringSchedule,
  type GcpRecurringSchedule,
  type WindowRule,
} from 'hotpatch-calendar';
import { _defaultWindowName } from './default-name.js';

/** A CloudFormation template with one `AWS::SSM::MaintenanceWindow`. */
export interface AwsMaintenanceWindowTemplate {
  /** Template format version. */
  readonly AWSTemplateFormatVersion: '2010-09-09';
  /** What it is. */
  readonly Description: string;
  /** The maintenance window, under the logical id `PatchTuesdayWindow`. */
  readonly Resources: {
    /** The window. */
    readonly PatchTuesdayWindow: {
      /** Resource type. */
      readonly Type: 'AWS::SSM::MaintenanceWindow';
      /** Its properties, as CloudFormation names them. */
      readonly Properties: {
        /** Window name. */
        readonly Name: string;
        /** `cron(M H ? * TUE#n *)`. */
        readonly Schedule: string;
        /** Days after the scheduled Tuesday (1..6), absent when 0. */
        readonly ScheduleOffset?: number;
        /** IANA zone. */
        readonly ScheduleTimezone: string;
        /** Hours, 1..24. */
        readonly Duration: number;
        /** Hours before the end when no new task starts. */
        readonly Cutoff: number;
        /** Only registered targets run. */
        readonly AllowUnassociatedTargets: false;
        /** ISO 8601 start of the first window, when a first month was given. */
        readonly StartDate?: string;
        /** ISO 8601 end of the last window, when a last month was given: the window stops running then. */
        readonly EndDate?: string;
      };
    };
  };
}

/** Options of the cloud window resources: the name, and the months of the first and last windows. */
export interface CloudWindowOptions {
  /** Window name (AWS): 3 to 128 letters, digits, `-`, `_` or `.`. */
  readonly name?: string;
  /** Month of the first window: the schedule starts with it. Default: now, as the cloud reads it. */
  readonly from?: YearMonthInput;
  /** Month of the last window: the schedule ends with that window's end. Default: no end. */
  readonly to?: YearMonthInput;
}

/** The first window's start and the last window's end, where the months were given. */
function spanOf(
  fn: string,
  rule: WindowRule,
  options: CloudWindowOptions | undefined,
): { start?: ZonedInstant; end?: ZonedInstant } {
  if (options === undefined) return {};
  if (typeof options !== 'object' || options === null)
    throw new HotpatchRangeError('E_OPTION', `${fn}: options is not accepted; expected { name, from, to }`);
  const { from, to } = options;
  if (to !== undefined && from === undefined)
    throw new HotpatchRangeError('E_OPTION', `${fn}: options.to needs options.from; expected both months`);
  if (from === undefined) return {};
  const windows = maintenanceWindows({ from, to: to ?? from }, rule);
  const first = windows[0];
  const last = windows.at(-1);
  return { ...(first ? { start: first.start } : {}), ...(to !== undefined && last ? { end: last.end } : {}) };
}

const NAME_RE = /^[A-Za-z0-9_.-]{3,128}$/;

function nameOf(fn: string, name: unknown, fallback: string): string {
  if (name === undefined) return fallback;
  if (typeof name === 'string' && NAME_RE.test(name)) return name;
  throw new HotpatchRangeError(
    'E_OPTION',
    `${fn}: options.name is not accepted; expected 3 to 128 letters, digits, -, _ or .`,
  );
}

/**
 * A CloudFormation template of an AWS Systems Manager maintenance window for a window rule, for
 * `aws cloudformation deploy --template-file FILE --stack-name NAME`. Register targets and the
 * `AWS-RunPatchBaseline` task on it as usual.
 * @param rule - the window rule
 * @param options - `name` of the window (default `patch-tuesday-plus-N` (`minus` before Patch Tuesday)); `from`
 *   and `to`, the months of the first and last windows (`StartDate`, `EndDate`)
 * @returns the template
 * @throws `HotpatchRangeError` `E_SCHEDULE` for an offset AWS cannot express, `E_OPTION` for a bad name
 * @category Deploy
 * @example
 * ```ts
 * awsMaintenanceWindowTemplate({ offsetDays: 3, time: '02:00', zone: 'Europe/Berlin', durationMinutes: 180 })
 *   .Resources.PatchTuesdayWindow.Properties
 * //=> { Name: 'patch-tuesday-plus-3', Schedule: 'cron(0 2 ? * TUE#2 *)', ScheduleOffset: 3, ScheduleTimezone: 'Europe/Berlin', Duration: 3, Cutoff: 1, AllowUnassociatedTargets: false }
 * ```
 * @see https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-ssm-maintenancewindow.html
 */
export function awsMaintenanceWindowTemplate(
  rule: WindowRule,
  options?: CloudWindowOptions,
): AwsMaintenanceWindowTemplate {
  const s = toAwsSchedule(rule);
  const span = spanOf('awsMaintenanceWindowTemplate', rule, options);
  const name = nameOf('awsMaintenanceWindowTemplate', options?.name, _defaultWindowName(rule.offsetDays));
  return {
    AWSTemplateFormatVersion: '2010-09-09',
    Description: `Maintenance window: Patch Tuesday ${rule.offsetDays >= 0 ? '+' : '-'} ${Math.abs(rule.offsetDays)} days at ${rule.time} ${s.scheduleTimezone}`,
    Resources: {
      PatchTuesdayWindow: {
        Type: 'AWS::SSM::MaintenanceWindow',
        Properties: {
          Name: name,
          Schedule: s.schedule,
          ...(s.scheduleOffset === undefined ? {} : { ScheduleOffset: s.scheduleOffset }),
          ScheduleTimezone: s.scheduleTimezone,
          Duration: s.durationHours,
          Cutoff: s.durationHours > 1 ? 1 : 0,
          AllowUnassociatedTargets: false,
          ...(span.start ? { StartDate: span.start.local } : {}),
          ...(span.end ? { EndDate: span.end.local } : {}),
        },
      },
    },
  };
}

/** The recurring schedule of a patch deployment, with its first start and last end where the months were given. */
export interface GcpScheduleWithSpan extends GcpRecurringSchedule {
  /** RFC 3339 start of the first window (UTC). */
  readonly startTime?: string;
  /** RFC 3339 end of the last window (UTC): the deployment stops then. */
  readonly endTime?: string;
}

/** A Google Cloud OS Config patch deployment (the body `gcloud compute os-config patch-deployments create --file` reads). */
export interface GcpPatchDeployment {
  /** Which VMs: all of the project, narrow it as needed. */
  readonly instanceFilter: {
    /** Every VM of the project. */
    readonly all: true;
  };
  /** What to install and when to restart. */
  readonly patchConfig: {
    /** `DEFAULT`: restart when the update needs it (baseline months), not in hotpatch months. */
    readonly rebootConfig: 'DEFAULT';
    /** Windows Update classifications. */
    readonly windowsUpdate: {
      /** Critical and security updates (hotpatches are security updates). */
      readonly classifications: readonly ['CRITICAL', 'SECURITY'];
    };
  };
  /** The window length, e.g. `'7200s'`. */
  readonly duration: string;
  /** When, with `startTime` and `endTime` (RFC 3339, UTC) where the first and last months were given. */
  readonly recurringSchedule: GcpScheduleWithSpan;
}

/**
 * A Google Cloud OS Config patch deployment for a window rule: critical and security updates on every VM of the
 * project (narrow `instanceFilter` to a label or zone as needed), restarting only when an update needs it.
 * @param rule - the window rule
 * @param options - `from` and `to`: months of the first and last windows (`startTime`, `endTime`)
 * @returns the patch deployment body
 * @throws `HotpatchRangeError` `E_SCHEDULE` for a bad rule
 * @category Deploy
 * @example
 * ```ts
 * gcpPatchDeployment({ offsetDays: 10, time: '03:00', zone: 'UTC', durationMinutes: 120 }).duration //=> '7200s'
 * ```
 * @see https://cloud.google.com/compute/docs/osconfig/rest/v1/projects.patchDeployments
 */
export function gcpPatchDeployment(rule: WindowRule, options?: Omit<CloudWindowOptions, 'name'>): GcpPatchDeployment {
  const span = spanOf('gcpPatchDeployment', rule, options);
  const recurringSchedule = {
    ...toGcpRecurringSchedule(rule),
    ...(span.start ? { startTime: span.start.utc } : {}),
    ...(span.end ? { endTime: span.end.utc } : {}),
  };
  return {
    instanceFilter: { all: true },
    patchConfig: { rebootConfig: 'DEFAULT', windowsUpdate: { classifications: ['CRITICAL', 'SECURITY'] } },
    duration: `${rule.durationMinutes * 60}s`,
    recurringSchedule,
  };
}
