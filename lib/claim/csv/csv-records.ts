/**
 * Streaming CSV tokenizer: feed text chunks as they arrive, get back complete records with the
 * file row (line number) each starts on. Handles RFC 4180 quoting (doubled quotes, line breaks
 * inside quotes), CRLF/LF/CR line ends, a leading BOM, and blank lines (skipped). The delimiter is
 * taken from the first line — comma unless that line has more tabs or semicolons — because
 * practice-system exports vary.
 */

/** One CSV record. */
export interface CsvRecord {
  fields: string[];
  /** 1-based line number in the file where the record starts (the header is normally row 1). */
  row: number;
  /** Set on the last record when the file ended inside a quoted field. */
  unterminatedQuote?: boolean;
}

/** Incremental tokenizer; one instance per file. */
export class CsvRecordReader {
  private delimiter: string | null = null;
  private pending = '';
  private started = false;
  private fields: string[] = [];
  private field = '';
  private quoted = false;
  /** True right after a closing quote, so `"a"b` keeps `b`, as spreadsheets do. */
  private afterQuote = false;
  private line = 1;
  private recordRow = 1;
  private skipLf = false;
  /** A trailing CR or quote held back until the next chunk shows what follows it. */
  private carry = '';

  /** Consumes a chunk; returns the records it completed. */
  push(chunk: string): CsvRecord[] {
    let text = chunk;
    if (!this.started) {
      if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
      if (text === '') return [];
      this.started = true;
    }
    if (this.delimiter === null) {
      // Wait for the whole first line before choosing the delimiter.
      this.pending += text;
      const nl = this.pending.search(/[\r\n]/);
      if (nl < 0) return [];
      this.delimiter = pickDelimiter(this.pending.slice(0, nl));
      text = this.pending;
      this.pending = '';
    }
    text = this.carry + text;
    this.carry = '';
    // Hold back a trailing CR (its LF may come next) and every trailing quote (a doubled quote may
    // be split across chunks), so the scan never has to guess.
    let keep = text.length;
    if (text[keep - 1] === '\r') keep--;
    else while (keep > 0 && text[keep - 1] === '"') keep--;
    this.carry = text.slice(keep);
    text = text.slice(0, keep);
    return this.scan(text);
  }

  /** Ends the input; returns the last record, if any. */
  end(): CsvRecord[] {
    const out: CsvRecord[] = [];
    if (this.delimiter === null && this.pending !== '') {
      this.delimiter = pickDelimiter(this.pending);
      this.carry = this.pending + this.carry;
      this.pending = '';
    }
    if (this.carry !== '') {
      out.push(...this.scan(this.carry));
      this.carry = '';
    }
    if (this.quoted || this.field !== '' || this.fields.length > 0) {
      this.fields.push(this.field);
      const rec: CsvRecord = { fields: this.fields, row: this.recordRow };
      if (this.quoted) rec.unterminatedQuote = true;
      if (!isBlank(rec.fields) || rec.unterminatedQuote) out.push(rec);
    }
    this.fields = [];
    this.field = '';
    this.quoted = false;
    return out;
  }

  private scan(text: string): CsvRecord[] {
    const out: CsvRecord[] = [];
    const d = this.delimiter!;
    const n = text.length;
    let i = 0;
    while (i < n) {
      const ch = text[i];
      if (this.skipLf) {
        this.skipLf = false;
        if (ch === '\n') {
          i++;
          continue;
        }
      }
      if (this.quoted) {
        // Copy the run up to the next quote in one go (fast path for long quoted fields).
        const q = text.indexOf('"', i);
        const end = q < 0 ? n : q;
        const run = text.slice(i, end);
        this.field += run;
        this.line += countLineEnds(run);
        i = end;
        if (q < 0) break;
        if (text[i + 1] === '"') {
          this.field += '"';
          i += 2;
        } else {
          this.quoted = false;
          this.afterQuote = true;
          i++;
        }
        continue;
      }
      if (ch === '"' && this.field === '' && !this.afterQuote) {
        this.quoted = true;
        i++;
        continue;
      }
      if (ch === d) {
        this.fields.push(this.field);
        this.field = '';
        this.afterQuote = false;
        i++;
        continue;
      }
      if (ch === '\n' || ch === '\r') {
        this.fields.push(this.field);
        if (!isBlank(this.fields)) out.push({ fields: this.fields, row: this.recordRow });
        this.fields = [];
        this.field = '';
        this.afterQuote = false;
        this.line++;
        this.recordRow = this.line;
        if (ch === '\r') this.skipLf = true;
        i++;
        continue;
      }
      // Plain run up to the next special character.
      let j = i + 1;
      while (j < n) {
        const c = text[j];
        if (c === d || c === '\n' || c === '\r' || c === '"') break;
        j++;
      }
      this.field += text.slice(i, j);
      i = j;
    }
    return out;
  }
}

function countLineEnds(s: string): number {
  let count = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    if (c === 10) count++;
    else if (c === 13 && s.charCodeAt(k + 1) !== 10) count++;
  }
  return count;
}

function isBlank(fields: string[]): boolean {
  return fields.every((f) => f.trim() === '');
}

function pickDelimiter(firstLine: string): string {
  const count = (c: string) => firstLine.split(c).length - 1;
  const [comma, tab, semi] = [count(','), count('\t'), count(';')];
  if (tab > comma && tab >= semi) return '\t';
  if (semi > comma) return ';';
  return ',';
}
