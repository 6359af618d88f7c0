/** Output channels of a CLI command, so commands can be tested without spawning a process. */
export interface CliIo {
  out(s: string): void;
  err(s: string): void;
  /** Today's date as YYYY-MM-DD (tests fix it; default: the clock, UTC). */
  today?: () => string;
}

/** The process's stdout/stderr. */
export const processIo: CliIo = {
  out: (s) => process.stdout.write(s.endsWith('\n') ? s : `${s}\n`),
  err: (s) => process.stderr.write(s.endsWith('\n') ? s : `${s}\n`),
};

/** A user-facing error: printed as one line, exit code 2, never a stack trace. */
export class UsageError extends Error {}

/** Splits `--flag value` / `--flag=value` options from positional arguments. Unknown flags are errors. */
export function parseFlags(
  args: string[],
  spec: Record<string, 'bool' | 'string'>,
): { flags: Record<string, string | boolean>; positional: string[] } {
  const flags: Record<string, string | boolean> = {};
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--') || a === '--') {
      positional.push(a);
      continue;
    }
    const [name, inline] = a.slice(2).split(/=(.*)/s, 2);
    const kind = spec[name];
    if (!kind) throw new UsageError(`Unknown option --${name}`);
    if (kind === 'bool') flags[name] = true;
    else {
      const v = inline ?? args[++i];
      if (v === undefined || v === '') throw new UsageError(`--${name} needs a value`);
      flags[name] = v;
    }
  }
  return { flags, positional };
}
