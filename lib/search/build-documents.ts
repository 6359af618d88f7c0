/**
 * Turns the dataset (plus optional project content and user-imported descriptors) into search
 * documents. Licensing: the label of a CPT code is never CPT descriptor text — it is the project's
 * plain-language summary, else its category, else "CPT code". HCPCS Level II codes use their
 * public-domain descriptor. Imported licensed text is searchable (`text`) but not the label, so
 * the row reads the same with or without an import and the popover labels imported text itself.
 */
import type { Dataset } from '../dataset/types';
import type { SearchContent, SearchDocument } from './types';

/** Options for {@link buildSearchDocuments}. */
export interface BuildDocumentsOptions {
  /** Code → licensed descriptor text the user imported. */
  importedDescriptors?: ReadonlyMap<string, string>;
}

function joinText(parts: Array<string | undefined>): string | undefined {
  const kept = parts.filter((p): p is string => !!p && p.trim() !== '');
  return kept.length ? kept.join(' · ') : undefined;
}

/** The part of the dataset search reads (the popup builds it from two artifacts, not the whole dataset). */
export type SearchDataset = Pick<Dataset, 'allCodes' | 'hcpcsText' | 'info'>;

/** One document per code in the dataset, in the dataset's (sorted) order. */
export function buildSearchDocuments(
  dataset: SearchDataset,
  content?: SearchContent,
  options: BuildDocumentsOptions = {},
): SearchDocument[] {
  const docs: SearchDocument[] = [];
  for (const code of dataset.allCodes()) {
    const summary = content?.summaryOf(code);
    const category = content?.categoryOf(code);
    const synonyms = content && Object.hasOwn(content.synonyms, code) ? content.synonyms[code] : undefined;
    const imported = options.importedDescriptors?.get(code);
    const hcpcs = dataset.hcpcsText(code);
    const isHcpcs = /^[A-Z]/.test(code);
    const label = isHcpcs
      ? hcpcs?.long || hcpcs?.short || summary || category || 'HCPCS code'
      : summary || category || 'CPT code';
    const text = isHcpcs
      ? joinText([hcpcs?.short !== label ? hcpcs?.short : undefined, summary !== label ? summary : undefined, imported])
      : joinText([imported]);
    const doc: SearchDocument = { code, label };
    if (text) doc.text = text;
    if (category) doc.category = category;
    if (synonyms?.length) doc.synonyms = [...synonyms];
    if (dataset.info(code)?.status === 'terminated') doc.terminated = true;
    docs.push(doc);
  }
  return docs;
}
