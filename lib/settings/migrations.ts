/**
 * Settings migrations: turn any stored blob into the current layout before it is validated.
 *
 * - No `version` field: version 0, the flat pre-release layout (`selectedPayers`, `enabledSites`,
 *   `hoverDelay`, … at the top level). Step 0 → 1 nests it.
 * - `version` 1 … {@link SETTINGS_VERSION}: run the remaining steps in order.
 * - `version` newer than this build (the user rolled back, or a newer build synced): no step can
 *   run backwards, so the blob is read as the current layout; `parseSettings` keeps every field
 *   this build understands and falls back for the rest. The error says so, and callers should not
 *   write the result back over the newer blob without the user's action (see `storage.ts`).
 */
import { isRecord, own } from './field-readers';
import { SETTINGS_VERSION } from './types';

/** One upgrade step from `from` to `from + 1`. Steps receive a copy and return a new object. */
export interface MigrationStep {
  from: number;
  migrate(old: Record<string, unknown>): Record<string, unknown>;
}

/** What {@link migrateSettings} produced. */
export interface MigrationResult {
  /** The blob in the current layout (not yet validated). */
  data: Record<string, unknown>;
  /** The version the blob was stored at; `null` when nothing usable was stored. */
  fromVersion: number | null;
  /** True when the blob came from a newer build than this one. */
  newer: boolean;
  errors: string[];
}

/** 0 → 1: the flat draft layout becomes nested `payers` / `preferences` objects. */
const flatToNested: MigrationStep = {
  from: 0,
  migrate(old) {
    return {
      version: 1,
      payers: {
        selected: own(old, 'selectedPayers'),
        macJurisdiction: own(old, 'macJurisdiction') ?? null,
        bcbsPlan: own(old, 'bcbsPlan') ?? null,
      },
      enabledSites: own(old, 'enabledSites'),
      preferences: {
        hoverDelayMs: own(old, 'hoverDelay'),
        highlightStyle: own(old, 'highlightStyle'),
        codeSystems: own(old, 'codeSystems'),
        popoverSections: own(old, 'popoverSections'),
        theme: own(old, 'theme'),
      },
      recentLookups: own(old, 'recentLookups'),
    };
  },
};

/** Every upgrade step, in order. */
export const SETTINGS_MIGRATIONS: readonly MigrationStep[] = [flatToNested];

/**
 * The steps as WXT storage-item migrations (`storage.defineItem({ version, migrations })`): the step from
 * version v runs when WXT brings an item from v to v + 1. The 0 → 1 step has no WXT counterpart (WXT counts
 * from 1; a blob without a version is read through {@link migrateSettings}, which every read runs anyway).
 */
export function settingsItemMigrations(
  steps: readonly MigrationStep[] = SETTINGS_MIGRATIONS,
): Record<number, (old: unknown) => unknown> {
  const out: Record<number, (old: unknown) => unknown> = {};
  for (const step of steps) {
    if (step.from < 1) continue;
    out[step.from + 1] = (old) => (isRecord(old) ? step.migrate(old) : old);
  }
  return out;
}

/**
 * Brings a stored blob to the current layout. Never throws; fields the steps leave `undefined`
 * fall back to defaults in `parseSettings`.
 */
export function migrateSettings(
  raw: unknown,
  steps: readonly MigrationStep[] = SETTINGS_MIGRATIONS,
  current: number = SETTINGS_VERSION,
): MigrationResult {
  if (raw === undefined) return { data: {}, fromVersion: null, newer: false, errors: [] };
  if (!isRecord(raw)) {
    const kind = raw === null ? 'null' : Array.isArray(raw) ? 'array' : typeof raw;
    return {
      data: {},
      fromVersion: null,
      newer: false,
      errors: [`settings: expected an object, found ${kind}; using defaults`],
    };
  }
  const stored = own(raw, 'version');
  if (stored === undefined) return runSteps(raw, 0, steps, current);
  if (typeof stored !== 'number' || !Number.isInteger(stored) || stored < 1) {
    return {
      data: raw,
      fromVersion: null,
      newer: false,
      errors: [`settings.version: not a valid version; read as version ${current}`],
    };
  }
  if (stored > current) {
    return {
      data: raw,
      fromVersion: stored,
      newer: true,
      errors: [
        `settings.version: ${stored} is newer than this build's ${current}; kept the fields this build understands`,
      ],
    };
  }
  return runSteps(raw, stored, steps, current);
}

function runSteps(
  raw: Record<string, unknown>,
  from: number,
  steps: readonly MigrationStep[],
  current: number,
): MigrationResult {
  let data = raw;
  for (let v = from; v < current; v++) {
    const step = steps.find((s) => s.from === v);
    if (!step) {
      return {
        data,
        fromVersion: from,
        newer: false,
        errors: [`settings.version: no migration from ${v}; read as version ${current}`],
      };
    }
    try {
      data = step.migrate(data);
    } catch {
      return {
        data: {},
        fromVersion: from,
        newer: false,
        errors: [`settings.version: migration from ${v} failed; using defaults`],
      };
    }
  }
  return { data, fromVersion: from, newer: false, errors: [] };
}
