/**
 * The project's bundled content (plain-language summaries, categories, payer notes) as a
 * ContentProvider for the CLI. Returns undefined until that content exists.
 */
import type { ContentProvider } from '../../lib/lookup/code-report';

export async function contentProvider(): Promise<ContentProvider | undefined> {
  return undefined;
}
