/** Public surface of code search (popup, CLI). */
export * from './types';
export { buildSearchDocuments, type BuildDocumentsOptions, type SearchDataset } from './build-documents';
export { bundledSearchContent } from './bundled-content';
export { createSearchEngine, createSearchEngineFromIndex, type SearchEngine } from './engine';
export { serializeSearchIndex, loadSerializedIndex, type SerializedSearchIndex } from './serialized-index';
export { isCodeLike, normalizeCodeQuery } from './code-prefix';
export { AdjustmentSearch, withAdjustmentCodes } from './adjustment-search';
