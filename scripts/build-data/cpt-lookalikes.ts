/**
 * HCPCS Level II descriptors are public domain, but a few of CMS's strings are word for word the same as an
 * AMA CPT short descriptor (a colonoscopy code's long descriptor, for one). Shipping them would ship CPT text, so the build
 * replaces each such string with the project's own wording below, marks the row as reworded (the report
 * labels it ClaimLens wording, not CMS text), and fails on any new collision that has no wording here yet.
 *
 * Collisions are found with the same hash list the licensing test uses
 * (tests/fixtures/licensing/cpt-short-descriptor-hashes.txt): it identifies the CPT text without holding it.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** Where the hash list lives, relative to the repository root. */
export const CPT_HASH_LIST = 'tests/fixtures/licensing/cpt-short-descriptor-hashes.txt';

/** The hash a string is compared by: trimmed, lower-cased, whitespace collapsed, sha256, first 16 hex digits. */
export function descriptorHash(text: string): string {
  return createHash('sha256').update(text.trim().toLowerCase().replace(/\s+/g, ' ')).digest('hex').slice(0, 16);
}

/** Reads the hash list. */
export function readCptHashes(path: string): Set<string> {
  return new Set(readFileSync(path, 'utf8').split(/\s+/).filter(Boolean));
}

/** The project's wording for each Level II descriptor that equals a CPT short descriptor, by code and field. */
export const HCPCS_REWORDS: Readonly<Record<string, { long?: string; short?: string }>> = {
  G0181: { short: 'HHA patient care-plan oversight' },
  G0182: { short: 'Hospice patient care-plan oversight' },
  G0202: { short: 'Screening mammogram, both sides, with CAD' },
  G0204: { short: 'Diagnostic mammogram, both sides, with CAD' },
  G0206: { short: 'Diagnostic mammogram, one side, with CAD' },
  G6001: { short: 'Ultrasound guidance of radiation fields' },
  G6021: { short: 'Unlisted intestine procedure' },
  G6047: { long: 'Dihydrotestosterone (DHT) measurement' },
  G8630: { short: 'Pre-incision antibiotic timing documented' },
  G9937: { long: 'Colonoscopy done for diagnosis or surveillance' },
  M1211: { short: 'Latest HbA1c above 9.0%' },
  M1277: { short: 'CRC screening result documented and reviewed' },
  M1316: { short: 'Currently does not use tobacco' },
};

/** A descriptor row as build-data reads it. */
export interface DescriptorRow {
  long: string;
  short: string;
  /** Fields replaced by the project's wording. */
  reworded?: ('long' | 'short')[];
}

/**
 * Replaces every descriptor that equals a CPT short descriptor with its wording from `rewords` and marks the
 * row. Throws (listing code and field) when a colliding string has no wording, or a wording itself collides.
 */
export function rewordCptLookalikes(
  rows: Map<string, DescriptorRow>,
  hashes: ReadonlySet<string>,
  rewords = HCPCS_REWORDS,
): void {
  const missing: string[] = [];
  for (const [code, row] of rows) {
    for (const field of ['long', 'short'] as const) {
      if (!row[field] || !hashes.has(descriptorHash(row[field]))) continue;
      const own = rewords[code]?.[field];
      if (!own || hashes.has(descriptorHash(own))) {
        missing.push(`${code} ${field}`);
        continue;
      }
      row[field] = own;
      row.reworded ??= [];
      row.reworded.push(field);
    }
  }
  if (missing.length) {
    throw new Error(
      `HCPCS descriptors equal to a CPT short descriptor need the project's own wording in scripts/build-data/cpt-lookalikes.ts: ${missing.join(', ')}`,
    );
  }
}
