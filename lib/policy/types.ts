/**
 * The managed policy an organisation's IT sets for ClaimLens (`storage.managed`: Chrome's 3rdparty extension
 * policy, Firefox's policies.json `3rdparty.Extensions`), as the extension understands it after validation.
 * The JSON an administrator writes is described by `public/managed_schema.json` and the README ("For IT
 * administrators").
 */
import type { OrgNote } from '../imports/org-note-entry';
import type { MacJurisdiction, SectionState } from '../settings/types';

/** Settings an administrator can preset, and lock. */
export const POLICY_SETTINGS = [
  'enabledSites',
  'payers',
  'macJurisdiction',
  'pfsLocality',
  'bcbsPlan',
  'popoverSections',
] as const;
/** One of {@link POLICY_SETTINGS}. */
export type PolicySetting = (typeof POLICY_SETTINGS)[number];

/** Imports an administrator can turn off (`cmsData` is the in-extension CMS data update). */
export const POLICY_IMPORTS = ['orgNotes', 'descriptors', 'cmsData', 'settings'] as const;
/** One of {@link POLICY_IMPORTS}. */
export type PolicyImport = (typeof POLICY_IMPORTS)[number];

/** The validated policy: only what passed validation is present. */
export interface ManagedPolicy {
  /** Origins to enable: `enabledSites` plus the origins of the named curated portals (sorted, unique). */
  sites?: string[];
  payers?: string[];
  /** `null`: the administrator chose "no MAC". */
  macJurisdiction?: MacJurisdiction | null;
  /** A Medicare PFS locality, `MAC:LOCALITY` as in the GPCI file (`02102:01`; a hyphen is read the same way). */
  pfsLocality?: string;
  bcbsPlan?: string | null;
  /** Section id → state; only the listed sections are managed. */
  popoverSections?: Record<string, SectionState>;
  /** Settings the user cannot change: the managed value always wins and the control is disabled. */
  locked: PolicySetting[];
  /** Imports the options page does not offer. */
  disabledImports: PolicyImport[];
  /** Organisation notes given in the policy, validated like a notes import file. */
  orgNotes?: OrgNote[];
}

/** Result of reading `storage.managed`. */
export interface ParsedPolicy {
  policy: ManagedPolicy;
  /** One line per ignored value, naming the policy key and why (never quoting the value). */
  notes: string[];
  /** True when the organisation set anything at all (valid or not). */
  managed: boolean;
}

/** A policy with nothing set. */
export function emptyPolicy(): ManagedPolicy {
  return { locked: [], disabledImports: [] };
}
