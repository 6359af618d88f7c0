/**
 * `claimlens lookup <code> [--payer medicare,aetna] [--mac JF] [--bcbs-plan anthem] [--locality 02102:01]
 * [--json]`: everything known about one code.
 */
import { loadDataset } from '../node/load-dataset';
import { codeReport, type CodeReport } from '../../lib/lookup/code-report';
import { isModifier, normalizeCode } from '../../lib/codes';
import { contentProvider } from '../node/content-provider';
import { payersFromNotes } from '../../lib/editorial/payer-notes';
import { MAC_JURISDICTIONS } from '../../lib/settings/types';
import { defineCommand } from './command';
import { flag } from './flags';
import { UsageError } from './io';
import { type NoteLike, payerNoteRows } from '../../lib/editorial/note-text';
import { siteOfServiceRows } from '../../lib/lookup/site-of-service';
import { modifierReport, type ModifierReport } from '../../lib/modifiers/modifier-report';
import { type LocalityKey, parseLocalityId } from '../../lib/payment';
import type { Dataset } from '../../lib/dataset/types';
import { quoted } from '../../lib/text/printable';
import { paymentRows } from './payment-text';

const payerIds = () => payersFromNotes().map((p) => p.id);
const bcbsPlans = () => payersFromNotes().flatMap((p) => (p.id === 'bcbs' ? p.plans.map((x) => x.id) : []));

export default defineCommand({
  name: 'lookup',
  summary: 'everything known about one code, or what a modifier means',
  args: { name: 'code|modifier', min: 1, max: 1 },
  flags: {
    payer: flag.list(payerIds, 'payers whose notes to show (default: all with notes)', 'medicare,aetna'),
    mac: flag.choice(MAC_JURISDICTIONS, 'Medicare MAC jurisdiction: leaves out notes for other MACs'),
    'bcbs-plan': flag.choice(bcbsPlans, 'BCBS plan id: leaves out notes for other plans'),
    locality: flag.custom(
      'Medicare PFS locality (MAC:LOCALITY as in the GPCI file) for payment amounts',
      'MAC:LOC',
      readLocality,
    ),
    json: flag.bool('print JSON'),
  },
  async run({ flags, args }, io) {
    const asModifier = args[0].trim().toUpperCase();
    if (isModifier(asModifier)) {
      const m = modifierReport(loadDataset(), asModifier, (io.today ?? todayIso)());
      io.out(flags.json ? JSON.stringify(m, null, 2) : formatModifier(m));
      return 0;
    }
    const n = normalizeCode(args[0]);
    if (!n.ok) throw new UsageError(`${n.reason}, or a 2-character modifier`);
    // Without --payer every payer's notes are shown.
    const payers = flags.payer ?? payerIds();
    const content = await contentProvider({ macJurisdiction: flags.mac ?? null, bcbsPlan: flags['bcbs-plan'] ?? null });
    const ds = loadDataset();
    const report = codeReport(ds, n.code, {
      payers,
      content,
      locality: flags.locality ? knownLocality(ds, flags.locality) : null,
      ...(io.today ? { dateOfService: io.today() } : {}),
    });
    io.out(flags.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
  },
});

/** The flag's shape (strict); whether the locality exists is checked against the dataset in use. */
function readLocality(raw: string, name: string): LocalityKey {
  const key = parseLocalityId(raw);
  if (!key)
    throw new UsageError(`--${name} must be MAC:LOCALITY as in the GPCI file (e.g. 02102:01), not ${quoted(raw)}`);
  return key;
}

function knownLocality(ds: Dataset, key: LocalityKey): LocalityKey {
  if (ds.locality(key.mac, key.locality)) return key;
  throw new UsageError(
    `--locality ${key.mac}:${key.locality} is not a locality of the ${ds.source('gpci').title} (${ds.source('gpci').asOf})`,
  );
}

/** Today's date (UTC) as YYYY-MM-DD. */
export const todayIso = (): string => new Date().toISOString().slice(0, 10);

/** Readable modifier report. */
export function formatModifier(m: ModifierReport): string {
  if (!m.known)
    return `${m.modifier}: not a Level II modifier in the bundled HCPCS file and not one of the CPT modifiers ClaimLens describes (no data)`;
  const rows: [string, string][] = [
    [
      'Modifier',
      `${m.modifier} (${m.kind === 'cpt' ? 'CPT' : 'HCPCS Level II'}${m.status === 'terminated' ? `, terminated ${m.terminatedOn}` : ''})`,
    ],
    ['Meaning', m.text ?? ''],
    ['Source', m.label ?? ''],
    ['NCCI PTP', m.ptpNote],
    ['Policy', m.documents.map((d) => `${d.document}, ${d.section}`).join('; ')],
  ];
  const w = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`).join('\n');
}

const asOf = (s: { asOf: string } | null | undefined) => (s ? ` (as of ${s.asOf})` : '');

/** Readable summary for a terminal. Missing data says "no data", never a reassuring blank. */
export function formatReport(r: CodeReport): string {
  if (!r.known)
    return `${r.code}: not in the bundled CMS tables (no data — this does not mean the code is valid or invalid for your payer)`;
  const rows: [string, string][] = [
    [
      'Code',
      `${r.code} (${r.system}${r.status === 'terminated' ? `, terminated${r.terminatedOn ? ` ${r.terminatedOn}` : ''}` : ''})`,
    ],
    [
      'Descriptor',
      r.descriptor
        ? `${r.descriptor.text} — ${r.descriptor.source}`
        : 'No descriptor bundled (CPT text is AMA-licensed; import your licensed file in Options)',
    ],
  ];
  if (r.category) rows.push(['Category', r.category]);
  rows.push([
    'Add-on',
    r.addOn.isAddOn
      ? `yes, edit type ${r.addOn.editType}; primaries: ${r.addOn.primaries.join(', ') || 'defined by the contractor'}${asOf(r.addOn.source)}`
      : `no${asOf(r.addOn.source)}`,
  ]);
  if (r.addOns.length) rows.push(['Add-ons', r.addOns.join(', ')]);
  for (const [label, m] of [
    ['MUE practitioner', r.mue.practitioner],
    ['MUE outpatient', r.mue.outpatientHospital],
  ] as const) {
    rows.push([
      label,
      m
        ? `${m.units} units, MAI ${m.mai}${m.rationale ? ` (${m.rationale})` : ''}${asOf(m)}`
        : 'no MUE in the bundled tables',
    ]);
  }
  rows.push([
    'PFS',
    r.pfs
      ? `status ${r.pfs.status}, global ${r.pfs.globalDays}, bilateral ${r.pfs.bilateral}, mult proc ${r.pfs.multipleProcedure}, work RVU ${r.pfs.workRvu}${asOf(r.pfs.source)}`
      : 'not in the fee schedule file',
  ]);
  rows.push([
    'OPPS',
    r.opps
      ? `status ${r.opps.statusIndicator}${r.opps.meaning ? ` — ${r.opps.meaning}` : ''}${asOf(r.opps.source)}`
      : 'not in Addendum B',
  ]);
  if (r.payment) rows.push(...paymentRows(r.payment));
  rows.push(...siteOfServiceRows(r.siteOfService));
  rows.push(['NCCI PTP', `column 1 in ${r.ptp.column1Count} edits, column 2 in ${r.ptp.column2Count}${asOf(r.ptp)}`]);
  const notes = r.payerNotes as NoteLike[];
  if (!notes.length) rows.push(['Payer notes', 'none for the chosen payers']);
  for (const n of notes) rows.push(...payerNoteRows(n));
  const w = Math.max(...rows.map(([k]) => k.length));
  const warnings = r.notices.map((n) => `WARNING (data): ${n.message}`);
  return [...warnings, ...rows.map(([k, v]) => `${k.padEnd(w)}  ${v}`)].join('\n');
}
