/**
 * `parseSettings`: the only way to turn a stored or imported blob into {@link Settings}.
 * Keeps every valid field, falls back per field, never throws (Dark Reader's validation model).
 */
import { localityId, parseLocalityId } from '../payment/locality-id';
import { CODE_KINDS as KINDS, codeOrUndefined } from '../codes';
import { defaultSettings, defaultPopoverSections } from './defaults';
import { ErrorLog, describe, isRecord, own, readBoolean, readEnum, readStringList } from './field-readers';
import { migrateSettings } from './migrations';
import { normalizeOrigin } from './origins';
import {
  HIGHLIGHT_STYLES,
  MAC_JURISDICTIONS,
  PAYER_ID_PATTERN,
  PLAN_ID_PATTERN,
  SECTION_ID_PATTERN,
  SECTION_STATES,
  SETTINGS_LIMITS,
  THEMES,
  type MacJurisdiction,
  type ParsedSettings,
  type PayerSettings,
  type Preferences,
  type SectionState,
  type Settings,
} from './types';

const CODE_KINDS = KINDS.map(([kind]) => kind);

function idOf(pattern: RegExp) {
  return (v: unknown) => (typeof v === 'string' && v.length <= 40 && pattern.test(v) ? v : undefined);
}

function codeOf(v: unknown): string | undefined {
  return typeof v === 'string' && v.length <= 12 ? codeOrUndefined(v) : undefined;
}

/** Reads an object-valued field, logging and returning `undefined` when it is not one. */
function section(parent: Record<string, unknown>, key: string, path: string, log: ErrorLog) {
  const v = own(parent, key);
  if (isRecord(v)) return v;
  if (v !== undefined) log.add(path, `expected an object, found ${describe(v)}; using defaults`);
  return undefined;
}

function readPayers(raw: Record<string, unknown> | undefined, log: ErrorLog): PayerSettings {
  const d = defaultSettings().payers;
  if (!raw) return d;
  const selected = own(raw, 'selected');
  const mac = own(raw, 'macJurisdiction');
  const plan = own(raw, 'bcbsPlan');
  const locality = own(raw, 'pfsLocality');
  return {
    selected:
      selected === undefined
        ? d.selected
        : (readStringList(
            selected,
            'payers.selected',
            log,
            idOf(PAYER_ID_PATTERN),
            SETTINGS_LIMITS.maxPayers,
            'payer id',
          ) ?? d.selected),
    macJurisdiction: readMac(mac, log),
    bcbsPlan: readPlan(plan, log),
    ...(locality === undefined ? {} : { pfsLocality: readLocality(locality, log) }),
  };
}

function readLocality(raw: unknown, log: ErrorLog): string | null {
  if (raw === null) return null;
  const key = typeof raw === 'string' && raw.length <= 16 ? parseLocalityId(raw) : null;
  if (!key) log.add('payers.pfsLocality', 'expected MAC:LOCALITY (e.g. 02102:01) or none; using national amounts');
  return key ? localityId(key) : null;
}

function readPlan(raw: unknown, log: ErrorLog): string | null {
  if (raw === null || raw === undefined) return null;
  const plan = idOf(PLAN_ID_PATTERN)(raw);
  if (plan === undefined) log.add('payers.bcbsPlan', 'not a valid plan id; using none');
  return plan ?? null;
}

function readMac(raw: unknown, log: ErrorLog): MacJurisdiction | null {
  if (raw === null || raw === undefined) return null;
  const upper = typeof raw === 'string' && raw.length <= 4 ? raw.toUpperCase() : '';
  const found = MAC_JURISDICTIONS.find((j) => j === upper);
  if (!found) log.add('payers.macJurisdiction', `expected one of ${MAC_JURISDICTIONS.join(', ')} or none; using none`);
  return found ?? null;
}

function readHoverDelay(raw: unknown, log: ErrorLog, fallback: number): number {
  const { minHoverDelayMs: min, maxHoverDelayMs: max } = SETTINGS_LIMITS;
  if (typeof raw === 'number' && Number.isInteger(raw) && raw >= min && raw <= max) return raw;
  log.add('preferences.hoverDelayMs', `expected a whole number ${min}–${max}; using ${fallback}`);
  return fallback;
}

function readCodeSystems(raw: unknown, log: ErrorLog, d: Preferences['codeSystems']) {
  if (!isRecord(raw)) {
    log.add('preferences.codeSystems', `expected an object, found ${describe(raw)}; using defaults`);
    return { ...d };
  }
  const out = { ...d };
  for (const k of CODE_KINDS) {
    const v = own(raw, k);
    if (v !== undefined) out[k] = readBoolean(v, `preferences.codeSystems.${k}`, log, d[k]);
  }
  return out;
}

function readSections(raw: unknown, log: ErrorLog): Record<string, SectionState> {
  const out = defaultPopoverSections();
  if (!isRecord(raw)) {
    log.add('preferences.popoverSections', `expected an object, found ${describe(raw)}; using defaults`);
    return out;
  }
  const keys = Object.keys(raw);
  if (keys.length > SETTINGS_LIMITS.maxSections * 4) {
    log.add('preferences.popoverSections', `${keys.length} entries is far too many; using defaults`);
    return out;
  }
  for (const key of keys) {
    // The id pattern admits no `_`, so `__proto__` can never become a key of `out`.
    if (!SECTION_ID_PATTERN.test(key)) {
      log.add('preferences.popoverSections', 'an entry has an invalid section id; dropped');
      continue;
    }
    const v = raw[key];
    if (typeof v === 'string' && (SECTION_STATES as readonly string[]).includes(v)) {
      if (Object.hasOwn(out, key) || Object.keys(out).length < SETTINGS_LIMITS.maxSections)
        out[key] = v as SectionState;
    } else
      log.add(`preferences.popoverSections.${key}`, `expected one of ${SECTION_STATES.join(', ')}; using the default`);
  }
  return out;
}

function readPreferences(raw: Record<string, unknown> | undefined, log: ErrorLog): Preferences {
  const d = defaultSettings().preferences;
  if (!raw) return d;
  const get = (k: string) => own(raw, k);
  return {
    hoverDelayMs:
      get('hoverDelayMs') === undefined ? d.hoverDelayMs : readHoverDelay(get('hoverDelayMs'), log, d.hoverDelayMs),
    highlightStyle:
      get('highlightStyle') === undefined
        ? d.highlightStyle
        : readEnum(get('highlightStyle'), HIGHLIGHT_STYLES, 'preferences.highlightStyle', log, d.highlightStyle),
    codeSystems:
      get('codeSystems') === undefined ? d.codeSystems : readCodeSystems(get('codeSystems'), log, d.codeSystems),
    popoverSections:
      get('popoverSections') === undefined ? d.popoverSections : readSections(get('popoverSections'), log),
    theme: get('theme') === undefined ? d.theme : readEnum(get('theme'), THEMES, 'preferences.theme', log, d.theme),
  };
}

function readAll(data: Record<string, unknown>, log: ErrorLog): Settings {
  const d = defaultSettings();
  const sites = own(data, 'enabledSites');
  const recent = own(data, 'recentLookups');
  return {
    version: d.version,
    payers: readPayers(section(data, 'payers', 'payers', log), log),
    enabledSites:
      sites === undefined
        ? d.enabledSites
        : (readStringList(sites, 'enabledSites', log, normalizeOrigin, SETTINGS_LIMITS.maxSites, 'http(s) origin') ??
          d.enabledSites),
    preferences: readPreferences(section(data, 'preferences', 'preferences', log), log),
    recentLookups:
      recent === undefined
        ? d.recentLookups
        : (readStringList(recent, 'recentLookups', log, codeOf, SETTINGS_LIMITS.maxRecentLookups, 'code') ??
          d.recentLookups),
  };
}

/**
 * Validates an untrusted settings blob (from storage, sync or an import) after migrating it.
 * Fields that are missing fall back silently; fields that are present but invalid fall back and
 * add an error naming the field (never its value). Unknown keys are ignored, so prototype keys
 * such as `__proto__` are never copied. Never throws.
 */
export function parseSettings(raw: unknown): ParsedSettings {
  const log = new ErrorLog();
  try {
    const migrated = migrateSettings(raw);
    for (const e of migrated.errors) log.lines.push(e);
    return { value: readAll(migrated.data, log), errors: log.finish() };
  } catch {
    // Only reachable through exotic objects (throwing getters, revoked proxies).
    log.add('settings', 'unreadable value; using defaults');
    return { value: defaultSettings(), errors: log.finish() };
  }
}
