/**
 * The shapes of fleet forecasts and compliance: what `forecastFleet` takes and returns per device.
 * @module
 */
import type { BuildPlacement } from '../catalog/identify-build.js';
import type { Catalog, Channel, ReleaseKind } from '../catalog/types.js';
import type { ProductId } from '../products/products.js';
import type { DateInput } from '../time/civil-date.js';
import type { DeviceAssumptions } from './assumptions.js';
import type { EligibilityCode } from './eligibility.js';
import type { RestartReason } from './simulate.js';

/** Options of {@link forecastFleet}. */
export interface ForecastFleetOptions {
  /** The day of the forecast; only releases published by then count (an audit of a past day gives that day's answer). */
  readonly asOf: DateInput;
  /**
   * How far ahead to look for the next restart, 1..120 months.
   * @defaultValue 12
   */
  readonly horizonMonths?: number;
  /**
   * Release data to use.
   * @defaultValue the built-in catalog
   */
  readonly catalog?: Catalog;
  /**
   * Values for fields a record lacks (an Intune export has no licence, VBS or policy column).
   * @defaultValue {@link DEVICE_ASSUMPTIONS}
   */
  readonly assume?: Partial<DeviceAssumptions>;
  /**
   * Whether Windows 10 22H2 devices without an `esu` field are enrolled in Extended Security Updates (consumer ESU
   * for Home/Pro, commercial for Enterprise/Education): their servicing then runs to the ESU end.
   * @defaultValue `false`
   */
  readonly assumeEsu?: boolean;
}

/** What a device's build is, in a fleet result. */
export interface FleetIdentity {
  /** Month of the release (`YYYY-MM`). */
  readonly month: string;
  /** Channel of the release. */
  readonly channel: Channel;
  /** Kind of the release. */
  readonly kind: ReleaseKind;
  /** Its KB. */
  readonly kb: string | null;
}

/** A device's next restart, in a fleet result. */
export interface FleetNextRestart {
  /** Release date `YYYY-MM-DD`. */
  readonly date: string;
  /** Why it restarts. */
  readonly reason: RestartReason;
  /** KB, or null when not published. */
  readonly kb: string | null;
}

/** Why a fleet record was refused. */
export interface FleetError {
  /** Stable error code. */
  readonly code: string;
  /** One-line message. */
  readonly message: string;
}

/**
 * Why compliance could not be told, or was assumed: `newer-than-data` (a build newer than every known release,
 * assumed current), `older-than-data` (older than every known release: behind, by how much unknown),
 * `unknown-build` (between known releases without being one), `no-data-for-product` (outside the program).
 */
export type ComplianceNote =
  | 'newer-than-data'
  | 'older-than-data'
  | 'unknown-build'
  | 'no-data-for-product'
  | 'end-of-servicing';

/** A device's security currency on the as-of date. */
export interface DeviceCompliance {
  /** Whether its build contains the newest Patch Tuesday release published by the as-of date (either channel). */
  readonly current: boolean | null;
  /** Monthly security releases published by the as-of date that its build does not contain (previews never count). */
  readonly releasesBehind: number | null;
  /** Days from the publication of the first release it lacks to the as-of date; 0 when current. */
  readonly daysBehind: number | null;
  /** Why a value is null or assumed. */
  readonly complianceNote: ComplianceNote | null;
}

/** Per-device result of a fleet forecast. */
export type FleetResult =
  | ({
      /** Position in the input, from 0. */
      readonly index: number;
      /** The record's `id`, if it had one. */
      readonly id: string | null;
      /** The record was a device. */
      readonly ok: true;
      /** Product, given or inferred; null for a Windows version outside the hotpatch program. */
      readonly product: ProductId | null;
      /** The Windows version by name (`Windows 11 Enterprise, version 24H2`, `Windows 10 22H2`, `Windows Server 2019`). */
      readonly windows: string;
      /** Build, short form. */
      readonly build: string;
      /** What the build is, when the catalog knows it. */
      readonly identity: FleetIdentity | null;
      /** Where the build stands against the data; a build newer than every known release is assumed current. */
      readonly buildPlacement: BuildPlacement | null;
      /** Eligible for hotpatch on `asOf`. */
      readonly eligible: boolean;
      /** Codes of unmet prerequisites (`NOT_A_HOTPATCH_PRODUCT` outside the program). */
      readonly reasons: readonly EligibilityCode[];
      /** Next predicted restart within the horizon. */
      readonly nextRestart: FleetNextRestart | null;
      /**
       * Last day of servicing of the device's Windows version and edition (`YYYY-MM-DD`, ESU where it has it), or
       * null where Microsoft has published none; after it no update ships and the device is not current.
       */
      readonly servicingEnd: string | null;
      /** Fields taken from the assumptions, not the record. */
      readonly assumed: readonly string[];
    } & DeviceCompliance)
  | {
      /** Position in the input, from 0. */
      readonly index: number;
      /** The record's `id`, if readable. */
      readonly id: string | null;
      /** The record was refused. */
      readonly ok: false;
      /** The coded error the record raised. */
      readonly error: FleetError;
    };
