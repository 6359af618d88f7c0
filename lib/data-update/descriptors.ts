/**
 * CPT short descriptors from the user's PFS file (downloaded from CMS under the AMA click-through), kept only
 * when the user chooses to: merged into the same store as the descriptor import (`local:importedDescriptors`,
 * lib/imports/stored-imports.ts), under the same rules (checked, never exported or synced, shown labelled as
 * the user's licensed text).
 */
import { checkDescriptor, MAX_DESCRIPTORS } from '../imports/descriptor-entry';
import { readStoredDescriptors, type StoredDescriptors, toStoredDescriptors } from '../imports/stored-imports';

/** What keeping the descriptors gives. */
export interface KeptDescriptors {
  stored: StoredDescriptors;
  /** Descriptors from the file that were kept. */
  kept: number;
  /** Descriptors from the file refused by the import rules (too long, unsafe characters, …). */
  refused: number;
}

/**
 * The descriptor store after adding the file's descriptors to the user's existing ones (the file's text wins
 * for a code in both: it is the newer release).
 * @throws Error when the result would exceed the descriptor import's limit (nothing is then written).
 */
export function keepLicensedDescriptors(existingRaw: unknown, fromFile: readonly [string, string][]): KeptDescriptors {
  const byCode = new Map(readStoredDescriptors(existingRaw).value.map((e) => [e.code, e.text]));
  let kept = 0;
  let refused = 0;
  for (const [code, text] of fromFile) {
    const entry = checkDescriptor(code, text);
    if ('reason' in entry) {
      refused++;
      continue;
    }
    byCode.set(entry.code, entry.text);
    kept++;
  }
  if (byCode.size > MAX_DESCRIPTORS)
    throw new Error(`More than ${MAX_DESCRIPTORS.toLocaleString('en-US')} licensed descriptors; none were kept`);
  const entries = [...byCode]
    .map(([code, text]) => ({ code, text }))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return { stored: toStoredDescriptors(entries), kept, refused };
}
