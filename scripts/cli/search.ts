/**
 * `claimlens search "<query>" [--json] [--limit N]`: the popup's search from the command line,
 * with the same documents and ranking (lib/search).
 */
import { buildSearchDocuments } from '../../lib/search/build-documents';
import { bundledSearchContent } from '../../lib/search/bundled-content';
import { allExplanations } from '../../lib/denials/explanations';
import { AdjustmentSearch, withAdjustmentCodes } from '../../lib/search/adjustment-search';
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine';
import { MAX_QUERY_LENGTH, type SearchContent } from '../../lib/search/types';
import { datasetDir, loadDataset } from '../node/load-dataset';
import { printable, quoted } from '../../lib/text/printable';
import { defineCommand } from './command';
import { flag } from './flags';
import { UsageError } from './io';

/** The project's bundled search content (summaries, categories, synonyms) for the dataset's codes. */
export async function projectSearchContent(): Promise<SearchContent | undefined> {
  return bundledSearchContent(loadDataset().allCodes());
}

/** One engine per dataset folder (`--data DIR` may change it between in-process runs). */
const engines = new Map<string, SearchEngine>();

/** The engine over the full dataset, bundled content and denial codes (as in the popup), built on first use. */
export async function searchEngine(): Promise<SearchEngine> {
  const dir = datasetDir();
  let engine = engines.get(dir);
  if (!engine) {
    engine = withAdjustmentCodes(
      createSearchEngine(buildSearchDocuments(loadDataset(), await projectSearchContent())),
      new AdjustmentSearch(allExplanations()),
    );
    engines.set(dir, engine);
  }
  return engine;
}

export default defineCommand({
  name: 'search',
  summary: 'search codes by code, words or synonyms',
  args: { name: 'query', min: 1, max: 1 },
  flags: {
    limit: flag.int('most results to list (1 to 200)', 1, 200, 20),
    json: flag.bool('print JSON'),
  },
  async run({ flags, args }, io) {
    const query = args[0].trim();
    if (query === '') throw new UsageError('the query is empty');
    if (query.length > MAX_QUERY_LENGTH)
      throw new UsageError(`the query is ${query.length} characters; the limit is ${MAX_QUERY_LENGTH}`);
    const results = (await searchEngine())
      .search(query, flags.limit)
      .map(({ code, label, kind, display }) => (kind ? { code, label, kind, display } : { code, label }));
    if (flags.json) io.out(JSON.stringify({ results }, null, 2));
    else if (results.length === 0) io.out(`No codes match ${quoted(query)}.`);
    else io.out(results.map((r) => `${'display' in r ? r.display : r.code}  ${printable(r.label)}`).join('\n'));
    return 0;
  },
});
