/**
 * Managed values over the user's settings. A locked setting always takes the managed value. An unlocked one is a
 * preset: written once for each value the administrator sets (remembered in `seeded`, a fingerprint per key), and
 * the user may change it afterwards; a new managed value is written again. Sites are not handled here: they need
 * a granted host permission first (install.ts asks the site sync to add them).
 */
import { localityId, parseLocalityId } from '../payment/locality-id';
import type { Settings } from '../settings/types';
import type { ManagedPolicy, PolicySetting } from './types';

/** Fingerprints of the preset values already written, per setting. */
export type SeededPresets = Partial<Record<PolicySetting, string>>;

type Applier = (s: Settings, p: ManagedPolicy) => Settings;

/** How each settings-backed key is written (popover sections: only the sections the policy names). */
const APPLY: Partial<Record<PolicySetting, { value(p: ManagedPolicy): unknown; write: Applier }>> = {
  payers: {
    value: (p) => p.payers,
    write: (s, p) => ({ ...s, payers: { ...s.payers, selected: [...(p.payers ?? [])] } }),
  },
  macJurisdiction: {
    value: (p) => p.macJurisdiction,
    write: (s, p) => ({ ...s, payers: { ...s.payers, macJurisdiction: p.macJurisdiction ?? null } }),
  },
  pfsLocality: {
    value: (p) => p.pfsLocality,
    write: (s, p) => {
      const key = p.pfsLocality ? parseLocalityId(p.pfsLocality) : null;
      return { ...s, payers: { ...s.payers, pfsLocality: key ? localityId(key) : null } };
    },
  },
  bcbsPlan: {
    value: (p) => p.bcbsPlan,
    write: (s, p) => ({ ...s, payers: { ...s.payers, bcbsPlan: p.bcbsPlan ?? null } }),
  },
  popoverSections: {
    value: (p) => p.popoverSections,
    write: (s, p) => ({
      ...s,
      preferences: { ...s.preferences, popoverSections: { ...s.preferences.popoverSections, ...p.popoverSections } },
    }),
  },
};

/** The settings with the policy applied, and the updated preset fingerprints. Pure; inputs are not changed. */
export function applyPolicy(
  settings: Settings,
  policy: ManagedPolicy,
  seeded: SeededPresets,
): { settings: Settings; seeded: SeededPresets } {
  let next = settings;
  const nextSeeded: SeededPresets = { ...seeded };
  for (const [key, rule] of Object.entries(APPLY) as [PolicySetting, NonNullable<(typeof APPLY)[PolicySetting]>][]) {
    const value = rule.value(policy);
    if (value === undefined) {
      delete nextSeeded[key];
      continue;
    }
    const fingerprint = JSON.stringify(value);
    if (policy.locked.includes(key) || seeded[key] !== fingerprint) next = rule.write(next, policy);
    nextSeeded[key] = fingerprint;
  }
  return { settings: next, seeded: nextSeeded };
}

/** True when `key` is locked and set by the policy (the options page disables its control). */
export function isLocked(policy: ManagedPolicy, key: PolicySetting): boolean {
  if (!policy.locked.includes(key)) return false;
  if (key === 'enabledSites') return policy.sites !== undefined;
  return policy[key] !== undefined;
}

/** Policy sites that the user may not remove. */
export function lockedSites(policy: ManagedPolicy): string[] {
  return isLocked(policy, 'enabledSites') ? (policy.sites ?? []) : [];
}
