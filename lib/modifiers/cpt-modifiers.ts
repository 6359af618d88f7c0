/**
 * The common numeric (CPT) modifiers, described in ClaimLens's own words.
 *
 * The AMA's modifier descriptors are CPT text and are never copied; CMS's HCPCS file carries Level II
 * modifiers only. Each note says in plain words what a biller asserts by adding the modifier, and cites
 * the public CMS document section where Medicare states its use (the NCCI Policy Manual 2026 or the PFS
 * relative value file layout, both in ../shared/reference). Whether a modifier can bypass an NCCI PTP
 * edit comes from the manual's list (Chapter I §E; see lib/claim/modifiers.ts).
 */
import { manual, pfsLayout } from '../claim/policy-sources';
import type { DocumentSource } from '../claim/types';

/** A CPT modifier explained in the project's own words. */
export interface CptModifierNote {
  /** What the modifier tells the payer, in ClaimLens's words (not AMA text). */
  text: string;
  /** Where CMS states how Medicare uses it. */
  sources: DocumentSource[];
}

/** Label shown with every note: whose words these are. */
export const CPT_MODIFIER_LABEL = "ClaimLens's own description (CPT modifier text is AMA-licensed and not shipped)";

const E = manual('Chapter I §E');
const D = manual('Chapter I §D');
const C = manual('Chapter I §C');

/** The notes, by modifier. */
export const CPT_MODIFIER_NOTES: Readonly<Record<string, CptModifierNote>> = {
  '22': {
    text: 'The service took substantially more work than the code usually involves (time, difficulty, risk); the record must show why. It never bypasses an NCCI PTP edit.',
    sources: [E],
  },
  '24': {
    text: "An E&M visit by the same practitioner during a procedure's postoperative period, for a problem that has nothing to do with that procedure.",
    sources: [D, E],
  },
  '25': {
    text: 'An E&M service on the same day as a procedure that stands on its own: work beyond the usual before-and-after care of the procedure, documented separately.',
    sources: [D, E],
  },
  '26': {
    text: "Bills only the practitioner's part (reading and report) of a service that has separate professional and technical parts; the PFS PC/TC indicator says whether the split applies.",
    sources: [pfsLayout('PC/TC indicator (modifiers 26 and TC)'), manual('Chapter X §L')],
  },
  '50': {
    text: 'The same procedure done on both sides of the body at one session; Medicare wants one line with 1 unit, priced by the PFS bilateral indicator.',
    sources: [manual('Chapter I §V'), pfsLayout('Bilateral Surgery indicator (modifier 50)')],
  },
  '51': {
    text: 'Marks the additional procedures when one practitioner performs several at the same session; the PFS multiple-procedure indicator sets how Medicare reduces their payment.',
    sources: [pfsLayout('Multiple Procedure indicator (modifier 51)'), manual('Chapter VI §C')],
  },
  '52': {
    text: 'Part of the service was left out or cut short by the practitioner’s choice, so less than the full service was done.',
    sources: [manual('Chapter VI §C'), manual('Chapter V §D')],
  },
  '57': {
    text: 'The E&M visit, on the day of or the day before a major (90-day) surgery, at which the decision to operate was made.',
    sources: [D, E],
  },
  '58': {
    text: "A procedure during another procedure's postoperative period that was planned from the start (staged), more extensive than the first, or therapy after a diagnostic procedure.",
    sources: [C, E],
  },
  '59': {
    text: 'A procedure distinct from another one on the same day: another session, site, organ system, incision, lesion or injury. Use XE, XP, XS or XU when one of them fits better; never for an E&M (that is 25).',
    sources: [E],
  },
  '76': {
    text: 'The same procedure repeated on the same day by the same practitioner. It does not bypass an NCCI PTP edit.',
    sources: [E],
  },
  '77': {
    text: 'The same procedure repeated by a different practitioner. It does not bypass an NCCI PTP edit.',
    sources: [E],
  },
  '78': {
    text: 'An unplanned return to the operating or procedure room by the same practitioner, for a problem related to the first procedure, during its postoperative period.',
    sources: [C, E],
  },
  '79': {
    text: "A procedure during another procedure's postoperative period that is unrelated to the first one.",
    sources: [E],
  },
  '91': {
    text: 'A laboratory test repeated on the same day because a new result was medically needed, not a rerun for a failed or doubtful test.',
    sources: [manual('Chapter I §N'), E],
  },
};
