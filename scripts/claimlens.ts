/**
 * `claimlens` — the command-line face of lib/: `npm run --silent claimlens -- <command> [args]`.
 * Each command is one `defineCommand(...)` in scripts/cli/<command>.ts (flags, arguments, help and
 * `run` together), listed once below and loaded only when used.
 */
import { setFlagsFromString } from 'node:v8';
import { quoted } from '../lib/text/printable';
import type { Command } from './cli/command';
import { type CliIo, errorLine, installProcessGuards, messageOf, processIo, UsageError } from './cli/io';

const COMMANDS: Record<string, () => Promise<{ default: Command }>> = {
  lookup: () => import('./cli/lookup'),
  check: () => import('./cli/check'),
  scan: () => import('./cli/scan'),
  search: () => import('./cli/search'),
  remit: () => import('./cli/remit'),
};

const NAMES = Object.keys(COMMANDS).join(', ');

async function usage(): Promise<string> {
  const commands = await Promise.all(Object.values(COMMANDS).map(async (load) => (await load()).default));
  const w = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: claimlens <command> [options] [args]   (claimlens <command> --help for its options)',
    '',
    ...commands.map((c) => `  ${c.name.padEnd(w)}  ${c.summary}`),
    '',
    'Exit codes: 0 done, 1 done but some input rows could not be read (check --csv), 2 nothing could be done.',
  ].join('\n');
}

/** Errors the user can act on print their message; anything else is labelled an internal error. */
function describeError(e: unknown): string {
  if (
    e instanceof UsageError ||
    (e instanceof Error && /^(ClaimLineError|ClaimHeaderError|CsvInputError)$/.test(e.name))
  )
    return messageOf(e);
  return `internal error: ${messageOf(e)}`;
}

/** Runs one command; returns the exit code. Errors become one line on stderr (exit 2), never a stack trace. */
export async function main(argv: readonly string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (name === '--help' || name === '-h' || name === 'help') {
    io.out(await usage());
    return 0;
  }
  const load = name !== undefined && Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!load) {
    const what = name === undefined ? 'no command given' : `unknown command ${quoted(name)}`;
    io.err(errorLine(`claimlens: ${what} (commands: ${NAMES}; see claimlens --help)`));
    return 2;
  }
  try {
    return await (await load()).default.execute(args, io);
  } catch (e) {
    io.err(errorLine(`claimlens ${name}: ${describeError(e)}`));
    return 2;
  }
}

if (process.argv[1]?.endsWith('claimlens.ts') || process.argv[1]?.endsWith('claimlens')) {
  installProcessGuards();
  // V8 lets the heap grow to about 4x what is live before a full collection; `check --csv` allocates fast
  // and keeps little, so that growth was most of its peak memory. 1.5x keeps a 100 MB export near 4x the
  // file for about 10% more CPU (figures: README "Command-line tool").
  setFlagsFromString('--heap-growing-percent=50');
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
