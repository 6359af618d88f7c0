/**
 * `claimlens check [--json] [--setting practitioner|outpatient] [--payer ID] <line>...`
 * `claimlens check [--json] [--setting …] [--payer ID] --csv FILE`
 *
 * Lines use `CODE[-MOD[-MOD…]][xUNITS]`. With --csv, FILE is a claim-line export (claim id, date of
 * service, code, modifiers, units; header names matched loosely), read as a stream and checked per
 * claim id + date of service.
 *
 * Exit codes: 0 checked (findings do not change the exit code: they are a report); 1 (--csv only)
 * some rows could not be read — they are listed and every other row was checked; 2 bad usage, a
 * malformed line, an unreadable file or an unusable header row — nothing is checked.
 */
import { createReadStream } from 'node:fs';
import type { MueSetting } from '../../lib/dataset/types';
import {
  checkClaim,
  checkClaimGroups,
  ClaimCsvReader,
  ClaimHeaderError,
  ClaimLineError,
  formatClaimText,
  parseClaimLines,
  toJsonClaim,
  writeBatchReport,
  type BadRow,
  type ClaimGroup,
  type CheckOptions,
} from '../../lib/claim';
import { loadDataset } from '../node/load-dataset';
import { type CliIo, UsageError, parseFlags } from './io';

const USAGE = [
  'Usage: claimlens check [--json] [--setting practitioner|outpatient] [--payer ID] <line>...',
  '       claimlens check [--json] [--setting practitioner|outpatient] [--payer ID] --csv FILE',
  '  line: CODE[-MOD[-MOD…]][xUNITS], e.g. 64633-RT 64634x2 64490-XS J1100x150',
].join('\n');

/** Reads the --setting value. */
export function parseSetting(value: string | boolean | undefined): MueSetting {
  if (value === undefined) return 'practitioner';
  const v = String(value)
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  if (v === 'practitioner') return 'practitioner';
  if (v === 'outpatient' || v === 'outpatienthospital') return 'outpatientHospital';
  throw new UsageError(`--setting must be practitioner or outpatient, not "${value}"`);
}

/** Streams a claim-line CSV file into claim groups and bad rows. */
export async function readClaimCsvFile(file: string): Promise<{ groups: ClaimGroup[]; badRows: BadRow[] }> {
  const reader = new ClaimCsvReader();
  try {
    // The stream's UTF-8 decoder keeps multi-byte characters split across chunks intact.
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }))
      reader.push(chunk as string);
  } catch (e) {
    if (e instanceof ClaimHeaderError) throw e;
    const code = (e as NodeJS.ErrnoException)?.code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a folder'
          : code === 'EACCES'
            ? 'permission denied'
            : (e as Error).message;
    throw new UsageError(`cannot read ${file}: ${why}`);
  }
  return { groups: reader.finish(), badRows: reader.badRows };
}

export default async function run(args: string[], io: CliIo): Promise<number> {
  try {
    const { flags, positional } = parseFlags(args, {
      json: 'bool',
      setting: 'string',
      csv: 'string',
      payer: 'string',
      help: 'bool',
    });
    if (flags.help) {
      io.out(USAGE);
      return 0;
    }
    const options: CheckOptions = { setting: parseSetting(flags.setting) };
    if (typeof flags.payer === 'string') options.payer = flags.payer;
    if (typeof flags.csv === 'string') {
      if (positional.length)
        throw new UsageError(
          `--csv reads the lines from the file; remove the extra arguments (${positional.join(' ')})`,
        );
      const { groups, badRows } = await readClaimCsvFile(flags.csv);
      const claims = checkClaimGroups(groups, badRows, loadDataset(), options);
      writeBatchReport(
        (chunk) => io.out(chunk),
        flags.json ? 'json' : 'text',
        flags.csv,
        options.setting!,
        claims,
        badRows,
      );
      return badRows.length ? 1 : 0;
    }
    if (positional.length === 0) throw new UsageError(`no claim lines given\n${USAGE}`);
    const result = checkClaim(parseClaimLines(positional), loadDataset(), options);
    io.out(flags.json ? JSON.stringify(toJsonClaim(result), null, 2) : formatClaimText(result));
    return 0;
  } catch (e) {
    if (e instanceof UsageError || e instanceof ClaimLineError) {
      io.err(`claimlens check: ${e.message}`);
      return 2;
    }
    if (e instanceof ClaimHeaderError) {
      io.err(`claimlens check: ${(e as Error).message}`);
      return 2;
    }
    throw e;
  }
}
