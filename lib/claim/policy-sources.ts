/**
 * The policy documents the claim rules are written from. Each rule's wording is ours; these
 * references tell the reader where CMS states the underlying policy.
 */
import type { DocumentSource } from './types';

const MANUAL = 'NCCI Policy Manual for Medicare Services, 2026';
/** Revision date printed on every page of the 2026 manual. */
const MANUAL_AS_OF = '2026-01-01';

/** A section of the NCCI Policy Manual for Medicare Services, 2026 (revision date 2026-01-01). */
export const manual = (section: string): DocumentSource => ({ document: MANUAL, section, asOf: MANUAL_AS_OF });

/** The Medicare PFS relative value file layout (public CMS document), one indicator's definition. */
export const pfsLayout = (section: string): DocumentSource => ({
  document: 'Medicare PFS relative value file layout (RVU25D)',
  section,
  asOf: '2025-10-01',
});

/** Sections of the policy manual and other CMS documents cited by findings. */
export const POLICY = {
  /** Global surgery rules for E&M services on the day of a procedure (modifiers 24, 25, 57). */
  globalSurgeryEm: manual('Chapter I §D'),
  /** Modifiers and modifier indicators (PTP-associated modifiers, 59 and X{EPSU}, 22). */
  modifiers: manual('Chapter I §E'),
  /** Laboratory panels and repeat tests (modifier 91). */
  labPanel: manual('Chapter I §N'),
  /** Add-on codes. */
  addOnCodes: manual('Chapter I §R'),
  /** Medically Unlikely Edits, MAI, bilateral reporting and units. */
  mue: manual('Chapter I §V'),
  /** Add-on code edit types 1, 2, 3. */
  addOnEdits: manual('Chapter I §W'),
  /** Bilateral surgery indicator definitions (modifier 50) in the PFS relative value file layout. */
  pfsBilateral: pfsLayout('Bilateral Surgery indicator (modifier 50)'),
} as const;
