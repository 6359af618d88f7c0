/**
 * CMS rationale values in a biller's words (the project's own wording of the NCCI file values), for the
 * details view and the verdict. An unlisted value is shown as CMS wrote it, never guessed.
 */

const MUE_RATIONALE: Record<string, string> = {
  'CMS Policy': 'set by CMS policy',
  'Clinical: Data': 'set from claims data on what is clinically usual',
  'Clinical: CMS Workgroup': 'set by the judgement of a CMS clinical workgroup',
  'Clinical: Society Comment': 'set clinically, after comments from a specialty society',
  'Code Descriptor / CPT Instruction': "set by the code's definition or its coding instructions",
  'Anatomic Consideration': 'set by anatomy (how many of that body part there are)',
  'Nature of Service/Procedure': 'set by what the service is (how often it can be done in a day)',
  'Nature of Analyte': 'set by what the laboratory test measures',
  'Nature of Equipment': 'set by what the equipment or supply is',
  'Prescribing Information': "set from the drug's prescribing information (its largest usual dose)",
  'Drug discontinued': 'the drug has been discontinued',
  'Compounded Drug Policy': 'set by the policy on compounded drugs',
  'Oral Medication; Not Payable': 'an oral medication, not payable this way',
  'Published Contractor Policy': "set by a Medicare contractor's published policy",
};

const PTP_RATIONALE: Record<string, string> = {
  'Misuse of Column Two code with Column One code': 'the column 2 code is often billed wrongly with the column 1 code',
  'CPT Manual or CMS manual coding instruction': 'coding instructions say not to report both',
  'Standards of medical/surgical practice': 'the column 2 service is a usual part of the column 1 service',
  'More extensive procedure': 'the column 1 procedure is the more extensive one',
  'Anesthesia service included in surgical procedure': 'the anesthesia is part of the procedure',
  'Mutually exclusive procedures': 'the two would not be done at the same session',
  'HCPCS/CPT procedure code definition': "one code's definition includes the other",
  'CPT Separate procedure definition':
    'the column 2 code is a "separate procedure", included when done with the column 1 code',
};

/** Why CMS set an MUE, in plain words (the CMS value in quotes when it is not one we word). */
export function mueRationaleWords(rationale: string): string {
  return MUE_RATIONALE[rationale] ?? `CMS rationale "${rationale}"`;
}

/** Why a PTP edit exists, in plain words (the CMS value in quotes when it is not one we word). */
export function ptpRationaleWords(rationale: string): string {
  return PTP_RATIONALE[rationale] ?? `CMS rationale "${rationale}"`;
}
