/**
 * Column names and values of fleet files as Intune and Microsoft Graph write them, matched case- and
 * space-insensitively and turned into the device fields the library reads.
 * @module
 */

/** Normalised column name (lower case, letters and digits only) → device field. */
const FIELDS: ReadonlyMap<string, string> = new Map([
  ['devicename', 'id'],
  ['name', 'id'],
  ['id', 'id'],
  ['osversion', 'osVersion'],
  ['build', 'build'],
  ['os', 'operatingSystem'],
  ['operatingsystem', 'operatingSystem'],
  ['skufamily', 'edition'],
  ['edition', 'edition'],
  ['processorarchitecture', 'architecture'],
  ['architecture', 'architecture'],
  ['managementagent', 'management'],
  ['managedby', 'management'],
  ['management', 'management'],
  ['license', 'license'],
  ['vbsrunning', 'vbsRunning'],
  ['vbs', 'vbsRunning'],
  ['hotpatchpolicy', 'hotpatchPolicy'],
  ['hotpatch', 'hotpatchPolicy'],
  ['chpedisabled', 'chpeDisabled'],
  ['tenantoptout', 'tenantOptOut'],
  ['product', 'product'],
]);

/** Lower case, letters and digits only (any script: 'Gerätename' keeps its ä). */
export const normalise = (name: string): string => name.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Columns the user named with `--column FIELD=COLUMN`: normalised column name → device field. */
export type ColumnMap = ReadonlyMap<string, string>;

/** The fields `--column` may name, as the device record spells them. */
export const DEVICE_FIELDS = [
  'id',
  'build',
  'osVersion',
  'operatingSystem',
  'edition',
  'architecture',
  'management',
  'license',
  'vbsRunning',
  'hotpatchPolicy',
  'chpeDisabled',
  'tenantOptOut',
  'product',
] as const;

/** The device field a column name stands for (the user's mapping first), or undefined for a column not read. */
export function fieldOf(column: string, columns?: ColumnMap): string | undefined {
  const key = normalise(column);
  return columns?.get(key) ?? FIELDS.get(key);
}

/** Whether a header has a column the build can be read from (`build` or the OS version). */
export function hasBuildColumn(header: readonly string[], columns?: ColumnMap): boolean {
  return header.some((c) => {
    const f = fieldOf(c, columns);
    return f === 'build' || f === 'osVersion';
  });
}

const EDITIONS: readonly (readonly [RegExp, string])[] = [
  [/datacenter.*azure|azure edition/i, 'Datacenter: Azure Edition'],
  [/datacenter/i, 'Datacenter'],
  [/server.*standard|^standard$/i, 'Standard'],
  [/enterprise.*(ltsc|ltsb)|enterprises$/i, 'Enterprise LTSC'],
  [/enterprise.*multi-?session/i, 'Enterprise multi-session'],
  [/enterprise/i, 'Enterprise'],
  [/education/i, 'Education'],
  [/pro/i, 'Pro'],
  [/home|core/i, 'Home'],
];

/** Called with a value the CLI does not recognise and reads as something else (a management agent it reads as none). */
export type OnUnrecognised = (field: string, value: string) => void;

/**
 * Intune's "Managed by" values: the English ones, and those its admin centre writes in German exports ("Co-verwaltet"
 * for co-managed, seen in a German export). MDM, Intune and co-management all deliver Intune policies.
 */
const INTUNE_AGENT = /mdm|intune|co-?managed|co-?verwaltet/i;

/** A value as the device check reads it: Graph's and Intune's spellings of architecture, edition, agent, booleans. */
function normaliseValue(field: string, value: string, onUnrecognised?: OnUnrecognised): string {
  const v = value.trim();
  switch (field) {
    case 'architecture':
      return /^(x64|amd64|x86_64|64-bit)$/i.test(v) ? 'x64' : /^arm64$/i.test(v) ? 'arm64' : v.toLowerCase();
    case 'edition':
      return EDITIONS.find(([re]) => re.test(v))?.[1] ?? v;
    case 'management':
      if (INTUNE_AGENT.test(v)) return 'intune';
      if (/arc/i.test(v)) return 'azure-arc';
      if (/^(intune|autopatch|azure|azure-local|none)$/.test(v)) return v;
      // Read as unmanaged, but said: a silent 'none' would hide a whole fleet's agent behind one unknown spelling.
      onUnrecognised?.('management', v);
      return 'none';
    case 'vbsRunning':
    case 'chpeDisabled':
    case 'tenantOptOut':
      return /^(true|yes|1|running|enabled|on)$/i.test(v)
        ? 'true'
        : /^(false|no|0|off|disabled|not running)$/i.test(v)
          ? 'false'
          : v;
    default:
      return v;
  }
}

/**
 * A reader of CSV rows under one header: the column → field mapping is worked out once, not per row (a million
 * rows times 13 columns made the name matching a visible share of a fleet run).
 */
export function csvRowReader(
  header: readonly string[],
  onUnrecognised?: OnUnrecognised,
  columnMap?: ColumnMap,
): {
  read(values: readonly string[]): Record<string, unknown>;
  /** The row's operating system column (kept out of the record: it decides whether the row is a device at all). */
  os(values: readonly string[]): string | undefined;
  unknown: string[];
} {
  const fields = header.map((c) => fieldOf(c, columnMap));
  const osColumn = fields.indexOf('operatingSystem');
  // "Device name" wins over an "id" column (Graph's id is a GUID; the name is what admins search for).
  const named = header.findIndex((c, i) => fields[i] === 'id' && ['devicename', 'name'].includes(normalise(c)));
  const idColumn = named >= 0 ? named : fields.indexOf('id');
  const columns: [number, string][] = [];
  fields.forEach((f, i) => {
    if (f !== undefined && f !== 'operatingSystem' && (f !== 'id' || i === idColumn)) columns.push([i, f]);
  });
  return {
    unknown: header.filter((_, i) => fields[i] === undefined),
    os: (values) => (osColumn < 0 ? undefined : values[osColumn]),
    read(values) {
      const record: Record<string, unknown> = {};
      for (const [i, field] of columns) {
        const value = values[i];
        if (value !== undefined && value !== '') record[field] = normaliseValue(field, value, onUnrecognised);
      }
      return record;
    },
  };
}

/** A raw record (CSV row by header, or a Graph object) as a device record; the columns it did not read. */
export function toDeviceRecord(
  raw: Readonly<Record<string, unknown>>,
  onUnrecognised?: OnUnrecognised,
  columnMap?: ColumnMap,
): {
  record: Record<string, unknown>;
  os: unknown;
  unknown: string[];
} {
  const record: Record<string, unknown> = {};
  const unknown: string[] = [];
  let os: unknown;
  for (const [column, value] of Object.entries(raw)) {
    const field = fieldOf(column, columnMap);
    if (field === undefined) {
      unknown.push(column);
      continue;
    }
    if (field === 'operatingSystem') {
      // As any other field: the last non-empty value wins, numbers and booleans as text.
      if (value !== null && value !== undefined && value !== '')
        os = typeof value === 'boolean' || typeof value === 'number' ? String(value) : value;
      continue;
    }
    // "Device name" wins over an "id" column (Graph's id is a GUID; the name is what admins search for).
    if (field === 'id' && record['id'] !== undefined && !['devicename', 'name'].includes(normalise(column))) continue;
    if (value === null || value === undefined || value === '') continue;
    record[field] =
      typeof value === 'string'
        ? normaliseValue(field, value, onUnrecognised)
        : typeof value === 'boolean' || typeof value === 'number'
          ? String(value)
          : value;
  }
  return { record, os, unknown };
}
