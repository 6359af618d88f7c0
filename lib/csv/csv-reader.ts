/**
 * The project's one CSV reader (imports, claim-line exports, the CMS tables in scripts/build-data): feed
 * text in chunks of any size, get back complete records with the line each starts on. One set of
 * quoting rules (RFC 4180, as spreadsheets write it):
 * - a field that starts with `"` is quoted; `""` inside it is a quote; line breaks inside it are kept;
 *   its closing quote must be followed by the delimiter, a line end or the end of the text;
 * - a quote anywhere else, text after a closing quote, a quote never closed, a field longer than
 *   `maxField` or more than `maxFields` fields make the record a problem record, named by line; the
 *   reader carries on at the next line end, so one bad record never hides the rest;
 * - CRLF, LF and CR line ends; a leading BOM is dropped; lines with nothing but delimiters and spaces
 *   are skipped.
 * Memory stays bounded by the longest record (`maxField` × `maxFields`), whatever the input size.
 */

/** One record: its fields, the 1-based line it starts on, and the first problem found in it. */
export interface CsvRecord {
  fields: string[];
  line: number;
  problem?: { line: number; reason: string };
}

/** How to read: the delimiter (`auto` picks comma, tab or semicolon from the first line) and caps. */
export interface CsvReaderOptions {
  delimiter?: ',' | '\t' | ';' | 'auto';
  /** Longest field, in characters (default {@link MAX_CSV_FIELD}). */
  maxField?: number;
  /** Most fields in one record (default {@link MAX_CSV_FIELDS}). */
  maxFields?: number;
}

/** Default longest field: a descriptor, a note or a claim cell is far shorter. */
export const MAX_CSV_FIELD = 10_000;
/** Default most fields in one record. */
export const MAX_CSV_FIELDS = 1_000;

const QUOTE = 34;
const LF = 10;
const CR = 13;
// Reader states between characters (plain numbers: const enums do not survive isolated transpiling).
const START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A quote seen inside a quoted field: the next character says whether it was `""` or the close. */
const QUOTE_SEEN = 3;
const CLOSED = 4;

/** Streaming tokenizer; one instance per file. */
export class CsvReader {
  private delimiter = -1;
  private readonly auto: boolean;
  private readonly maxField: number;
  private readonly maxFields: number;
  private pending = '';
  private started = false;
  private state = START;
  private fields: string[] = [];
  private field = '';
  private problem: CsvRecord['problem'];
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** Last character handled was a CR: an LF right after it (even in the next chunk) ends no new line. */
  private afterCr = false;

  constructor(options: CsvReaderOptions = {}) {
    const d = options.delimiter ?? ',';
    this.auto = d === 'auto';
    if (!this.auto) this.delimiter = d.charCodeAt(0);
    this.maxField = options.maxField ?? MAX_CSV_FIELD;
    this.maxFields = options.maxFields ?? MAX_CSV_FIELDS;
  }

  /** Consumes a chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (!this.started) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text === '') return [];
      this.started = true;
    }
    if (this.delimiter < 0) {
      // Wait for the whole first line before choosing the delimiter.
      this.pending += text;
      const nl = this.pending.search(/[\r\n]/);
      if (nl < 0) return [];
      this.delimiter = pickDelimiter(this.pending.slice(0, nl));
      text = this.pending;
      this.pending = '';
    }
    const out: CsvRecord[] = [];
    this.scan(text, out);
    return out;
  }

  /** Ends the input; returns the last record, if any. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.delimiter < 0) {
      this.delimiter = pickDelimiter(this.pending);
      this.scan(this.pending, out);
      this.pending = '';
    }
    if (this.state === QUOTED) this.fail('A quoted field is never closed', this.quoteLine);
    if (this.state !== START || this.field !== '' || this.fields.length > 0) this.endRecord(out);
    return out;
  }

  private scan(text: string, out: CsvRecord[]): void {
    const d = this.delimiter;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      // Inside quotes, countLines reads the CR/LF pair itself.
      if (this.afterCr && this.state !== QUOTED) {
        this.afterCr = false;
        if (c === LF) {
          i++;
          continue;
        }
      }
      if (this.state === QUOTED) {
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        this.countLines(text, i, end);
        this.append(text, i, end);
        if (q < 0) return;
        this.state = QUOTE_SEEN;
        i = q + 1;
        continue;
      }
      if (this.state === QUOTE_SEEN) {
        if (c === QUOTE) {
          this.append('"', 0, 1);
          this.state = QUOTED;
          i++;
          continue;
        }
        this.state = CLOSED;
      }
      if (this.state === START && c === QUOTE) {
        this.state = QUOTED;
        this.quoteLine = this.line;
        i++;
        continue;
      }
      if (c === d) {
        this.endField();
        i++;
      } else if (c === LF || c === CR) {
        this.endRecord(out);
        this.line++;
        this.recordLine = this.line;
        this.afterCr = c === CR;
        i++;
      } else if (this.state === CLOSED) {
        this.fail('Text follows a closing quote in the same field');
        this.state = UNQUOTED;
      } else if (c === QUOTE) {
        this.fail('A quote appears in the middle of an unquoted field');
        this.state = UNQUOTED;
        this.append('"', 0, 1);
        i++;
      } else {
        // A plain run up to the next special character, copied in one slice.
        let j = i + 1;
        while (j < n) {
          const x = text.charCodeAt(j);
          if (x === d || x === LF || x === CR || x === QUOTE) break;
          j++;
        }
        this.state = UNQUOTED;
        this.append(text, i, j);
        i = j;
      }
    }
  }

  private countLines(text: string, from: number, to: number): void {
    for (let k = from; k < to; k++) {
      const c = text.charCodeAt(k);
      if (c === CR) {
        this.line++;
        this.afterCr = true;
      } else {
        if (c === LF && !this.afterCr) this.line++;
        this.afterCr = false;
      }
    }
  }

  private append(text: string, from: number, to: number): void {
    if (to <= from) return;
    if (this.field.length + (to - from) > this.maxField) {
      this.fail(`A field is longer than ${this.maxField} characters`);
      return;
    }
    this.field += from === 0 && to === text.length ? text : text.slice(from, to);
  }

  private fail(reason: string, line = this.line): void {
    this.problem ??= { line, reason };
  }

  private endField(): void {
    if (this.fields.length < this.maxFields) this.fields.push(this.field);
    else this.fail(`A row has more than ${this.maxFields} fields`);
    this.field = '';
    this.state = START;
  }

  private endRecord(out: CsvRecord[]): void {
    this.endField();
    const rec: CsvRecord = { fields: this.fields, line: this.recordLine };
    if (this.problem) rec.problem = this.problem;
    if (rec.problem || !isBlank(rec.fields)) out.push(rec);
    this.fields = [];
    this.problem = undefined;
  }
}

function isBlank(fields: string[]): boolean {
  for (const f of fields) if (f.trim() !== '') return false;
  return true;
}

/** Comma unless the first line has more tabs or semicolons (practice-system exports vary). */
function pickDelimiter(firstLine: string): number {
  const count = (c: string) => firstLine.split(c).length - 1;
  const [comma, tab, semi] = [count(','), count('\t'), count(';')];
  if (tab > comma && tab >= semi) return 9;
  if (semi > comma) return 59;
  return 44;
}
