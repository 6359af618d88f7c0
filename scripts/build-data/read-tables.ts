/**
 * Reads the CMS source tables into plain row structures. One function per table; each keeps only
 * what ClaimLens shows, and drops nothing silently: rows it cannot use are counted in `skipped`.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseCsv, parseCsvRecords } from './csv';
import type { PtpRow } from '../../lib/dataset/ptp-codec';
import { isModifier } from '../../lib/codes';

export function readText(dir: string, file: string): string {
  const buf = readFileSync(join(dir, file));
  return (file.endsWith('.gz') ? gunzipSync(buf) : buf).toString('utf8');
}

/** ISO date → comparable; empty means "never". */
const isActiveOn = (endDate: string, asOf: string) => endDate === '' || endDate > asOf;

export interface AocRow {
  type: 1 | 2 | 3;
  /** Every primary row, ended ones included: [primary or CCCCC (contractor-defined), effective, deleted or null]. */
  primaries: [string, string, string | null][];
  notes: string[];
  effective: string;
  deletedOn: string | null;
}

/**
 * Add-on edits merged per add-on code, every row kept with its dates (a claim is checked on its date of
 * service). A primary row ends at the edit's deletion date or the primary code's, whichever is first.
 */
export function readAoc(text: string, asOf: string) {
  const byCode = new Map<string, AocRow>();
  const typed = new Set<string>();
  let skipped = 0;
  const rows = parseCsvRecords(text);
  for (const r of rows) {
    const code = r['Add-On_Code'];
    const type = Number(r.AOC_Edit_Type) as 1 | 2 | 3;
    if (![1, 2, 3].includes(type) || !code) {
      skipped++;
      continue;
    }
    const ended = !isActiveOn(r.AOC_Edit_DelDT_iso, asOf);
    const row = byCode.get(code) ?? {
      type,
      primaries: [],
      notes: [],
      effective: r.AOC_Edit_EffDT_iso,
      deletedOn: r.AOC_DelDT_iso || null,
    };
    // CMS gives one edit type per add-on code; a release that mixes them needs a human decision, not a guess.
    // Ended rows may carry an older type: the active rows' type wins.
    if (!ended) {
      if (typed.has(code) && type !== row.type)
        throw new Error(`AOC ${code}: active rows disagree on edit type (${row.type} and ${type})`);
      row.type = type;
      typed.add(code);
    }
    const primary = r.Primary_Code;
    const ends = [r.AOC_Edit_DelDT_iso, r.Primary_Code_DelDT_iso].filter(Boolean).sort()[0] ?? null;
    // Contractor-defined primaries (type 2) are kept as CCCCC rows: they carry the edit's dates.
    if (primary) row.primaries.push([primary, r.AOC_Edit_EffDT_iso, ends]);
    const note = r.Special_Instruction_Notes;
    if (note && !ended && !row.notes.includes(note)) row.notes.push(note);
    if (r.AOC_Edit_EffDT_iso < row.effective) row.effective = r.AOC_Edit_EffDT_iso;
    byCode.set(code, row);
  }
  for (const row of byCode.values()) {
    const seen = new Set<string>();
    row.primaries = row.primaries
      .filter((p) => !seen.has(p.join('|')) && seen.add(p.join('|')))
      .sort((a, b) => (a.join('|') < b.join('|') ? -1 : 1));
    row.notes.sort();
  }
  return { rows: byCode, read: rows.length, skipped };
}

export interface MueRow {
  units: number;
  mai: 1 | 2 | 3;
  rationale: string | null;
}

export function readMue2024(text: string) {
  const out = new Map<string, MueRow>();
  const rows = parseCsvRecords(text);
  let skipped = 0;
  for (const r of rows) {
    const units = Number(r.mue_units);
    const mai = Number(r.mue_mai) as 1 | 2 | 3;
    if (!r.hcpcs_code || !Number.isInteger(units) || ![1, 2, 3].includes(mai)) {
      skipped++;
      continue;
    }
    out.set(r.hcpcs_code, { units, mai, rationale: r.mue_rationale || null });
  }
  return { rows: out, read: rows.length, skipped };
}

export function readMue2026Mai3(text: string) {
  const out = new Map<string, { units: number; mai: 3 }>();
  const rows = parseCsvRecords(text);
  let skipped = 0;
  for (const r of rows) {
    const units = Number(r.mue_value);
    if (!r.hcpcs_code || !Number.isInteger(units) || r.mai !== '3') {
      skipped++;
      continue;
    }
    out.set(r.hcpcs_code, { units, mai: 3 });
  }
  return { rows: out, read: rows.length, skipped };
}

/** PFS columns kept, in artifact order. */
export const PFS_COLUMNS = [
  'status',
  'globalDays',
  'multipleProcedure',
  'bilateral',
  'assistant',
  'coSurgeon',
  'teamSurgeon',
  'pctc',
  'workRvu',
  'nonFacilityNa',
  'facilityNa',
  'nonFacilityPeRvu',
  'facilityPeRvu',
  'mpRvu',
] as const;

export function readPfs(text: string) {
  const out = new Map<string, (string | number)[]>();
  const rows = parseCsvRecords(text);
  const allCodes = new Set<string>();
  let conversionFactor = 0;
  for (const r of rows) {
    allCodes.add(r.HCPCS);
    // The row without a modifier carries the global service's indicators; 26/TC/53 rows are components.
    if (r.MOD !== '') continue;
    out.set(r.HCPCS, [
      r['STATUS CODE'],
      r['GLOB DAYS'],
      r['MULT PROC'],
      r['BILAT SURG'],
      r['ASST SURG'],
      r['CO- SURG'],
      r['TEAM SURG'],
      r['PCTC IND'],
      Number(r['WORK RVU']),
      // "NA": CMS set no practice expense for that setting (rarely or never done there); site of service reads these.
      r['NON-FAC NA INDICATOR'] ?? '',
      r['FACILITY NA INDICATOR'] ?? '',
      // The RVUs the payment formula needs (work above): practice expense per setting and malpractice.
      Number(r['NON-FAC PE RVU']),
      Number(r['FACILITY PE RVU']),
      Number(r['MP RVU']),
    ]);
    if (!conversionFactor && Number(r['CONV FACTOR']) > 0) conversionFactor = Number(r['CONV FACTOR']);
  }
  return { rows: out, allCodes, conversionFactor, read: rows.length, skipped: rows.length - out.size };
}

export function readOpps(text: string) {
  const out = new Map<string, [string, number | null]>();
  const rows = parseCsvRecords(text);
  for (const r of rows) {
    if (!r.HCPCSCode || !r.StatusIndicator) continue;
    out.set(r.HCPCSCode, [r.StatusIndicator, r.PaymentRate === '' ? null : Number(r.PaymentRate)]);
  }
  return { rows: out, read: rows.length, skipped: rows.length - out.size };
}

export function readOppsLegend(text: string) {
  const out = new Map<string, { paid: string; description: string }>();
  const rows = parseCsvRecords(text);
  for (const r of rows) out.set(r.StatusIndicator, { paid: r.Paid, description: r.Description.replace(/\s+/g, ' ') });
  return { rows: out, read: rows.length, skipped: rows.length - out.size };
}

export interface HcpcsRow {
  long: string;
  short: string;
  addedOn: string | null;
  terminatedOn: string | null;
  reworded?: ('long' | 'short')[];
}

export function readHcpcs(recordsText: string, descriptionsText: string) {
  const out = new Map<string, HcpcsRow>();
  const records = parseCsvRecords(recordsText);
  for (const r of records)
    out.set(r.hcpcs_code, { long: '', short: '', addedOn: r.date_added || null, terminatedOn: r.date_term || null });
  let skipped = 0;
  for (const d of parseCsvRecords(descriptionsText)) {
    const row = out.get(d.hcpcs_code);
    if (!row) {
      skipped++;
      continue;
    }
    if (d.hcpcs_desc_type === 'Long') row.long = d.hcpcs_description;
    else if (d.hcpcs_desc_type === 'Short') row.short = d.hcpcs_description;
  }
  return { rows: out, read: records.length, skipped };
}

/** A Level II modifier: CMS long and short text (public domain), added and termination dates. */
export interface ModifierRow {
  long: string;
  short: string;
  addedOn: string | null;
  terminatedOn: string | null;
  reworded?: ('long' | 'short')[];
}

export function readHcpcsModifiers(text: string) {
  const out = new Map<string, ModifierRow>();
  const rows = parseCsvRecords(text);
  for (const r of rows) {
    if (!isModifier(r.modifier)) throw new Error(`HCPCS modifier file: "${r.modifier}" is not a modifier`);
    out.set(r.modifier, {
      long: r.long_description,
      short: r.short_description,
      addedOn: r.date_added || null,
      terminatedOn: r.date_term || null,
    });
  }
  return { rows: out, read: rows.length, skipped: rows.length - out.size };
}

export function readPtp(text: string) {
  const rows: PtpRow[] = [];
  let skipped = 0;
  let read = 0;
  const lines = text.split(/\r?\n/);
  const header = lines[0]
    .replace(/^\uFEFF/, '')
    .split(',')
    .map((h) => h.trim());
  const col = (name: string) => {
    const i = header.indexOf(name);
    if (i < 0) throw new Error(`PTP table lacks column ${name}`);
    return i;
  };
  const [c1, c2, del, mod, rat] = [
    'column1',
    'column2',
    'deletion_date',
    'modifier_indicator',
    'ptp_edit_rationale',
  ].map(col);
  // 1.67 M rows: split lines directly (10x faster than the general parser); quoted lines fall back to it.
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i];
    if (line === '') continue;
    read++;
    const f = line.includes('"') ? parseCsv(line)[0] : line.split(',');
    const mi = Number(f[mod]);
    if (f[del] !== '9999-12-31' || ![0, 1, 9].includes(mi)) {
      skipped++;
      continue;
    }
    rows.push({ column1: f[c1], column2: f[c2], modifierIndicator: mi as 0 | 1 | 9, rationale: f[rat] });
  }
  return { rows, read, skipped };
}
