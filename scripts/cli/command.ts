/**
 * Declarative commands: a command is one `defineCommand({ name, summary, args, flags, run })` in its own
 * file under scripts/cli/, listed once in scripts/claimlens.ts. Flags are parsed and checked before
 * `run` is called (scripts/cli/flags.ts), and usage text is generated from the same declaration.
 */
import { type FlagSpecs, type FlagValues, type PositionalSpec, flag, parseArgs } from './flags';
import { selectDatasetDir } from '../node/load-dataset';
import { UsageError } from './io';
import type { CliIo } from './io';

/** Flags every command takes (added to each command's own). */
export const COMMON_FLAGS = {
  data: flag.text('read the dataset from DIR (a folder written by npm run build:data -- --out DIR)', 'DIR'),
} satisfies FlagSpecs;

type AllFlags<F extends FlagSpecs> = F & typeof COMMON_FLAGS;

/** What `run` receives: checked flag values and positional arguments. */
export interface CommandInput<F extends FlagSpecs> {
  flags: FlagValues<AllFlags<F>>;
  args: string[];
}

/** The declaration of one command. */
export interface CommandSpec<F extends FlagSpecs> {
  name: string;
  /** What it does, in a few words (shown in `claimlens --help`). */
  summary: string;
  /** Positional arguments, e.g. `{ name: 'code', min: 1, max: 1 }`. */
  args: { name: string; min: number; max: number };
  flags: F;
  /** Extra lines for the command's help: examples, exit codes. */
  notes?: string[];
  /** Does the work; returns the exit code. Throw `UsageError` for a one-line error with exit 2. */
  run(input: CommandInput<F>, io: CliIo): Promise<number>;
}

/** A command ready to run from an argument list. */
export interface Command {
  name: string;
  summary: string;
  usage(): string;
  execute(argv: readonly string[], io: CliIo): Promise<number>;
}

function usageOf<F extends FlagSpecs>(spec: CommandSpec<F>, flags: FlagSpecs, args: PositionalSpec): string {
  const arg = args.max === 0 ? '' : args.max === 1 ? ` <${args.name}>` : ` <${args.name}>...`;
  const rows = Object.entries(flags).map(([k, f]) => [`--${k}${f.metavar ? ` ${f.metavar}` : ''}`, f.help]);
  rows.push(['-h, --help', 'this help']);
  const w = Math.max(...rows.map(([k]) => k.length));
  return [
    `Usage: claimlens ${spec.name} [options]${args.min === 0 && arg ? ` [${arg.trim()}]` : arg}`,
    `  ${spec.summary}`,
    'Options:',
    ...rows.map(([k, h]) => `  ${k.padEnd(w)}  ${h}`),
    ...(spec.notes ?? []),
  ].join('\n');
}

/** Turns a declaration into a {@link Command}. */
export function defineCommand<F extends FlagSpecs>(spec: CommandSpec<F>): Command {
  const flags = { ...spec.flags, ...COMMON_FLAGS } as AllFlags<F>;
  const usage = () => usageOf(spec, flags, spec.args);
  return {
    name: spec.name,
    summary: spec.summary,
    usage,
    async execute(argv, io) {
      const parsed = parseArgs(argv, flags, spec.args, spec.name);
      if (parsed.help) {
        io.out(usage());
        return 0;
      }
      const dir = (parsed.flags as { data?: string }).data;
      let restore = () => {};
      if (dir !== undefined) {
        try {
          restore = selectDatasetDir(dir);
        } catch (e) {
          throw new UsageError((e as Error).message);
        }
      }
      try {
        return await spec.run({ flags: parsed.flags, args: parsed.positional }, io);
      } finally {
        restore();
      }
    },
  };
}
