/**
 * Builds the popup's search engine once per popup open. It prefers a prebuilt index (`data/search-index.json`,
 * documents plus word postings) when the build ships one, and otherwise builds documents from the two
 * artifacts search needs (`data/codes.json`, `data/hcpcs.json`), leaving the word index to `warm()`.
 * Files come from the extension's own origin only (the caller's `readJson`).
 */
import type { CodesRow, HcpcsFileRow, TableFile } from '../../lib/dataset/artifacts';
import { hcpcsTextOf } from '../../lib/dataset/dataset';
import type { DatasetMeta, HcpcsText } from '../../lib/dataset/types';
import { buildSearchDocuments, type SearchDataset } from '../../lib/search/build-documents';
import { bundledSearchContent } from '../../lib/search/bundled-content';
import { allExplanations } from '../../lib/denials/explanations';
import { AdjustmentSearch, withAdjustmentCodes } from '../../lib/search/adjustment-search';
import { createSearchEngine, createSearchEngineFromIndex, type SearchEngine } from '../../lib/search/engine';

/** Reads a JSON file of the built extension (path relative to its root), or rejects. */
export type ReadJson = (path: string) => Promise<unknown>;

/** Path of the optional prebuilt index. */
export const PREBUILT_INDEX_PATH = 'data/search-index.json';

/** The slice of the dataset search reads, from the codes and HCPCS artifacts. */
export function searchDatasetFrom(
  codes: TableFile<CodesRow>,
  hcpcs: TableFile<HcpcsFileRow>,
  meta: DatasetMeta,
): SearchDataset {
  const all = Object.keys(codes.rows).sort();
  const h = meta.tables.hcpcs;
  const hcpcsSource = {
    table: 'hcpcs' as const,
    title: h?.title ?? 'HCPCS Level II',
    asOf: h?.asOf ?? '',
    // An imported table names its release and import date (lib/claim/format-source.ts).
    ...(h?.importedOn ? { release: h.release, importedOn: h.importedOn } : {}),
  };
  return {
    allCodes: () => all,
    info(code) {
      if (!Object.hasOwn(codes.rows, code)) return undefined;
      const [system, status, terminatedOn, tables] = codes.rows[code];
      return { code, system, status, tables: tables as never, ...(terminatedOn ? { terminatedOn } : {}) };
    },
    hcpcsText(code): HcpcsText | undefined {
      if (!Object.hasOwn(hcpcs.rows, code)) return undefined;
      return hcpcsTextOf(hcpcs.rows[code], hcpcsSource);
    },
  };
}

/** How the engine was built (reported in the popup's diagnostics attribute). */
export type EngineSource = 'prebuilt' | 'artifacts';

/**
 * Loads the engine: with `usePrebuilt`, the prebuilt index when present and valid; else built from the artifacts.
 * Off by default: the build does not ship `data/search-index.json` yet, and probing a missing file logs a
 * console error in the popup.
 */
export async function loadSearchEngine(
  readJson: ReadJson,
  meta: DatasetMeta,
  usePrebuilt = false,
  importedDescriptors?: ReadonlyMap<string, string>,
): Promise<{ engine: SearchEngine; source: EngineSource }> {
  // A prebuilt index cannot hold the user's imported text: with imports, build from the artifacts.
  if (usePrebuilt && !importedDescriptors?.size) {
    const raw = await readJson(PREBUILT_INDEX_PATH).catch(() => undefined);
    const engine = raw === undefined ? undefined : createSearchEngineFromIndex(raw);
    if (engine) return { engine: withDenialCodes(engine), source: 'prebuilt' };
  }
  const [codes, hcpcs] = await Promise.all([readJson('data/codes.json'), readJson('data/hcpcs.json')]);
  const ds = searchDatasetFrom(codes as TableFile<CodesRow>, hcpcs as TableFile<HcpcsFileRow>, meta);
  const docs = buildSearchDocuments(
    ds,
    bundledSearchContent(ds.allCodes()),
    importedDescriptors ? { importedDescriptors } : {},
  );
  return { engine: withDenialCodes(createSearchEngine(docs)), source: 'artifacts' };
}

/** Reason and remark codes (CO-97, N362, "bundled") are found by the same search box. */
function withDenialCodes(engine: SearchEngine): SearchEngine {
  return withAdjustmentCodes(engine, new AdjustmentSearch(allExplanations()));
}
