/** Public surface of the import validators used by the options page. */
export * from './types';
export { parseCsv, type CsvRow, type CsvResult } from '../csv/parse-csv';
export { decodeImport, MAX_IMPORT_BYTES } from './decode';
export { parseDescriptorCsv, type DescriptorImport } from './descriptor-csv';
export { type DescriptorEntry, MAX_DESCRIPTORS, MAX_DESCRIPTOR_LENGTH } from './descriptor-entry';
export { parseOrgNotes, type OrgNotesImport } from './org-notes';
export { type OrgNote, MAX_NOTES } from './org-note-entry';
export {
  exportSettings,
  importSettings,
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  type ImportedData,
  type SettingsTransfer,
} from './settings-transfer';
export { unsafeTextReason } from './text-guard';
export {
  readStoredDescriptors,
  readStoredOrgNotes,
  toStoredDescriptors,
  toStoredOrgNotes,
  STORED_IMPORTS_VERSION,
  type StoredDescriptors,
  type StoredOrgNotes,
  type StoredRead,
} from './stored-imports';
