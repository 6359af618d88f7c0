/**
 * The project's bundled content (plain-language summaries, categories, payer notes) as a
 * ContentProvider for the CLI, over the committed dataset.
 */
import type { ContentProvider } from '../../lib/lookup/code-report';
import { createContentProvider } from '../../lib/editorial/content-provider';
import { loadDataset } from './load-dataset';

export async function contentProvider(
  opts: { macJurisdiction?: string | null; bcbsPlan?: string | null } = {},
): Promise<ContentProvider> {
  return createContentProvider({ dataset: loadDataset(), ...opts });
}
