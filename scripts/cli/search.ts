/**
 * `claimlens search "<query>" [--json] [--limit N]`: the popup's search from the command line,
 * with the same documents and ranking (lib/search).
 */
import { buildSearchDocuments } from '../../lib/search/build-documents';
import { bundledSearchContent } from '../../lib/search/bundled-content';
import { createSearchEngine, type SearchEngine } from '../../lib/search/engine';
import { MAX_QUERY_LENGTH, type SearchContent } from '../../lib/search/types';
import { loadDataset } from '../node/load-dataset';
import { type CliIo, UsageError, parseFlags } from './io';

const USAGE = 'Usage: claimlens search "<query>" [--json] [--limit N]';

/** The project's bundled search content (summaries, categories, synonyms) for the dataset's codes. */
export async function projectSearchContent(): Promise<SearchContent | undefined> {
  return bundledSearchContent(loadDataset().allCodes());
}

let engine: SearchEngine | undefined;

/** The engine over the full dataset and bundled content, built on first use. */
export async function searchEngine(): Promise<SearchEngine> {
  engine ??= createSearchEngine(buildSearchDocuments(loadDataset(), await projectSearchContent()));
  return engine;
}

export default async function run(args: string[], io: CliIo): Promise<number> {
  const { flags, positional } = parseFlags(args, { json: 'bool', limit: 'string' });
  if (positional.length !== 1) throw new UsageError(USAGE);
  const query = positional[0].trim();
  if (query === '') throw new UsageError(`Empty query. ${USAGE}`);
  if (query.length > MAX_QUERY_LENGTH)
    throw new UsageError(`Query is ${query.length} characters; the limit is ${MAX_QUERY_LENGTH}`);
  const limit = flags.limit === undefined ? 20 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    throw new UsageError('--limit must be a whole number from 1 to 200');
  const results = (await searchEngine()).search(query, limit).map(({ code, label }) => ({ code, label }));
  if (flags.json) io.out(JSON.stringify({ results }, null, 2));
  else if (results.length === 0) io.out(`No codes match "${query}".`);
  else io.out(results.map((r) => `${r.code}  ${r.label}`).join('\n'));
  return 0;
}
