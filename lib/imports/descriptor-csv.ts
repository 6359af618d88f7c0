/**
 * Licensed descriptor import: a CSV the user is licensed to use, in one of two layouts —
 * - the CMS PFS RVU file (`PPRRVU…csv`): any preamble lines, then a header row containing
 *   `HCPCS` and `DESCRIPTION` (and usually `MOD`); only rows with an empty `MOD` are taken;
 * - a plain `code,descriptor` CSV, with or without a header row.
 * All or nothing: one bad row rejects the file, naming the line and reason.
 */
import { parseCsv, type CsvRow } from '../csv/parse-csv';
import { decodeImport, MAX_IMPORT_BYTES } from './decode';
import { checkDescriptor, DescriptorCollector, MAX_DESCRIPTORS, type DescriptorEntry } from './descriptor-entry';
import { failure, fileFailure, type ImportError, type ImportInput, type ImportResult } from './types';

/** A validated descriptor import. */
export interface DescriptorImport {
  layout: 'cms-rvu' | 'plain';
  /** Sorted by code, one entry per code. */
  entries: DescriptorEntry[];
}

/** How far into the file the RVU header row may sit (the CMS file has about ten preamble lines). */
const MAX_PREAMBLE_ROWS = 40;
const PLAIN_HEADER_CODE = /^(code|codes|hcpcs|cpt|cpt code|hcpcs code|cpt\/hcpcs)$/i;

interface Layout {
  layout: DescriptorImport['layout'];
  codeCol: number;
  textCol: number;
  modCol: number;
  /** Index of the first data row in `rows`. */
  start: number;
}

function findLayout(rows: CsvRow[]): Layout | ImportError {
  for (let r = 0; r < Math.min(rows.length, MAX_PREAMBLE_ROWS); r++) {
    const names = rows[r].fields.map((f) => f.trim().toUpperCase());
    const codeCol = names.indexOf('HCPCS');
    const textCol = names.indexOf('DESCRIPTION');
    if (codeCol >= 0 && textCol >= 0)
      return { layout: 'cms-rvu', codeCol, textCol, modCol: names.indexOf('MOD'), start: r + 1 };
    if (codeCol >= 0 && names.length > 2) {
      return {
        line: rows[r].line,
        reason:
          'Header has an HCPCS column but no DESCRIPTION column (this copy of the file carries no descriptor text)',
      };
    }
  }
  const first = rows[0];
  const hasHeader = PLAIN_HEADER_CODE.test(first.fields[0].trim());
  if (!hasHeader && !/^\s*[0-9A-Za-z]{5}\s*$/.test(first.fields[0])) {
    return {
      line: first.line,
      reason: 'Unrecognised layout: expected a header with HCPCS and DESCRIPTION columns, or rows of code,descriptor',
    };
  }
  return { layout: 'plain', codeCol: 0, textCol: 1, modCol: -1, start: hasHeader ? 1 : 0 };
}

function readRow(row: CsvRow, l: Layout): DescriptorEntry | { reason: string } | 'skip' {
  const f = row.fields;
  if (l.layout === 'plain') {
    let used = f.length;
    while (used > 0 && f[used - 1].trim() === '') used--;
    if (used !== 2)
      return {
        reason: `Expected 2 columns (code,descriptor), found ${used}; put descriptors that contain commas in double quotes`,
      };
  } else if (f.length <= Math.max(l.codeCol, l.textCol)) {
    return {
      reason: `Row has ${f.length} columns; the header has HCPCS in column ${l.codeCol + 1} and DESCRIPTION in column ${l.textCol + 1}`,
    };
  }
  if (l.modCol >= 0 && (f[l.modCol] ?? '').trim() !== '') return 'skip';
  return checkDescriptor(f[l.codeCol], f[l.textCol]);
}

/** Validates a licensed descriptor CSV. Never throws; never returns part of a file. */
export function parseDescriptorCsv(input: ImportInput, maxBytes = MAX_IMPORT_BYTES): ImportResult<DescriptorImport> {
  const decoded = decodeImport(input, maxBytes);
  if (!decoded.ok) return decoded;
  const csv = parseCsv(decoded.text);
  if (!csv.ok) return failure([{ line: csv.line, reason: csv.reason }]);
  if (csv.rows.length === 0) return fileFailure('File has no rows');
  const layout = findLayout(csv.rows);
  if ('reason' in layout) return failure([layout]);
  const errors: ImportError[] = [];
  const collector = new DescriptorCollector();
  let skippedModifiers = 0;
  for (const row of csv.rows.slice(layout.start)) {
    // Spreadsheet exports often end with rows of bare commas.
    if (row.fields.every((x) => x.trim() === '')) continue;
    const got = readRow(row, layout);
    if (got === 'skip') {
      skippedModifiers++;
      continue;
    }
    if ('reason' in got) {
      errors.push({ line: row.line, reason: got.reason });
      continue;
    }
    const dup = collector.add(got, row.line);
    if (dup) errors.push({ line: row.line, reason: dup });
    if (collector.size > MAX_DESCRIPTORS) return fileFailure(`File has more than ${MAX_DESCRIPTORS} descriptors`);
  }
  if (errors.length > 0) return failure(errors);
  if (collector.size === 0) return fileFailure('File has no descriptor rows');
  const n = collector.size;
  const note = skippedModifiers ? ` (${skippedModifiers} modifier rows skipped)` : '';
  return {
    ok: true,
    value: { layout: layout.layout, entries: collector.entries() },
    summary: `Added ${n} descriptor${n === 1 ? '' : 's'}${note}`,
  };
}
