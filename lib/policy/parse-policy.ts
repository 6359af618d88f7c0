/**
 * `parsePolicy`: validates `storage.managed` key by key. A bad value is ignored on its own (with a note naming
 * the key and the reason), never the whole policy, and never breaks the extension (ground rule 6). The
 * browser checks types against public/managed_schema.json in Chrome only, so every value is checked here again.
 */
import { parseOrgNotes } from '../imports/org-notes';
import { parseLocalityId } from '../payment/locality-id';
import { ErrorLog, isRecord, own, readStringList } from '../settings/field-readers';
import { normalizeOrigin } from '../settings/origins';
import { publicSuffixWildcard } from '../settings/public-suffix';
import {
  MAC_JURISDICTIONS,
  PAYER_ID_PATTERN,
  PLAN_ID_PATTERN,
  SECTION_ID_PATTERN,
  SECTION_STATES,
  SETTINGS_LIMITS,
  type SectionState,
} from '../settings/types';
import { CURATED_PORTALS } from '../sites/curated-portals';
import { emptyPolicy, POLICY_IMPORTS, POLICY_SETTINGS, type ManagedPolicy, type ParsedPolicy } from './types';

/** Policy keys the extension reads; any other key gets a note (a typo would otherwise pass unnoticed). */
const KNOWN_KEYS = [
  'enabledSites',
  'curatedPortals',
  'payers',
  'macJurisdiction',
  'pfsLocality',
  'bcbsPlan',
  'popoverSections',
  'lockedSettings',
  'disabledImports',
  'orgNotes',
];

const shaped = (pattern: RegExp) => (v: unknown) =>
  typeof v === 'string' && v.length <= 40 && pattern.test(v) ? v : undefined;
const oneOf = (allowed: readonly string[]) => (v: unknown) =>
  typeof v === 'string' && allowed.includes(v) ? v : undefined;

/** A canonical origin that is not a wildcard over a public suffix (lib/settings/public-suffix.ts). */
function enablableOrigin(v: unknown): string | undefined {
  const o = normalizeOrigin(v);
  return o && !publicSuffixWildcard(o) ? o : undefined;
}

function readSites(raw: Record<string, unknown>, log: ErrorLog): string[] | undefined {
  const origins = own(raw, 'enabledSites');
  const portals = own(raw, 'curatedPortals');
  if (origins === undefined && portals === undefined) return undefined;
  const out = new Set<string>();
  if (origins !== undefined)
    for (const o of readStringList(
      origins,
      'enabledSites',
      log,
      enablableOrigin,
      SETTINGS_LIMITS.maxSites,
      'http(s) origin',
    ) ?? [])
      out.add(o);
  const ids = CURATED_PORTALS.map((p) => p.id);
  if (portals !== undefined)
    for (const id of readStringList(portals, 'curatedPortals', log, oneOf(ids), ids.length, 'portal id') ?? [])
      for (const o of CURATED_PORTALS.find((p) => p.id === id)?.origins ?? []) out.add(o);
  return [...out].sort();
}

function readNullable<T extends string>(
  raw: Record<string, unknown>,
  key: string,
  read: (v: unknown) => T | undefined,
  log: ErrorLog,
  expected: string,
): T | null | undefined {
  const v = own(raw, key);
  if (v === undefined) return undefined;
  // An empty string is how a policy editor says "none".
  if (v === null || v === '') return null;
  const got = read(typeof v === 'string' && key === 'macJurisdiction' ? v.toUpperCase() : v);
  if (got === undefined) log.add(key, `expected ${expected}; ignored`);
  return got;
}

function readSections(raw: unknown, log: ErrorLog): Record<string, SectionState> | undefined {
  if (raw === undefined) return undefined;
  if (!isRecord(raw)) {
    log.add('popoverSections', 'expected an object of section id → shown, collapsed or hidden; ignored');
    return undefined;
  }
  const out: Record<string, SectionState> = {};
  for (const key of Object.keys(raw).slice(0, SETTINGS_LIMITS.maxSections)) {
    const v = raw[key];
    // The id pattern admits no `_`, so `__proto__` never becomes a key.
    if (SECTION_ID_PATTERN.test(key) && typeof v === 'string' && (SECTION_STATES as readonly string[]).includes(v))
      out[key] = v as SectionState;
    else
      log.add(
        `popoverSections.${SECTION_ID_PATTERN.test(key) ? key : '(invalid id)'}`,
        `expected one of ${SECTION_STATES.join(', ')}; ignored`,
      );
  }
  return Object.keys(out).length > 0 ? out : undefined;
}

function readOrgNotes(raw: unknown, log: ErrorLog, today?: string) {
  if (raw === undefined) return undefined;
  // The policy carries the same JSON a notes file holds; it goes through the import's own validator.
  const result = parseOrgNotes(new TextEncoder().encode(JSON.stringify(raw)), undefined, today);
  if (result.ok) return result.value.notes;
  const first = result.errors[0];
  log.add('orgNotes', `not a valid organisation notes list (${first ? first.reason : 'unreadable'}); ignored`);
  return undefined;
}

/** Fills the value fields of `policy` from `raw`. */
function readValues(raw: Record<string, unknown>, log: ErrorLog, policy: ManagedPolicy, today?: string): void {
  const sites = readSites(raw, log);
  if (sites !== undefined) policy.sites = sites;
  const payers = own(raw, 'payers');
  if (payers !== undefined) {
    const list = readStringList(payers, 'payers', log, shaped(PAYER_ID_PATTERN), SETTINGS_LIMITS.maxPayers, 'payer id');
    if (list !== undefined) policy.payers = list;
  }
  const mac = readNullable(
    raw,
    'macJurisdiction',
    oneOf(MAC_JURISDICTIONS),
    log,
    `one of ${MAC_JURISDICTIONS.join(', ')}`,
  );
  if (mac !== undefined) policy.macJurisdiction = mac as ManagedPolicy['macJurisdiction'];
  const plan = readNullable(raw, 'bcbsPlan', shaped(PLAN_ID_PATTERN), log, 'a plan id (lower-case letters, digits, -)');
  if (plan !== undefined) policy.bcbsPlan = plan;
  const locality = readNullable(
    raw,
    'pfsLocality',
    (v) => (typeof v === 'string' && v.length <= 16 && parseLocalityId(v) ? v : undefined),
    log,
    'MAC:LOCALITY as in the GPCI file (e.g. 02102:01)',
  );
  if (typeof locality === 'string') policy.pfsLocality = locality;
  const sections = readSections(own(raw, 'popoverSections'), log);
  if (sections) policy.popoverSections = sections;
  const notes = readOrgNotes(own(raw, 'orgNotes'), log, today);
  if (notes) policy.orgNotes = notes;
}

/**
 * Validates the raw `storage.managed` contents. Never throws; `today` (YYYY-MM-DD) is for the notes' date checks.
 */
export function parsePolicy(raw: unknown, today?: string): ParsedPolicy {
  const log = new ErrorLog(30);
  const policy = emptyPolicy();
  if (!isRecord(raw)) return { policy, notes: [], managed: false };
  try {
    if (Object.keys(raw).length === 0) return { policy, notes: [], managed: false };
    for (const key of Object.keys(raw))
      if (!KNOWN_KEYS.includes(key)) log.add('(policy)', 'a key ClaimLens does not know; ignored');
    readValues(raw, log, policy, today);
    const locked = own(raw, 'lockedSettings');
    if (locked !== undefined)
      policy.locked = (readStringList(
        locked,
        'lockedSettings',
        log,
        oneOf(POLICY_SETTINGS),
        POLICY_SETTINGS.length,
        'setting name',
      ) ?? []) as ManagedPolicy['locked'];
    const imports = own(raw, 'disabledImports');
    if (imports !== undefined)
      policy.disabledImports = (readStringList(
        imports,
        'disabledImports',
        log,
        oneOf(POLICY_IMPORTS),
        POLICY_IMPORTS.length,
        'import name',
      ) ?? []) as ManagedPolicy['disabledImports'];
    // Organisation notes given by policy replace any imported ones, so the notes import has nothing to do.
    if (policy.orgNotes && !policy.disabledImports.includes('orgNotes')) policy.disabledImports.push('orgNotes');
  } catch {
    log.add('(policy)', 'unreadable; ignored');
    return { policy: emptyPolicy(), notes: log.finish(), managed: true };
  }
  return { policy, notes: log.finish(), managed: true };
}
