/** Default settings: what a fresh install, or any field that fails validation, falls back to. */
import { SETTINGS_VERSION, type Preferences, type SectionState, type Settings } from './types';

/** Default hover delay: long enough not to fire while the pointer crosses a table. */
export const DEFAULT_HOVER_DELAY_MS = 300;

/** Default state of each popover section the defaults know about. */
export function defaultPopoverSections(): Record<string, SectionState> {
  return {
    summary: 'shown',
    addOn: 'shown',
    ptp: 'shown',
    mue: 'shown',
    pfs: 'collapsed',
    opps: 'collapsed',
    payment: 'collapsed',
    siteOfService: 'collapsed',
    payerNotes: 'shown',
    orgNotes: 'shown',
    importedDescriptor: 'shown',
  };
}

/** Default display and detection preferences (every code system on). */
export function defaultPreferences(): Preferences {
  return {
    hoverDelayMs: DEFAULT_HOVER_DELAY_MS,
    highlightStyle: 'underline',
    codeSystems: { cptI: true, cptII: true, cptIII: true, pla: true, hcpcs: true },
    popoverSections: defaultPopoverSections(),
    theme: 'system',
  };
}

/**
 * A fresh default settings object (a new object on every call, so callers may mutate it).
 * No payers are pre-selected and no sites are enabled: the user opts in to both.
 */
export function defaultSettings(): Settings {
  return {
    version: SETTINGS_VERSION,
    payers: { selected: [], macJurisdiction: null, bcbsPlan: null },
    enabledSites: [],
    preferences: defaultPreferences(),
    recentLookups: [],
  };
}
