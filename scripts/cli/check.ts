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
import {
  checkClaim,
  checkClaimGroups,
  formatClaimText,
  parseClaimLines,
  toJsonClaim,
  writeBatchReport,
  type CheckOptions,
} from '../../lib/claim';
import { isIsoDate } from '../../lib/dataset/dates';
import { loadDataset } from '../node/load-dataset';
import { payersFromNotes } from '../../lib/editorial/payer-notes';
import { defineCommand } from './command';
import { flag } from './flags';
import { type CliIo, errorLine, UsageError } from './io';
import { readClaimCsvFile } from './read-claim-csv';
import { quoted } from '../../lib/text/printable';

export default defineCommand({
  name: 'check',
  summary: 'claim check of lines given as arguments, or of a claim-line CSV export (--csv)',
  args: { name: 'line', min: 0, max: Number.POSITIVE_INFINITY },
  flags: {
    csv: flag.text('claim-line CSV export to check instead of lines', 'FILE'),
    setting: flag.choice(['practitioner', 'outpatient'] as const, 'which MUE table applies (default practitioner)', {
      outpatienthospital: 'outpatient',
      'outpatient-hospital': 'outpatient',
    }),
    payer: flag.choice(() => payersFromNotes().map((p) => p.id), 'payer the claim goes to (noted under "not checked")'),
    json: flag.bool('print JSON'),
    dos: flag.custom(
      'date of service (default today): edits apply only when in effect on it',
      'YYYY-MM-DD',
      (raw, name) => {
        if (!isIsoDate(raw)) throw new UsageError(`--${name} must be a date written YYYY-MM-DD, not ${quoted(raw)}`);
        return raw;
      },
    ),
  },
  notes: [
    'A line is CODE[-MOD[-MOD…]][xUNITS], e.g. 64633-RT 64634x2 64490-XS J1100x150 (at most 4 modifiers).',
    'Exit codes: 0 checked (findings do not change it); 1 --csv: some rows could not be read (listed; the rest',
    'was checked); 2 nothing could be checked (bad usage or line, unreadable file, header or every row bad).',
  ],
  async run({ flags, args }, io) {
    const options: CheckOptions = { setting: flags.setting === 'outpatient' ? 'outpatientHospital' : 'practitioner' };
    if (flags.payer) options.payer = flags.payer;
    if (flags.dos) options.dateOfService = flags.dos;
    else if (io.today) options.today = io.today();
    if (flags.csv !== undefined) {
      if (flags.dos)
        throw new UsageError('--dos applies to claim lines given as arguments; with --csv each row has its own date');
      if (args.length)
        throw new UsageError(`--csv reads the lines from the file; remove the extra arguments (${args.length})`);
      return checkCsv(flags.csv, flags.json, options, io);
    }
    if (args.length === 0) throw new UsageError('no claim lines given; see claimlens check --help');
    const result = checkClaim(parseClaimLines(args), loadDataset(), options);
    io.out(flags.json ? JSON.stringify(toJsonClaim(result), null, 2) : formatClaimText(result));
    return 0;
  },
});

async function checkCsv(file: string, json: boolean, options: CheckOptions, io: CliIo): Promise<number> {
  const reader = await readClaimCsvFile(file);
  if (reader.rowCount === 0)
    throw new UsageError(`${quoted(file, 200)} has a header row but no data rows: nothing to check`);
  const claims = checkClaimGroups(reader, loadDataset(), options);
  const format = json ? 'json' : 'text';
  await writeBatchReport((s) => io.out(s), format, file, options.setting!, claims, reader.badRows, reader.badRowCount);
  if (reader.store.lineCount > 0) return reader.badRowCount > 0 ? 1 : 0;
  // The report above lists why; the exit code and this line say nothing was checked.
  io.err(
    errorLine(
      `claimlens check: none of the ${reader.rowCount} rows of ${quoted(file, 200)} could be read: nothing was checked`,
    ),
  );
  return 2;
}
