/**
 * Adapts the bundled content to the lookup report's ContentProvider (lib/lookup/code-report.ts),
 * so the CLI and the popover show the same summary, category and payer notes.
 */
import type { Dataset } from '../dataset/types';
import type { ContentProvider, DescriptorRef } from '../lookup/code-report';
import { categoryOf } from './categories';
import { noteConflicts } from './note-conflicts';
import { payerNotesFor } from './payer-notes';
import { SUMMARIES, summaryOf } from './summaries';

/** Label shown with every plain-language summary. */
export const SUMMARY_SOURCE = 'ClaimLens plain-language summary (not the official descriptor)';

/** Options: the dataset (to know add-on status), and the user's MAC jurisdiction and BCBS plan. */
export interface ContentProviderOptions {
  dataset?: Dataset;
  macJurisdiction?: string | null;
  bcbsPlan?: string | null;
}

/** A ContentProvider over the bundled summaries, categories and payer notes. */
export function createContentProvider(opts: ContentProviderOptions = {}): ContentProvider {
  return {
    descriptorOf(code): DescriptorRef | undefined {
      // HCPCS Level II codes keep their public-domain CMS text; summaries describe CPT codes.
      if (opts.dataset?.hcpcsText(code)) return undefined;
      const s = summaryOf(code);
      return s ? { text: s.summary, source: SUMMARY_SOURCE, kind: 'plain-language-summary' } : undefined;
    },
    categoryOf,
    payerNotesOf(code, payers) {
      const ds = opts.dataset;
      const notes = payerNotesFor(code, {
        payers,
        macJurisdiction: opts.macJurisdiction,
        bcbsPlan: opts.bcbsPlan,
        isAddOn: !!ds?.addOn(code),
      });
      // A note that contradicts a CMS table the claim check applies carries the contradiction with it.
      return notes.map((n) => {
        const conflicts = ds && n.billedTogether ? noteConflicts(n, ds) : [];
        return conflicts.length ? { ...n, conflicts } : n;
      });
    },
    extrasOf(code) {
      const s = summaryOf(code);
      return s ? { summary: { ...s, disclaimer: SUMMARIES.disclaimer, writtenOn: SUMMARIES.writtenOn } } : {};
    },
  };
}
