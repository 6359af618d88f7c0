/**
 * `claimlens` — the command-line face of lib/: `npm run --silent claimlens -- <command> [args]`.
 * Each command lives in scripts/cli/<command>.ts and is loaded only when used.
 */
import { processIo, UsageError, type CliIo } from './cli/io';

const COMMANDS: Record<
  string,
  { summary: string; load: () => Promise<{ default: (args: string[], io: CliIo) => Promise<number> }> }
> = {
  lookup: {
    summary: 'lookup <code> [--payer p1,p2] [--json]   everything known about one code',
    load: () => import('./cli/lookup'),
  },
  check: {
    summary: 'check [--json] [--setting practitioner|outpatient] <line>... | --csv FILE   claim check',
    load: () => import('./cli/check'),
  },
  scan: { summary: 'scan <file.html> [--json]   codes detected in an HTML page', load: () => import('./cli/scan') },
  search: {
    summary: 'search "<query>" [--json]   search codes by code, words or synonyms',
    load: () => import('./cli/search'),
  },
};

function usage(): string {
  return ['Usage: claimlens <command> [args]', '', ...Object.values(COMMANDS).map((c) => `  ${c.summary}`)].join('\n');
}

/** Runs one command; returns the exit code. Errors become one line on stderr (exit 2), never a stack trace. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const cmd = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
  if (!cmd) {
    io.err(`claimlens: unknown command "${name}"\n${usage()}`);
    return 2;
  }
  try {
    const mod = await cmd.load();
    return await mod.default(args, io);
  } catch (e) {
    const msg = e instanceof UsageError ? e.message : `internal error: ${(e as Error)?.message ?? String(e)}`;
    io.err(`claimlens ${name}: ${msg}`);
    return 2;
  }
}

if (process.argv[1]?.endsWith('claimlens.ts') || process.argv[1]?.endsWith('claimlens')) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
