/**
 * hotpatch-calendar: Microsoft's Windows hotpatch program as a deterministic library. Baseline and hotpatch
 * months per product, Patch Tuesday instants in any zone, published KB and build numbering per channel, restart
 * prediction, and calendar exports. No clock and no host time zone are read: "now" is always a parameter.
 * @packageDocumentation
 */
export { ERROR_CODES, HotpatchRangeError, HotpatchSyntaxError, HotpatchTypeError, isHotpatchError } from './errors.js';
export type { ErrorCode, HotpatchError, HotpatchErrorShape, SafeResult } from './errors.js';
export { MAX_YEAR, MIN_YEAR } from './guards.js';
export {
  addDays,
  civilDate,
  compareCivilDates,
  daysBetween,
  daysInMonth,
  formatCivilDate,
  fromEpochDay,
  isLeapYear,
  isoWeekday,
  parseCivilDate,
  safeParseCivilDate,
  toEpochDay,
} from './time/civil-date.js';
export type { CivilDate, DateInput, IsoWeekday } from './time/civil-date.js';
export {
  MONTH_ABBREVIATIONS,
  addMonths,
  compareYearMonths,
  formatYearMonth,
  parseYearMonth,
  safeParseYearMonth,
  yearMonthOf,
} from './time/year-month.js';
export type { YearMonth, YearMonthInput } from './time/year-month.js';
export {
  RELEASE_WEEKS,
  eachPatchTuesdayOfInterval,
  nextPatchTuesday,
  patchTuesday,
  previewTuesday,
} from './cadence/patch-tuesday.js';
export type { ReleaseWeek } from './cadence/patch-tuesday.js';
export { toZonedInstant } from './time/instant.js';
export type { ZonedInstant } from './time/instant.js';
export { RELEASE_HOUR, RELEASE_ZONE, releaseInstant } from './cadence/release-instant.js';
export type { ReleaseInstantOptions } from './cadence/release-instant.js';
export { releaseNames } from './cadence/release-names.js';
export type { ReleaseNames } from './cadence/release-names.js';
export {
  BASELINE_MONTHS,
  PLANNED_MONTH_KINDS,
  baselineOf,
  isBaselineMonth,
  nextBaselineMonth,
  plannedMonthKind,
} from './cadence/baseline-rule.js';
export type { PlannedMonthKind } from './cadence/baseline-rule.js';
export { ARCHITECTURES, PRODUCT_IDS, getProduct, isProductId, listProducts } from './products/products.js';
export type { Architecture, EndOfServicing, Fact, Product, ProductFamily, ProductId } from './products/products.js';
export { describeMonth } from './calendar/describe-month.js';
export type { DescribeMonthOptions, MonthDescription, MonthOrDate, ProgramStatus } from './calendar/describe-month.js';
export { compareBuilds, formatBuild, parseBuild, parseKb, safeParseBuild, safeParseKb } from './products/build.js';
export type { Build, BuildInput, FormatBuildOptions } from './products/build.js';
export { B_RELEASE_KINDS, CATALOG_FORMAT_VERSION, CHANNELS, RELEASE_KINDS, releaseChannels } from './catalog/types.js';
export type {
  Catalog,
  CatalogDocument,
  CatalogEntry,
  Channel,
  Release,
  ReleaseKind,
  ReleaseSecurity,
  ReleaseSource,
} from './catalog/types.js';
export { builtInCatalog, createCatalog } from './catalog/catalog.js';
export type { CreateCatalogOptions } from './catalog/catalog.js';
export { catalogInfo } from './catalog/info.js';
export { dataFreshness } from './catalog/freshness.js';
export type { ChannelFreshness, DataFreshnessOptions } from './catalog/freshness.js';
export type { CatalogInfo, ProductCatalogInfo } from './catalog/info.js';
export { CADENCE_RULE_URL, currentRelease, releaseFor, releasesOf } from './catalog/releases.js';
export { releasesOfKb } from './catalog/releases-of-kb.js';
export type { ReleasesOfKbOptions } from './catalog/releases-of-kb.js';
export type { AsOf, CatalogOptions, CurrentReleaseOptions } from './catalog/releases.js';
export { compliantBuildRanges } from './catalog/compliant-ranges.js';
export type { BuildRange, CompliantBuildRangesOptions } from './catalog/compliant-ranges.js';
export { identifyBuild, isPatchedThrough, placeBuild } from './catalog/identify-build.js';
export type {
  BuildIdentity,
  BuildPlacement,
  IdentifyBuildOptions,
  IsPatchedThroughOptions,
  PlaceBuildOptions,
} from './catalog/identify-build.js';
export { HOTPATCH_POLICIES, LICENSES, MANAGEMENT, OFF_TRACK_UPDATES, parseDevice } from './restart/device.js';
export type {
  DeviceProfile,
  HotpatchPolicy,
  License,
  Management,
  OffTrackInstall,
  OffTrackUpdate,
} from './restart/device.js';
export {
  CLIENT_HOTPATCH_URL,
  CLIENT_MINIMUM_BUILD_UBR,
  ELIGIBILITY_CODES,
  HOTPATCH_DEFAULT_ON_FROM,
  SERVER_2025_MINIMUM_BUILD_UBR,
  SERVER_HOTPATCH_URL,
  checkEligibility,
} from './restart/eligibility.js';
export type {
  CheckEligibilityOptions,
  EligibilityCode,
  EligibilityReason,
  EligibilityResult,
} from './restart/eligibility.js';
export { RESTART_REASONS, nextRestart, predictRestarts, restartSummary } from './restart/predict.js';
export type {
  NextRestartOptions,
  PredictRestartsOptions,
  PredictedRestart,
  RestartReason,
  RestartSummary,
  RestartSummaryOptions,
} from './restart/predict.js';
export {
  AUTOPATCH_RING_PRESETS,
  AUTOPATCH_RING_PRESETS_URL,
  DEFAULT_GRACE_DAYS,
  RING_PRESETS,
  restartDeadline,
} from './restart/deadline.js';
export type {
  NormalizedRingPolicy,
  RestartDeadline,
  RestartDeadlineOptions,
  RingPolicy,
  RingPreset,
} from './restart/deadline.js';
export { fleetForecaster, forecastFleet, forecastFleetSync } from './restart/fleet.js';
export type {
  ComplianceNote,
  DeviceCompliance,
  FleetError,
  FleetIdentity,
  FleetNextRestart,
  FleetResult,
  ForecastFleetOptions,
} from './restart/fleet-types.js';
export { DEVICE_ASSUMPTIONS } from './restart/assumptions.js';
export { complianceSummary } from './restart/compliance.js';
export type {
  ComplianceSummary,
  ComplianceSummaryOptions,
  DeviceBehind,
  CurrencyCount,
  ProductCompliance,
  RemedyCount,
} from './restart/compliance.js';
export type { DeviceAssumptions } from './restart/assumptions.js';
export type { Remedy } from './restart/remedies.js';
export { CALENDAR_INCLUDES, yearCalendar } from './calendar/year-calendar.js';
export { isSealedCalendar } from './calendar/sealed.js';
export { compliancePolicy } from './catalog/compliance-policy.js';
export type {
  CompliancePolicyFragment,
  CompliancePolicyOptions,
  PolicyBuildRange,
} from './catalog/compliance-policy.js';
export { resolveBuildProduct, safeResolveBuildProduct } from './catalog/build-product.js';
export type {
  ProductResolution,
  ProductResolutionBasis,
  ResolveBuildProductOptions,
} from './catalog/build-product.js';
export { EDITION_CLASSES, editionClass, servicingEnd } from './products/lifecycle.js';
export type { Certainty, EditionClass, ServicingEnd, ServicingEndOptions } from './products/lifecycle.js';
export { MONTH_STATES, monthState, restartState } from './calendar/month-state.js';
export type { MonthState, MonthStateInput, RestartState } from './calendar/month-state.js';
export type {
  CalendarChannel,
  CalendarExtra,
  CalendarInclude,
  CalendarRow,
  YearCalendar,
  YearCalendarOptions,
} from './calendar/year-calendar.js';
export { maintenanceWindows } from './schedule/maintenance-windows.js';
export type { MaintenanceWindow, MonthRange, WindowRule } from './schedule/maintenance-windows.js';
export { toAwsSchedule, toAzureRecurrence, toCron, toGcpRecurringSchedule, toRrule } from './schedule/exporters.js';
export type {
  AwsSchedule,
  AzureRecurrence,
  CronSchedule,
  GcpRecurringSchedule,
  ToRruleOptions,
} from './schedule/exporters.js';
