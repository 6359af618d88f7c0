/**
 * `claimlens remit FILE.835 [--json] [--dos-from DATE] [--dos-to DATE] [--setting practitioner|outpatient]`
 *
 * Reads an X12 835 remittance as a stream and explains each claim's adjustments and remarks, tying
 * coding-edit denials to the PTP, add-on, MUE or terminated-code fact among the claim's own codes.
 * Exit codes as `check --csv`: 0 every segment read, 1 some segments were bad (listed with their
 * numbers; the rest was read), 2 nothing readable (no ISA header, missing file, bad usage).
 */
import { createReadStream } from 'node:fs';
import { formatSource } from '../../lib/claim/format-source';
import type { MueSetting } from '../../lib/dataset/types';
import { explainRemitClaim } from '../../lib/denials/remit-explain';
import { RemitSummaryCounter } from '../../lib/denials/remit-summary';
import { formatRemitClaim, formatRemitSummary } from '../../lib/denials/remit-text';
import { readDate } from '../../lib/remit/elements';
import { RemitFormatError, RemitReader, type RemitClaim } from '../../lib/remit';
import { printableReport, quoted } from '../../lib/text/printable';
import { loadDataset } from '../node/load-dataset';
import { defineCommand } from './command';
import { flag } from './flags';
import { type CliIo, UsageError } from './io';

const isoDate = (raw: string, name: string) => {
  const d = readDate(raw.replace(/-/g, ''));
  if (!/^\d{4}-?\d{2}-?\d{2}$/.test(raw) || !d)
    throw new UsageError(`--${name} must be a date YYYY-MM-DD, not ${quoted(raw)}`);
  return d;
};

export default defineCommand({
  name: 'remit',
  summary: 'explain the adjustments and remarks of an X12 835 remittance file',
  args: { name: 'file.835', min: 1, max: 1 },
  flags: {
    json: flag.bool('print JSON'),
    'dos-from': flag.custom('only service dates on or after DATE', 'YYYY-MM-DD', isoDate),
    'dos-to': flag.custom('only service dates on or before DATE', 'YYYY-MM-DD', isoDate),
    setting: flag.choice(['practitioner', 'outpatient'] as const, 'which MUE table applies (default practitioner)'),
  },
  notes: [
    'Exit codes: 0 every segment read; 1 some segments were bad (listed by segment number, the rest was read);',
    '2 nothing readable (no ISA header, missing file, bad usage).',
  ],
  async run({ flags, args }, io) {
    const setting: MueSetting = flags.setting === 'outpatient' ? 'outpatientHospital' : 'practitioner';
    return remit(args[0], { json: flags.json, from: flags['dos-from'], to: flags['dos-to'], setting }, io);
  },
});

interface RemitOptions {
  json: boolean;
  from?: string;
  to?: string;
  setting: MueSetting;
}

/** Keeps the lines whose date of service is within the range; a claim with none left is dropped. */
function withinDates(claim: RemitClaim, from?: string, to?: string): RemitClaim | null {
  if (!from && !to) return claim;
  const inRange = (d: string | null) => d !== null && (!from || d >= from) && (!to || d <= to);
  const lines = claim.lines.filter((l) => inRange(l.dateOfService));
  if (lines.length === 0 && !inRange(claim.dateFrom)) return null;
  return { ...claim, lines };
}

async function remit(file: string, o: RemitOptions, io: CliIo): Promise<number> {
  const dataset = loadDataset();
  const counter = new RemitSummaryCounter();
  let first = true;
  if (o.json) io.out('{"claims": [');
  const reader = new RemitReader((raw) => {
    const claim = withinDates(raw, o.from, o.to);
    if (!claim) return counter.skip();
    const explained = explainRemitClaim(claim, dataset, { setting: o.setting });
    counter.add(explained, claim.charge, claim.paid);
    if (o.json) io.out(`${first ? '' : ','}\n${JSON.stringify(explained)}`);
    else io.out(`${printableReport(formatRemitClaim(explained, claim.charge, claim.paid))}\n`);
    first = false;
  });
  try {
    for await (const chunk of createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 }))
      reader.push(chunk as string);
    reader.finish();
  } catch (e) {
    if (e instanceof RemitFormatError) throw new UsageError(`${file}: ${e.message}`);
    const code = (e as NodeJS.ErrnoException)?.code;
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'EACCES')
      throw new UsageError(
        `cannot read ${file}: ${code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : 'permission denied'}`,
      );
    throw e;
  }
  const tables = (['ptp', 'aoc', 'muePractitioner', 'mueOutpatientHospital', 'hcpcs'] as const).map((t) => {
    return formatSource(dataset.source(t));
  });
  const summary = counter.finish(reader.problems, reader.counts.problems, tables);
  if (o.json) io.out(`],\n"summary": ${JSON.stringify(summary)}}`);
  else io.out(printableReport(formatRemitSummary(summary)));
  if (reader.counts.problems === 0) return 0;
  return reader.counts.claims > 0 ? 1 : 2;
}
