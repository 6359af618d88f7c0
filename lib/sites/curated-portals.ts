/**
 * A convenience list of well-known payer and Medicare contractor portals the user can enable in one step.
 * Only origins we can state with confidence are listed; it is not complete, and any other origin can be
 * added from the popup ("Enable on this site"). Each entry becomes one optional host permission per origin.
 */

/** One curated portal: a display name and the origins its pages are served from. */
export interface CuratedPortal {
  id: string;
  name: string;
  /** Canonical origins (`https://host`), see `normalizeOrigin` in lib/settings/origins.ts. */
  origins: string[];
}

/** The curated list (alphabetical by name). A convenience, not an endorsement or a complete list. */
export const CURATED_PORTALS: readonly CuratedPortal[] = [
  { id: 'aetna', name: 'Aetna (policies; claims go through Availity)', origins: ['https://www.aetna.com'] },
  { id: 'availity', name: 'Availity Essentials', origins: ['https://apps.availity.com'] },
  { id: 'cgs', name: 'CGS Medicare (J15)', origins: ['https://www.cgsmedicare.com'] },
  { id: 'cigna', name: 'Cigna for Health Care Professionals', origins: ['https://cignaforhcp.cigna.com'] },
  { id: 'fcso', name: 'First Coast Service Options (JN)', origins: ['https://medicare.fcso.com'] },
  { id: 'navinet', name: 'NaviNet Open', origins: ['https://navinet.navimedix.com'] },
  { id: 'ngs', name: 'National Government Services (J6, JK)', origins: ['https://www.ngsmedicare.com'] },
  { id: 'noridian', name: 'Noridian Medicare (JE, JF)', origins: ['https://med.noridianmedicare.com'] },
  { id: 'novitas', name: 'Novitas Solutions (JH, JL)', origins: ['https://www.novitas-solutions.com'] },
  { id: 'palmetto', name: 'Palmetto GBA (JJ, JM)', origins: ['https://www.palmettogba.com'] },
  { id: 'uhc', name: 'UnitedHealthcare Provider Portal', origins: ['https://www.uhcprovider.com'] },
  { id: 'wps', name: 'WPS Government Health Administrators (J5, J8)', origins: ['https://www.wpsgha.com'] },
];

/** Every origin of the given curated portals (all of them by default), de-duplicated, in list order. */
export function curatedOrigins(ids?: readonly string[]): string[] {
  const chosen = ids ? CURATED_PORTALS.filter((p) => ids.includes(p.id)) : CURATED_PORTALS;
  return [...new Set(chosen.flatMap((p) => p.origins))];
}
