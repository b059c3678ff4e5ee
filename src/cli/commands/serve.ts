/**
 * `hotpatch-calendar serve`: the page, the calendar feeds and the JSON API over HTTP, kept current by a background
 * refresh through the same code as `refresh`, writing the same overlay under its lock.
 * @module
 */
import type { Catalog } from '../../catalog/types.js';
import { createServerApp, type RefreshStatus } from '../../server/app.js';
import { listen } from '../../server/node.js';
import { intFlag, parseCommand, positionalsOf, STRING } from '../args.js';
import { loadCatalog, overlayOf } from '../catalog-option.js';
import { usageError } from '../errors.js';
import type { CliIo } from '../io.js';
import type { Command } from './command.js';
import { refreshCommand } from './refresh.js';

const FLAGS = {
  host: STRING,
  port: STRING,
  catalog: STRING,
  'refresh-interval': STRING,
  offline: { type: 'boolean' },
  'msrc-url': STRING,
  'release-health-url': { type: 'string', multiple: true },
  'refresh-since': STRING,
  timeout: STRING,
} as const;

export const serveCommand: Command = {
  name: 'serve',
  help: `Usage: hotpatch-calendar serve [--host ADDRESS] [--port N] [--refresh-interval HOURS] [--offline] [--catalog FILE]
  [--msrc-url URL] [--release-health-url URL ...] [--refresh-since YYYY-MM] [--timeout SECONDS]
Serves the calendar page (/), a rolling iCalendar feed to subscribe to (/calendar.ics: the last 12 and next 12
months), one file per year (/calendar/2027.ics|.csv|.json|.md, with ?products=, ?lang=, ?tz=, ?include=) and a JSON
API (/api/v1/..., described at /api/v1/openapi.json), with /healthz and /readyz. Binds 127.0.0.1:8080 unless
--host/--port say otherwise. Every --refresh-interval hours (default 6, with up to 10% jitter) it refreshes the
overlay as 'refresh' does; a failed refresh keeps serving the last good data and says so in /api/v1/freshness and
the log. --offline: no refresh. --msrc-url, --release-health-url, --refresh-since (refresh's --since) and --timeout are
passed to each refresh. Logs are JSON lines on standard output. SIGTERM or SIGINT: stops accepting, finishes
requests in flight within 10 s, exits 0.
Example: hotpatch-calendar serve --host 0.0.0.0 --port 8080`,
  async run(args, io) {
    const { values, positionals } = parseCommand(args, FLAGS);
    positionalsOf(positionals, 0, '');
    const port = intFlag('port', values.port) ?? 8080;
    if (port < 0 || port > 65_535) throw usageError(`--port ${port} is not a port; expected 0 to 65535`);
    const hours = intFlag('refresh-interval', values['refresh-interval']) ?? 6;
    if (hours < 1 || hours > 168) throw usageError('--refresh-interval takes 1 to 168 hours');
    // A log that cannot be written (standard output closed) is dropped: logging never stops the server.
    const log = (record: Record<string, unknown>) => {
      try {
        void Promise.resolve(io.stdout(`${JSON.stringify(record)}\n`)).catch(() => undefined);
      } catch {
        // dropped
      }
    };
    // The overlay the background refresh writes may not exist yet: until it does, the built-in data answers.
    const overlay = overlayOf(values.catalog, io);
    const exists = overlay !== undefined && io.readFile !== undefined && (await io.readFile(overlay.path)) !== null;
    let catalog: Catalog | undefined = exists ? await loadCatalog(values.catalog, io) : undefined;
    const offline = values.offline === true || overlay === undefined;
    let status: RefreshStatus = { lastAttempt: null, lastSuccess: null, lastError: null, enabled: !offline };
    const refresh = async (): Promise<void> => {
      const at = new Date(io.now()).toISOString();
      const messages: string[] = [];
      const quiet: CliIo = {
        ...io,
        stdout: (t) => void messages.push(t.trim()),
        stderr: (t) => void messages.push(t.trim()),
        stderrIsTTY: false,
      };
      const flags = [
        ...(values.catalog ? ['--catalog', values.catalog] : []),
        ...(values['msrc-url'] ? ['--msrc-url', values['msrc-url']] : []),
        ...(values['release-health-url'] ?? []).flatMap((u) => ['--release-health-url', u]),
        ...(values['refresh-since'] ? ['--since', values['refresh-since']] : []),
        ...(values.timeout ? ['--timeout', values.timeout] : []),
      ];
      try {
        await refreshCommand.run(flags, quiet);
        catalog = await loadCatalog(values.catalog, io);
        status = { ...status, lastAttempt: at, lastSuccess: at, lastError: null };
        log({ time: at, level: 'info', msg: 'refresh', ok: true, detail: messages.filter(Boolean).slice(0, 20) });
      } catch (error) {
        // The last good data stays: a failed refresh never replaces it.
        const reason = error instanceof Error ? error.message : String(error);
        status = { ...status, lastAttempt: at, lastError: reason.slice(0, 500) };
        log({ time: at, level: 'warn', msg: 'refresh', ok: false, error: reason.slice(0, 500) });
      }
    };
    const app = createServerApp({
      catalog: () => catalog,
      now: io.now,
      refreshStatus: () => status,
      refreshHours: hours,
    });
    const server = await listen(app, { host: values.host ?? '127.0.0.1', port, log });
    log({
      time: new Date(io.now()).toISOString(),
      level: 'info',
      msg: 'listening',
      host: values.host ?? '127.0.0.1',
      port: server.port,
      refresh: offline ? 'off' : `${hours} h`,
    });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const schedule = (first: boolean) => {
      // Jitter, so that many servers started together do not ask Microsoft at the same moment.
      const delay = first ? 1000 : hours * 3_600_000 * (1 + Math.random() * 0.1);
      timer = setTimeout(() => void refresh().then(() => schedule(false)), delay);
      timer.unref();
    };
    if (!offline) schedule(true);
    await new Promise<void>((resolve) => {
      const stop = (signal: string) => {
        if (timer) clearTimeout(timer);
        log({ time: new Date(io.now()).toISOString(), level: 'info', msg: 'stopping', signal });
        void server.close(10_000).then(() => {
          log({ time: new Date(io.now()).toISOString(), level: 'info', msg: 'stopped' });
          resolve();
        });
      };
      if (io.onStop) io.onStop(stop);
    });
  },
};
