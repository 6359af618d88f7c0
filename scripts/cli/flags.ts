/**
 * Strict command-line flags, declared per command (see scripts/cli/command.ts): every value is checked
 * when it is read, and a bad one is a {@link UsageError} that names it (escaped and shortened, since
 * it came from the command line). Nothing is accepted silently: unknown flags, repeated flags, flags
 * without their value, `0x10` for a number, an unknown payer or plan.
 */
import { quoted } from '../../lib/text/printable';
import { UsageError } from './io';

/** One declared flag: how it reads its value and what it is when absent. */
export interface Flag<T> {
  /** One-line help shown in the command's usage. */
  help: string;
  /** Placeholder for the value in usage (`FILE`, `N`, `practitioner|outpatient`); absent for switches. */
  metavar?: string;
  /** Reads the raw value; throws {@link UsageError} naming it when it is not acceptable. */
  parse?: (raw: string, flag: string) => T;
  /** Value when the flag is not given. */
  fallback: T;
}

/** The flags of one command, by name without the leading `--`. */
export type FlagSpecs = Record<string, Flag<unknown>>;

/** Parsed values, typed from the specs. */
export type FlagValues<F extends FlagSpecs> = { [K in keyof F]: F[K] extends Flag<infer T> ? T : never };

/** Longest value read for any flag (a path or a list of payers is far shorter). */
export const MAX_FLAG_VALUE = 4096;

type Values = readonly string[] | (() => readonly string[]);
const listOf = (v: Values) => (typeof v === 'function' ? v() : v);

function allowed(values: readonly string[]): string {
  if (values.length === 2) return `${values[0]} or ${values[1]}`;
  return `one of ${values.join(', ')}`;
}

/** Looks `raw` up case-insensitively among `values` (and `aliases`), with own-property checks only. */
function pick(raw: string, flag: string, values: readonly string[], aliases: Record<string, string>): string {
  const key = raw.trim().toLowerCase();
  const hit = values.find((v) => v.toLowerCase() === key);
  if (hit !== undefined) return hit;
  if (Object.hasOwn(aliases, key)) return aliases[key];
  throw new UsageError(`--${flag} must be ${allowed(values)}, not ${quoted(raw)}`);
}

/** Builders for the flag kinds the CLI uses. */
export const flag = {
  /** A switch: `--json`. Giving it a value (`--json=yes`) is an error. */
  bool(help: string): Flag<boolean> {
    return { help, fallback: false };
  },

  /** Free text, e.g. a file path: any non-empty value up to {@link MAX_FLAG_VALUE} characters. */
  text(help: string, metavar = 'TEXT'): Flag<string | undefined> {
    return { help, metavar, fallback: undefined, parse: (raw) => raw };
  },

  /** One of a fixed (or data-derived) list, matched case-insensitively; returns the canonical spelling. */
  choice<T extends string>(
    values: readonly T[] | (() => readonly T[]),
    help: string,
    aliases: Record<string, T> = {},
  ): Flag<T | undefined> {
    return {
      help,
      metavar: typeof values === 'function' ? 'ID' : values.join('|'),
      fallback: undefined,
      parse: (raw, name) => pick(raw, name, listOf(values), aliases) as T,
    };
  },

  /** A comma-separated list of choices (`--payer medicare,aetna`), each checked; duplicates dropped. */
  list(values: Values, help: string, metavar = 'A,B'): Flag<string[] | undefined> {
    return {
      help,
      metavar,
      fallback: undefined,
      parse: (raw, name) => {
        const parts = raw.split(',').map((p) => p.trim());
        if (parts.some((p) => p === '')) throw new UsageError(`--${name} has an empty item in ${quoted(raw)}`);
        const known = listOf(values);
        return [...new Set(parts.map((p) => pick(p, name, known, {})))];
      },
    };
  },

  /** A whole number written in plain decimal digits (not `0x10`, `1e3`, `+5` or `010`), within bounds. */
  int(help: string, min: number, max: number, fallback: number): Flag<number> {
    return {
      help,
      metavar: 'N',
      fallback,
      parse: (raw, name) => {
        const n = /^(?:0|[1-9]\d{0,8})$/.test(raw) ? Number(raw) : Number.NaN;
        if (!(n >= min && n <= max))
          throw new UsageError(`--${name} must be a whole number from ${min} to ${max}, not ${quoted(raw)}`);
        return n;
      },
    };
  },

  /** Any other value: `parse` reads it or throws {@link UsageError}. */
  custom<T>(help: string, metavar: string, parse: (raw: string, flag: string) => T): Flag<T | undefined> {
    return { help, metavar, fallback: undefined, parse };
  },
};

/** Positional arguments a command takes: `<line>...` is `{ name: 'line', min: 0, max: Infinity }`. */
export interface PositionalSpec {
  name: string;
  min: number;
  max: number;
}

/** Result of {@link parseArgs}. */
export interface ParsedArgs<F extends FlagSpecs> {
  flags: FlagValues<F>;
  positional: string[];
  help: boolean;
}

function readFlag(arg: string, next: string | undefined, specs: FlagSpecs, command: string) {
  const eq = arg.indexOf('=');
  const name = arg.slice(2, eq < 0 ? undefined : eq);
  const spec = Object.hasOwn(specs, name) ? specs[name] : undefined;
  if (!spec) {
    const known = Object.keys(specs).map((k) => `--${k}`);
    throw new UsageError(
      `unknown option ${quoted(arg.slice(0, eq < 0 ? undefined : eq))} for ${command} (options: ${known.join(', ')}, --help)`,
    );
  }
  if (!spec.parse) {
    if (eq >= 0) throw new UsageError(`--${name} takes no value (remove ${quoted(arg.slice(eq))})`);
    return { name, value: true as unknown, used: 0 };
  }
  const raw = eq >= 0 ? arg.slice(eq + 1) : next;
  if (raw === undefined || raw === '' || (eq < 0 && raw.startsWith('--')))
    throw new UsageError(`--${name} needs a value (${spec.metavar ?? 'VALUE'})`);
  if (raw.length > MAX_FLAG_VALUE) throw new UsageError(`--${name} value is longer than ${MAX_FLAG_VALUE} characters`);
  return { name, value: spec.parse(raw, name), used: eq >= 0 ? 0 : 1 };
}

/**
 * Splits `args` into flags and positional arguments by `specs`. `--name value` and `--name=value` both
 * work; `--` ends the flags; `-h`/`--help` anywhere asks for help. Any other argument starting with `-`
 * is an unknown option, since no positional argument of this CLI starts with one.
 */
export function parseArgs<F extends FlagSpecs>(
  args: readonly string[],
  specs: F,
  positional: PositionalSpec,
  command: string,
): ParsedArgs<F> {
  const values: Record<string, unknown> = {};
  const seen = new Set<string>();
  const rest: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--') {
      rest.push(...args.slice(i + 1));
      break;
    }
    if (a === '--help' || a === '-h') help = true;
    else if (a.startsWith('--')) {
      const { name, value, used } = readFlag(a, args[i + 1], specs, command);
      if (seen.has(name)) throw new UsageError(`--${name} is given more than once`);
      seen.add(name);
      values[name] = value;
      i += used;
    } else if (a.startsWith('-') && a.length > 1) throw new UsageError(`unknown option ${quoted(a)} for ${command}`);
    else rest.push(a);
  }
  for (const [name, spec] of Object.entries(specs)) if (!seen.has(name)) values[name] = spec.fallback;
  if (!help) checkCount(rest, positional, command);
  return { flags: values as FlagValues<F>, positional: rest, help };
}

function checkCount(rest: string[], p: PositionalSpec, command: string): void {
  if (rest.length < p.min) throw new UsageError(`${command} needs <${p.name}>; see claimlens ${command} --help`);
  if (rest.length <= p.max) return;
  const extra = rest
    .slice(p.max, p.max + 3)
    .map((r) => quoted(r))
    .join(' ');
  const more = rest.length > p.max + 3 ? ` and ${rest.length - p.max - 3} more` : '';
  throw new UsageError(
    `${command} takes ${p.max === 1 ? 'one' : `at most ${p.max}`} <${p.name}>; unexpected ${extra}${more}`,
  );
}
