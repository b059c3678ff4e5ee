/**
 * The command-line interface as a function: `main(argv, io)` picks the command, runs it and turns every error
 * into one line on stderr and an exit code. It never touches `process`, the clock or the file system itself.
 * @module
 */
import { isHotpatchError, type ErrorCode } from '../errors.js';
import type { Command } from './commands/command.js';

/** The default command (the bare year), loaded when asked for: `--version` needs none of it. */
const loadCalendar = async (): Promise<Command> => (await import('./commands/calendar.js')).calendarCommand;
import { CliError } from './errors.js';
import type { CliIo } from './io.js';
import { VERSION } from './version.js';
import { loadZoneNames } from './zone-names.js';
import { _terminal } from '../render/escape.js';

export type { CliIo } from './io.js';

// Each command is loaded when it is asked for: a run compiles only what it uses (startup is most of a short run).
const COMMANDS: Readonly<Record<string, () => Promise<Command>>> = {
  month: async () => (await import('./commands/month.js')).monthCommand,
  build: async () => (await import('./commands/build.js')).buildCommand,
  restarts: async () => (await import('./commands/restarts.js')).restartsCommand,
  deadline: async () => (await import('./commands/deadline.js')).deadlineCommand,
  fleet: async () => (await import('./commands/fleet.js')).fleetCommand,
  schedule: async () => (await import('./commands/schedule.js')).scheduleCommand,
  refresh: async () => (await import('./commands/refresh.js')).refreshCommand,
  compliance: async () => (await import('./commands/compliance.js')).complianceCommand,
  'compliance-policy': async () => (await import('./commands/compliance-policy.js')).compliancePolicyCommand,
  data: async () => (await import('./commands/data.js')).dataCommand,
  serve: async () => (await import('./commands/serve.js')).serveCommand,
  // `calendar 2027` is the bare `2027` by name, as people type it after reading the other commands.
  calendar: async () => ({ ...(await loadCalendar()), name: 'calendar' }),
};

/** Library codes that mean bad data (exit 1); every other code means the arguments were wrong (exit 2). */
const DATA_CODES: ReadonlySet<ErrorCode> = new Set<ErrorCode>(['E_CATALOG', 'E_IMPORT']);

/** The exit code of an error: 2 for usage, 1 for bad data or I/O and anything unexpected. */
function exitCodeOf(error: unknown): 1 | 2 {
  if (error instanceof CliError) return error.code === 'E_USAGE' ? 2 : 1;
  return isHotpatchError(error) && !DATA_CODES.has(error.code) ? 2 : 1;
}

/**
 * Runs the CLI.
 * @param argv - arguments after the program name
 * @param io - the host; see {@link CliIo}
 * @returns the exit code: 0 success, 1 bad data (unreadable file, invalid catalog), 2 usage error
 * @category CLI
 * @example
 * ```ts
 * const out: string[] = [];
 * await main(['2026', '--product', 'windows-11-24h2', '--format', 'csv'], { ...io, stdout: (t) => out.push(t) }); //=> 0
 * ```
 */
export async function main(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv;
  try {
    if (first === '--version' || first === '-V') {
      io.stdout(`${VERSION}\n`);
      return 0;
    }
    const load = first === undefined || !Object.hasOwn(COMMANDS, first) ? undefined : COMMANDS[first];
    const command = load ? await load() : undefined;
    const all = command ? rest : argv;
    // `--builtin` (before `--`) holds for every command: the built-in data only, no overlay.
    const end = all.indexOf('--') < 0 ? all.length : all.indexOf('--');
    const builtin = all.slice(0, end).includes('--builtin');
    const args = builtin ? all.filter((a, i) => i >= end || a !== '--builtin') : all;
    if (builtin) io = { ...io, builtinOnly: true };
    // Help wins over everything else on the line, as in most CLIs.
    if (args.includes('--help') || args.includes('-h')) {
      io.stdout(`${(command ?? (await loadCalendar())).help}\n`);
      return 0;
    }
    const notes: string[] = [];
    await loadZoneNames(args);
    await (command ?? (await loadCalendar())).run(args, { ...io, deferNote: (text) => notes.push(text) });
    await io.flush?.();
    for (const note of notes) io.stderr(note);
    return 0;
  } catch (error) {
    // The reader of standard output went away (`| head`): nothing more to say, to no one.
    if (error instanceof CliError && error.code === 'E_PIPE') return 0;
    const code = exitCodeOf(error);
    // One line whatever the message holds: a line break or escape from data is shown, never obeyed.
    // The library names its function first ('identifyBuild: build …'): a CLI user never called it, so it goes.
    const text = error instanceof Error ? error.message : String(error);
    const message = _terminal(isHotpatchError(error) ? text.replace(/^[a-z][A-Za-z0-9]*: /, '') : text, 600);
    io.stderr(`hotpatch-calendar: ${message}${code === 2 ? " (see 'hotpatch-calendar --help')" : ''}\n`);
    return code;
  }
}
