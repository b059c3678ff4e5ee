/**
 * The OpenAPI 3.1 document of the server's API (`/api/v1/openapi.json`). Its schemas are JSON Schema 2020-12:
 * the tests validate every response of the API against them.
 * @internal
 * @module
 */

const ym = {
  type: 'object',
  required: ['year', 'month'],
  properties: { year: { type: 'integer' }, month: { type: 'integer', minimum: 1, maximum: 12 } },
};
const date = {
  type: 'object',
  required: ['year', 'month', 'day'],
  properties: { year: { type: 'integer' }, month: { type: 'integer' }, day: { type: 'integer' } },
};
const instant = {
  type: 'object',
  required: ['utc', 'local', 'zone', 'epochMilliseconds'],
  properties: {
    utc: { type: 'string', pattern: 'Z$' },
    local: { type: 'string' },
    zone: { type: 'string' },
    epochMilliseconds: { type: 'integer' },
  },
};
const nullable = (schema: object) => ({ oneOf: [{ type: 'null' }, schema] });
const param = (
  name: string,
  where: 'path' | 'query',
  schema: object,
  description: string,
  required = where === 'path',
) => ({
  name,
  in: where,
  required,
  schema,
  description,
});
const jsonOf = (ref: string, description: string) => ({
  description,
  content: { 'application/json': { schema: { $ref: `#/components/schemas/${ref}` } } },
});
const errors = {
  '400': {
    description: 'Bad input: the library error code and what is accepted',
    content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
  },
};
const products = param(
  'products',
  'query',
  { type: 'string' },
  'Product ids, comma-separated (default: every product in the program)',
  false,
);
const tz = param(
  'tz',
  'query',
  { type: 'string' },
  'IANA zone or Windows zone name for local times (default UTC)',
  false,
);

/** The OpenAPI document. */
export const OPENAPI_DOCUMENT = {
  openapi: '3.1.0',
  info: {
    title: 'hotpatch-calendar API',
    version: '1.0.0',
    description:
      "Windows hotpatch program answers: a month per product and channel, a build or KB lookup, a device's restarts, a deadline, and the data's freshness. Errors are RFC 9457 problem documents with the library's error code.",
  },
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  paths: {
    '/api/v1/months/{month}': {
      get: {
        summary: 'A month per product: planned and actual kind, release instant, every release with KB and build',
        parameters: [
          param('month', 'path', { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' }, 'YYYY-MM'),
          products,
          tz,
        ],
        responses: { '200': jsonOf('MonthAnswer', 'The month'), ...errors },
      },
    },
    '/api/v1/builds/{build}': {
      get: {
        summary: 'What a build is (26100.4061, 10.0.26100.4061), or the releases of a KB (KB5077212)',
        parameters: [param('build', 'path', { type: 'string' }, 'A build or a KB number')],
        responses: {
          '200': {
            description: 'The build identity, or the KB and its releases',
            content: {
              'application/json': {
                schema: {
                  oneOf: [{ $ref: '#/components/schemas/BuildIdentity' }, { $ref: '#/components/schemas/KbAnswer' }],
                },
              },
            },
          },
          ...errors,
        },
      },
    },
    '/api/v1/deadlines/{month}': {
      get: {
        summary: "When an Autopatch ring preset's deadline forces the restart of a month's update",
        parameters: [
          param('month', 'path', { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' }, 'YYYY-MM'),
          param(
            'preset',
            'query',
            { enum: ['test', 'first', 'fast', 'broad', 'expedited'] },
            'Ring preset (default broad)',
            false,
          ),
          tz,
        ],
        responses: { '200': jsonOf('Deadline', 'The deadline'), ...errors },
      },
    },
    '/api/v1/restarts': {
      post: {
        summary: "A device's restarts over a period, with its hotpatch eligibility",
        requestBody: {
          required: true,
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['device'],
                properties: {
                  device: {
                    type: 'object',
                    description:
                      'A device profile (product, build, edition, architecture, license, vbsRunning, hotpatchPolicy, management)',
                  },
                  from: { type: 'string', description: 'YYYY-MM-DD (default: 1 January this year)' },
                  to: { type: 'string', description: 'YYYY-MM-DD (default: 31 December this year)' },
                  asOf: { type: 'string', description: 'Day eligibility is checked on (default: from)' },
                  tz: { type: 'string' },
                },
              },
            },
          },
        },
        responses: {
          '200': jsonOf('Restarts', 'The restarts'),
          ...errors,
          '413': { description: 'Body larger than 64 KB' },
        },
      },
    },
    '/api/v1/freshness': {
      get: {
        summary: 'How current the data is per product and channel, and how the background refresh went',
        responses: { '200': jsonOf('Freshness', 'Freshness') },
      },
    },
  },
  components: {
    schemas: {
      Problem: {
        type: 'object',
        required: ['type', 'title', 'status', 'code', 'detail'],
        properties: {
          type: { type: 'string' },
          title: { type: 'string' },
          status: { type: 'integer' },
          code: { type: 'string', pattern: '^E_[A-Z_]+$' },
          detail: { type: 'string' },
        },
      },
      Release: {
        type: 'object',
        required: ['product', 'month', 'channel', 'kind', 'kb', 'build', 'date', 'restartRequired', 'source', 'urls'],
        properties: {
          product: { type: 'string' },
          month: ym,
          channel: { enum: ['hotpatch', 'standard'] },
          kind: { enum: ['baseline', 'unplanned-baseline', 'hotpatch', 'oob-hotpatch', 'lcu', 'oob-lcu', 'preview'] },
          kb: { type: ['string', 'null'], pattern: '^KB[0-9]{6,7}$' },
          build: { type: ['string', 'null'], pattern: '^[0-9]{5}\\.[0-9]+$' },
          date: nullable(date),
          restartRequired: { type: ['boolean', 'null'] },
          source: { enum: ['published', 'override', 'projected', 'unknown'] },
          urls: { type: 'array', items: { type: 'string' } },
          note: { type: 'string' },
          retrieved: { type: 'string' },
          security: {
            type: 'object',
            required: ['cves', 'critical', 'important', 'exploited', 'publiclyDisclosed', 'url'],
            properties: {
              cves: { type: 'integer' },
              critical: { type: 'integer' },
              important: { type: 'integer' },
              exploited: { type: 'integer' },
              publiclyDisclosed: { type: 'integer' },
              url: { type: 'string' },
            },
          },
        },
      },
      MonthAnswer: {
        type: 'object',
        required: ['month', 'products'],
        properties: {
          month: { type: 'string', pattern: '^[0-9]{4}-[0-9]{2}$' },
          products: {
            type: 'array',
            items: {
              type: 'object',
              required: ['product', 'kind', 'status', 'patchTuesday', 'release', 'releases'],
              properties: {
                product: { type: 'string' },
                kind: { enum: ['baseline', 'hotpatch'] },
                status: { enum: ['before-program', 'active', 'ended', 'unknown'] },
                patchTuesday: date,
                release: instant,
                releases: { type: 'array', items: { $ref: '#/components/schemas/Release' } },
              },
            },
          },
        },
      },
      BuildIdentity: {
        type: 'object',
        required: ['build', 'candidates', 'matches', 'known'],
        properties: {
          build: { type: 'string' },
          candidates: { type: 'array', items: { type: 'string' } },
          matches: { type: 'array', items: { $ref: '#/components/schemas/Release' } },
          known: { type: 'boolean' },
        },
      },
      KbAnswer: {
        type: 'object',
        required: ['kb', 'releases'],
        properties: {
          kb: { type: 'string', pattern: '^KB[0-9]{6,7}$' },
          releases: { type: 'array', items: { $ref: '#/components/schemas/Release' } },
        },
      },
      Deadline: {
        type: 'object',
        required: [
          'month',
          'release',
          'policy',
          'published',
          'offer',
          'restartRequired',
          'deadline',
          'graceEnd',
          'forcedRestart',
          'urls',
        ],
        properties: {
          month: ym,
          release: { $ref: '#/components/schemas/Release' },
          policy: { type: 'object' },
          published: instant,
          offer: instant,
          restartRequired: { type: ['boolean', 'null'] },
          deadline: nullable(instant),
          graceEnd: nullable(instant),
          forcedRestart: nullable(instant),
          urls: { type: 'array', items: { type: 'string' } },
        },
      },
      Restarts: {
        type: 'object',
        required: ['device', 'eligibility', 'servicingEnd', 'restarts'],
        properties: {
          device: { type: 'object' },
          eligibility: {
            type: 'object',
            required: ['eligible', 'reasons'],
            properties: { eligible: { type: 'boolean' }, reasons: { type: 'array' } },
          },
          servicingEnd: { oneOf: [{ type: 'null' }, { type: 'object' }] },
          restarts: {
            type: 'array',
            items: {
              type: 'object',
              required: ['date', 'month', 'reason', 'release', 'source'],
              properties: {
                date: date,
                month: ym,
                reason: { type: 'string' },
                release: { $ref: '#/components/schemas/Release' },
                source: { type: 'string' },
              },
            },
          },
        },
      },
      Freshness: {
        type: 'object',
        required: ['asOf', 'retrieved', 'refresh', 'channels'],
        properties: {
          asOf: { type: 'string' },
          retrieved: { type: 'string' },
          refresh: {
            type: 'object',
            required: ['lastAttempt', 'lastSuccess', 'lastError', 'enabled'],
            properties: {
              lastAttempt: { type: ['string', 'null'] },
              lastSuccess: { type: ['string', 'null'] },
              lastError: { type: ['string', 'null'] },
              enabled: { type: 'boolean' },
            },
          },
          channels: {
            type: 'array',
            items: {
              type: 'object',
              required: ['product', 'channel', 'newestMonth', 'stale'],
              properties: {
                product: { type: 'string' },
                channel: { enum: ['hotpatch', 'standard'] },
                newestMonth: { type: ['string', 'null'] },
                stale: { type: 'boolean' },
              },
            },
          },
        },
      },
    },
  },
} as const;
