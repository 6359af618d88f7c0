/**
 * The one typed settings model for ClaimLens (popup, options page, content script, CLI).
 *
 * Every read goes through {@link parseSettings} (see `parse-settings.ts`); nothing else should
 * trust a stored blob. Storage placement (sync vs local) is described in `storage.ts`.
 */
import type { CodeKind } from '../codes';

/** The settings layout this build writes. Bump it and add a step in `migrations.ts` when the shape changes. */
export const SETTINGS_VERSION = 1;

/** Medicare Administrative Contractor A/B jurisdictions (CMS MAC map). */
export const MAC_JURISDICTIONS = ['J5', 'J6', 'J8', 'J15', 'JE', 'JF', 'JH', 'JJ', 'JK', 'JL', 'JM', 'JN'] as const;
/** One of {@link MAC_JURISDICTIONS}. */
export type MacJurisdiction = (typeof MAC_JURISDICTIONS)[number];

/** How detected codes are marked on the page. */
export const HIGHLIGHT_STYLES = ['underline', 'tint', 'off'] as const;
/** One of {@link HIGHLIGHT_STYLES}. */
export type HighlightStyle = (typeof HIGHLIGHT_STYLES)[number];

/** Colour scheme of extension UI. */
export const THEMES = ['dark', 'light', 'system'] as const;
/** One of {@link THEMES}. */
export type Theme = (typeof THEMES)[number];

/** How one popover section is shown. */
export const SECTION_STATES = ['shown', 'collapsed', 'hidden'] as const;
/** One of {@link SECTION_STATES}. */
export type SectionState = (typeof SECTION_STATES)[number];

/**
 * Popover sections the defaults know about. Stored settings may name others (the popover decides
 * which ids it renders), as long as they match {@link SECTION_ID_PATTERN}.
 */
export const KNOWN_POPOVER_SECTIONS = [
  'summary',
  'addOn',
  'ptp',
  'mue',
  'pfs',
  'opps',
  'payment',
  'siteOfService',
  'payerNotes',
  'orgNotes',
  'importedDescriptor',
] as const;

/** Payer ids are data-defined; any id of this shape is kept and the UI hides ones it does not know. */
export const PAYER_ID_PATTERN = /^[a-z0-9-]{2,40}$/;
/** BCBS plan ids are free-form but restricted to a safe shape. */
export const PLAN_ID_PATTERN = /^[a-z0-9-]{2,40}$/;
/** Popover section ids: camelCase or kebab-case words. */
export const SECTION_ID_PATTERN = /^[a-zA-Z][a-zA-Z0-9-]{0,39}$/;

/** Caps that keep the synced blob far below `storage.sync`'s 8 KB per-item quota. */
export const SETTINGS_LIMITS = {
  maxPayers: 40,
  maxSites: 200,
  maxSections: 32,
  maxRecentLookups: 10,
  minHoverDelayMs: 0,
  maxHoverDelayMs: 3000,
} as const;

/** Which payers' notes are shown, in the user's order, and where Medicare / BCBS notes differ. */
export interface PayerSettings {
  /** Ordered payer ids (first shown first). */
  selected: string[];
  /** The user's Medicare MAC jurisdiction, or `null` for none / not chosen. */
  macJurisdiction: MacJurisdiction | null;
  /** The user's BCBS plan id, or `null` for none. */
  bcbsPlan: string | null;
  /**
   * The Medicare PFS payment locality the popover prices codes for, `MAC:LOCALITY` as in the GPCI file
   * (`02102:01`); absent or `null`: national amounts only.
   */
  pfsLocality?: string | null;
}

/** Display and detection preferences. */
export interface Preferences {
  /** Milliseconds the pointer rests on a code before the popover opens (0–3000). */
  hoverDelayMs: number;
  highlightStyle: HighlightStyle;
  /** Which code systems the page scanner detects. */
  codeSystems: Record<CodeKind, boolean>;
  /** Popover section id → state. Ids missing here use the popover's own default. */
  popoverSections: Record<string, SectionState>;
  theme: Theme;
}

/** Everything the user can set. */
export interface Settings {
  version: typeof SETTINGS_VERSION;
  payers: PayerSettings;
  /** Origins (`https://www.availity.com`) the user enabled; each needs a granted optional host permission. */
  enabledSites: string[];
  preferences: Preferences;
  /** Most recent first; codes only (never page text), at most {@link SETTINGS_LIMITS.maxRecentLookups}. */
  recentLookups: string[];
}

/** Result of reading untrusted settings: always a complete value, plus what was dropped and why. */
export interface ParsedSettings {
  value: Settings;
  /** One line per problem, naming the field and reason, never quoting the stored value. */
  errors: string[];
}
