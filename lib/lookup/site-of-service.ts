/**
 * "Typical site of service" for a code, derived only from the bundled CMS tables (docs/content.md, "Typical
 * site of service"): the PFS RVU file's non-facility and facility NA indicators and the OPPS Addendum B status
 * indicator. Where those tables say nothing about a setting (the ASC covered-procedures list and inpatient
 * payment tables are not bundled) the answer is "not determined", never a guess.
 */
import type { OppsInfo, PfsIndicators, SourceRef } from '../dataset/types';

/** The four settings a biller asks about. */
export type ServiceSetting = 'office' | 'asc' | 'hospital-outpatient' | 'hospital-inpatient';

/**
 * `yes`: the table prices or pays the code there; `rarely`: CMS marks it rarely or never done there;
 * `packaged`: paid only inside another service there; `no`: not paid there; `not-determined`: no bundled table says.
 */
export type SettingVerdict = 'yes' | 'rarely' | 'packaged' | 'no' | 'not-determined';

/** One setting's verdict, the reason in words, and the table it rests on (null when none does). */
export interface SettingLine {
  setting: ServiceSetting;
  verdict: SettingVerdict;
  reason: string;
  source: SourceRef | null;
}

/** The derivation for one code: every setting, and the ones the tables support (`yes` or `packaged`). */
export interface SiteOfService {
  typical: ServiceSetting[];
  lines: SettingLine[];
}

/** PFS status codes whose RVUs (and so NA indicators) CMS sets: active, restricted, injections. */
const PRICED_STATUS = new Set(['A', 'R', 'T']);
/** OPPS status indicators under which a hospital outpatient department is paid for the code itself. */
const OPPS_PAID = new Set('F G H J1 J2 K K1 K2 K3 K4 L P Q1 Q2 Q3 Q4 R S T U V X'.split(' '));
const OPPS_NOT_PAID = new Set(['B', 'D', 'E1', 'E2', 'M', 'Y']);

function office(p: PfsIndicators | null): SettingLine {
  const base = { setting: 'office' as const, source: p?.source ?? null };
  if (!p) return { ...base, verdict: 'not-determined', reason: 'not in the PFS relative value file' };
  if (!PRICED_STATUS.has(p.status))
    return {
      ...base,
      verdict: 'not-determined',
      reason: `PFS status ${p.status}: CMS sets no PFS practice expense for it`,
    };
  if (p.nonFacilityNa === undefined)
    return { ...base, verdict: 'not-determined', reason: 'this data build lacks the PFS non-facility NA indicator' };
  return p.nonFacilityNa
    ? { ...base, verdict: 'rarely', reason: 'PFS non-facility NA: CMS says rarely or never done in an office' }
    : { ...base, verdict: 'yes', reason: 'PFS sets a non-facility (office) practice expense' };
}

function outpatient(o: OppsInfo | null, p: PfsIndicators | null): SettingLine {
  const base = { setting: 'hospital-outpatient' as const, source: o?.source ?? null };
  if (!o) return { ...base, verdict: 'not-determined', reason: 'not in OPPS Addendum B' };
  const si = o.statusIndicator;
  const legend = o.meaning ? ` (${o.meaning})` : '';
  if (si === 'C') return { ...base, verdict: 'no', reason: `OPPS status C${legend}: inpatient only` };
  if (si === 'N') return { ...base, verdict: 'packaged', reason: `OPPS status N${legend}: no separate payment` };
  // The hospital's payment decides this setting; a PFS facility NA only says the practitioner has no facility rate.
  const pfsNote = p?.facilityNa ? '; PFS facility NA: no practitioner facility rate' : '';
  if (OPPS_PAID.has(si)) return { ...base, verdict: 'yes', reason: `OPPS status ${si}${legend}${pfsNote}` };
  if (si === 'A')
    return {
      ...base,
      verdict: 'yes',
      reason: `OPPS status A${legend}: paid to the hospital under another fee schedule${pfsNote}`,
    };
  if (OPPS_NOT_PAID.has(si)) {
    const practitioner =
      si === 'B' && p && PRICED_STATUS.has(p.status) && p.facilityNa === false
        ? '; the hospital does not bill this code, but a practitioner may bill it at the PFS facility rate'
        : '';
    return { ...base, verdict: 'no', reason: `OPPS status ${si}${legend}${practitioner}` };
  }
  return { ...base, verdict: 'not-determined', reason: `OPPS status ${si} is not in the bundled legend` };
}

function asc(p: PfsIndicators | null): SettingLine {
  const base = { setting: 'asc' as const };
  if (p?.facilityNa && PRICED_STATUS.has(p.status))
    return {
      ...base,
      verdict: 'rarely',
      reason: 'PFS facility NA: CMS says rarely or never done in a facility (ASCs included)',
      source: p.source,
    };
  return {
    ...base,
    verdict: 'not-determined',
    reason: 'ASC payment follows the ASC covered procedures list (ASC Addendum AA), which is not bundled',
    source: null,
  };
}

function inpatient(o: OppsInfo | null): SettingLine {
  const base = { setting: 'hospital-inpatient' as const };
  if (o?.statusIndicator === 'C')
    return { ...base, verdict: 'yes', reason: 'OPPS status C: on the inpatient-only list', source: o.source };
  return {
    ...base,
    verdict: 'not-determined',
    reason: 'no inpatient payment table is bundled (only the OPPS inpatient-only flag, which is not set)',
    source: null,
  };
}

/** Derives the typical site of service from the PFS indicators and OPPS status (either may be missing). */
export function siteOfService(pfs: PfsIndicators | null, opps: OppsInfo | null): SiteOfService {
  const lines = [office(pfs), asc(pfs), outpatient(opps, pfs), inpatient(opps)];
  const typical = lines.filter((l) => l.verdict === 'yes' || l.verdict === 'packaged').map((l) => l.setting);
  return { typical, lines };
}

/** Words for a setting, as the UI and CLI show it. */
export const SETTING_WORDS: Record<ServiceSetting, string> = {
  office: 'office',
  asc: 'ASC',
  'hospital-outpatient': 'hospital outpatient',
  'hospital-inpatient': 'inpatient',
};

/** Words for a verdict. */
export const VERDICT_WORDS: Record<SettingVerdict, string> = {
  yes: 'yes',
  rarely: 'rarely',
  packaged: 'packaged',
  no: 'no',
  'not-determined': 'not determined',
};

/** "office, hospital outpatient (packaged)", or a plain statement that no bundled table shows one. */
export function typicalWords(s: SiteOfService): string {
  if (!s.typical.length) return 'not shown by the bundled tables';
  const packaged = new Set(s.lines.filter((l) => l.verdict === 'packaged').map((l) => l.setting));
  return s.typical.map((t) => `${SETTING_WORDS[t]}${packaged.has(t) ? ' (packaged)' : ''}`).join(', ');
}

/** Text rows (label, value) for a terminal: the typical settings with their tables, then each setting's reason. */
export function siteOfServiceRows(s: SiteOfService | null): [string, string][] {
  if (!s) return [];
  const tables = [...new Map(s.lines.flatMap((l) => (l.source ? [[l.source.table, l.source]] : []))).values()];
  const from = tables.length ? ` (from ${tables.map((t) => `${t.title}, as of ${t.asOf}`).join('; ')})` : '';
  return [
    ['Typical site of service', `${typicalWords(s)}${from}`],
    ...s.lines.map((l): [string, string] => [
      '',
      `${SETTING_WORDS[l.setting]}: ${VERDICT_WORDS[l.verdict]} — ${l.reason}`,
    ]),
  ];
}
