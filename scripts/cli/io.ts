/**
 * Output channels of the CLI. Everything printed passes through here: errors become one escaped,
 * length-capped line; reports keep their own line structure but any control character from the data
 * is escaped (lib/text/printable.ts), so no input can forge an output line or drive the terminal.
 */
import { printable, printableReport } from '../../lib/text/printable';

/** Output channels of a CLI command, so commands can be tested without spawning a process. */
export interface CliIo {
  /** Prints report text; a returned promise settles when stdout can take more (a full pipe). */
  out(s: string): void | Promise<void>;
  err(s: string): void;
  /** Today's date as YYYY-MM-DD (tests fix it; default: the clock, UTC). */
  today?: () => string;
}

/** Longest error line printed; the rest is cut with a marker. */
export const MAX_ERROR_LINE = 500;

/** A user-facing error: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** `message` as one printable line of at most {@link MAX_ERROR_LINE} characters. */
export function errorLine(message: string): string {
  return printable(message.replace(/\n+$/, ''), MAX_ERROR_LINE);
}

/** The message of anything thrown, never its stack. */
export function messageOf(e: unknown): string {
  if (e instanceof Error) return e.message || e.name;
  return String(e);
}

/** The process's stdout/stderr, sanitised. */
export const processIo: CliIo = {
  out: (s) => {
    const text = printableReport(s);
    // Writes to a pipe are asynchronous: without waiting, a report of 100s of MB piped to a slow reader
    // would pile up in memory.
    if (!process.stdout.write(text.endsWith('\n') ? text : `${text}\n`))
      return new Promise<void>((resolve) => process.stdout.once('drain', () => resolve()));
  },
  err: (s) => {
    process.stderr.write(`${errorLine(s)}\n`);
  },
};

/**
 * Last line of defence for the real process: an uncaught error or unhandled rejection (e.g. a library's
 * cleanup promise) prints one line and exits 2 instead of Node's stack trace; a closed stdout (`| head`)
 * ends the process quietly.
 */
export function installProcessGuards(): void {
  const die = (e: unknown) => {
    process.stderr.write(`${errorLine(`claimlens: internal error: ${messageOf(e)}`)}\n`);
    process.exit(2);
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    die(e);
  });
}
