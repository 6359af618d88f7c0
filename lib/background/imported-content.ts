/**
 * The user's imports (licensed descriptors, organisation notes) layered over the bundled content provider, so
 * the popover and the popup show imported descriptors (labelled as imported) and organisation notes beside the
 * payer notes. Stored blobs are re-validated on read (lib/imports/stored-imports.ts) and cached until
 * `local:importedDescriptors` or `local:orgNotes` changes.
 */
import { inRange } from '../editorial/code-ranges';
import { readStoredDescriptors, readStoredOrgNotes } from '../imports/stored-imports';
import type { OrgNote } from '../imports/org-note-entry';
import type { ContentProvider, DescriptorRef } from '../lookup/code-report';

/** Label of every imported descriptor. */
export const IMPORTED_SOURCE = 'Imported by you (licensed descriptor file; not bundled with ClaimLens)';

/** Validated imports, ready for lookups. */
export interface UserImports {
  descriptors: ReadonlyMap<string, string>;
  orgNotes: readonly OrgNote[];
}

/** An organisation note as the details view shows it. */
export interface OrgNoteView extends OrgNote {
  label: 'Your organisation';
}

/** Builds {@link UserImports} from the raw stored blobs (any shape; invalid entries are dropped). */
export function userImportsFrom(rawDescriptors: unknown, rawOrgNotes: unknown): UserImports {
  const d = readStoredDescriptors(rawDescriptors).value;
  return { descriptors: new Map(d.map((e) => [e.code, e.text])), orgNotes: readStoredOrgNotes(rawOrgNotes).value };
}

/** Organisation notes covering `code`, the chosen payers' first (in the user's order), then the rest. */
export function orgNotesFor(notes: readonly OrgNote[], code: string, payers: readonly string[]): OrgNoteView[] {
  const hits = notes.filter((n) => inRange(code, n.from, n.to));
  const rank = (p: string) => {
    const i = payers.indexOf(p);
    return i < 0 ? payers.length : i;
  };
  return hits
    .map((n, i) => ({ n, i }))
    .sort((a, b) => rank(a.n.payer) - rank(b.n.payer) || a.i - b.i)
    .map(({ n }) => ({ ...n, label: 'Your organisation' as const }));
}

/** `base` with imported descriptors first and organisation notes added as the report's `orgNotes` field. */
export function withUserImports(
  base: ContentProvider | undefined,
  imports: UserImports,
  payers: readonly string[],
): ContentProvider {
  return {
    ...base,
    descriptorOf(code): DescriptorRef | undefined {
      const text = imports.descriptors.get(code);
      return text !== undefined ? { text, source: IMPORTED_SOURCE, kind: 'imported' } : base?.descriptorOf?.(code);
    },
    extrasOf(code) {
      const extra = base?.extrasOf?.(code) ?? {};
      const orgNotes = orgNotesFor(imports.orgNotes, code, payers);
      return orgNotes.length > 0 ? { ...extra, orgNotes } : extra;
    },
  };
}

/** A cached reader of the two imports (`local:importedDescriptors`, `local:orgNotes`); `invalidate` on change. */
export function createImportsCache(read: () => Promise<{ importedDescriptors?: unknown; orgNotes?: unknown }>) {
  let pending: Promise<UserImports> | undefined;
  return {
    get(): Promise<UserImports> {
      if (!pending) {
        pending = read().then((raw) => userImportsFrom(raw.importedDescriptors, raw.orgNotes));
        pending.catch(() => {
          pending = undefined;
        });
      }
      return pending;
    },
    invalidate(): void {
      pending = undefined;
    },
  };
}
