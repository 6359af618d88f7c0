/**
 * Schema and sourcing checks for the denial-code explanations, following the payer-note rules
 * (docs/content.md): every fact names a source with a URL, an evidence level (P or S, never
 * inference) and an ISO date checked. Pure: returns every problem found (empty = valid).
 */
import { CARC_SHAPE, GROUP_CODES, RARC_SHAPE } from './explanations';
import type { AdjustmentCodesFile, CodeExplanation } from './types';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const APPEALABLE = new Set(['yes', 'sometimes', 'rarely', 'no', 'resubmit', 'not-applicable']);
const LINKS = new Set(['ptp-pair', 'addon-without-primary', 'mue-exceeded', 'terminated-code', 'modifier']);
const nonEmpty = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const words = (s: string) => s.trim().split(/\s+/).filter(Boolean).length;

/** Problems with the file's source table. */
export function validateSources(file: AdjustmentCodesFile): string[] {
  const e: string[] = [];
  for (const [id, s] of Object.entries(file.sources ?? {})) {
    const at = `source ${id}`;
    if (!nonEmpty(s.title) || !nonEmpty(s.publisher)) e.push(`${at}: title/publisher missing`);
    if (!/^https?:\/\/\S+$/.test(s.url ?? '')) e.push(`${at}: url missing or not http(s)`);
    if (s.evidence !== 'P' && s.evidence !== 'S') e.push(`${at}: evidence must be P or S`);
    if (!ISO_DATE.test(s.dateChecked ?? '')) e.push(`${at}: dateChecked missing or not ISO`);
    if (s.documentDate !== undefined && !ISO_DATE.test(s.documentDate)) e.push(`${at}: documentDate not ISO`);
    if (s.checkedBy !== 'content-review' && s.checkedBy !== 'official-list') e.push(`${at}: checkedBy invalid`);
  }
  for (const k of ['carc', 'rarc', 'group'] as const)
    if (!file.sources?.[file.officialLists?.[k]]) e.push(`officialLists.${k} does not name a source`);
  return e;
}

/** Problems with one reason (carc) or remark (rarc) explanation. */
export function validateExplanation(kind: 'carc' | 'rarc', x: CodeExplanation, file: AdjustmentCodesFile): string[] {
  const e: string[] = [];
  const at = `${kind} ${x.code}`;
  if (!(kind === 'carc' ? CARC_SHAPE : RARC_SHAPE).test(x.code ?? '')) e.push(`${at}: not a ${kind} code shape`);
  if (!nonEmpty(x.label) || words(x.label) < 2 || words(x.label) > 10) e.push(`${at}: label must be 2–10 words`);
  if (!nonEmpty(x.meaning) || words(x.meaning) < 6 || words(x.meaning) > 60)
    e.push(`${at}: meaning must be 6–60 words`);
  for (const k of ['causes', 'actions'] as const)
    if (!Array.isArray(x[k]) || !x[k].length || !x[k].every(nonEmpty)) e.push(`${at}: ${k} must list items`);
  if (kind === 'carc') {
    if (!APPEALABLE.has(x.appealable ?? '')) e.push(`${at}: appealable invalid`);
    if (!GROUP_CODES.includes(x.usualGroup!)) e.push(`${at}: usualGroup invalid`);
  } else if (x.appealable !== undefined || x.usualGroup !== undefined) {
    e.push(`${at}: appealable/usualGroup belong to reason codes only`);
  }
  if (x.linksTo !== undefined && !LINKS.has(x.linksTo)) e.push(`${at}: linksTo invalid`);
  if (!Array.isArray(x.terms) || x.terms.some((t) => !nonEmpty(t) || t !== t.toLowerCase()))
    e.push(`${at}: terms must be lower-case words`);
  if (!Array.isArray(x.sources) || !x.sources.length) e.push(`${at}: no source`);
  else {
    if (x.sources[0] !== file.officialLists[kind]) e.push(`${at}: first source must be the official ${kind} list`);
    for (const id of x.sources) if (!file.sources[id]) e.push(`${at}: unknown source ${id}`);
  }
  return e;
}

/** Every problem in the file: sources, groups, explanations, duplicates. */
export function validateAdjustmentCodes(file: AdjustmentCodesFile): string[] {
  const e: string[] = [];
  if (file.schemaVersion !== 1) e.push('schemaVersion must be 1');
  if (file.kind !== 'claimlens-explanation') e.push('kind must be claimlens-explanation');
  if (!nonEmpty(file.disclaimer) || !ISO_DATE.test(file.writtenOn ?? '')) e.push('disclaimer/writtenOn missing');
  e.push(...validateSources(file));
  const groups = new Set<string>();
  for (const g of file.groups ?? []) {
    if (!GROUP_CODES.includes(g.code) || groups.has(g.code)) e.push(`group ${g.code}: unknown or repeated`);
    groups.add(g.code);
    if (!nonEmpty(g.label) || !nonEmpty(g.meaning)) e.push(`group ${g.code}: label/meaning missing`);
    if (!g.sources?.length || g.sources.some((id) => !file.sources[id])) e.push(`group ${g.code}: sources invalid`);
  }
  if (groups.size !== GROUP_CODES.length) e.push('every group code must be explained');
  for (const kind of ['carc', 'rarc'] as const) {
    const seen = new Set<string>();
    for (const x of file[kind] ?? []) {
      if (seen.has(x.code)) e.push(`${kind} ${x.code}: duplicate`);
      seen.add(x.code);
      e.push(...validateExplanation(kind, x, file));
    }
  }
  return e;
}
