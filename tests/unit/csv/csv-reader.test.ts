import { describe, expect, it } from 'vitest';
import { CsvReader, type CsvReaderOptions, type CsvRecord } from '../../../lib/csv/csv-reader';

function readAll(text: string, chunk = text.length || 1, options: CsvReaderOptions = { delimiter: 'auto' }) {
  const r = new CsvReader(options);
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...r.push(text.slice(i, i + chunk)));
  out.push(...r.end());
  return out;
}

describe('CsvReader', () => {
  const sample = '\ufeffa,"b ""q""",c\r\n1,"x,\r\ny",3\r\n\r\n"",2,\r"tail"';

  it('reads quotes, doubled quotes, embedded line breaks, BOM, CRLF and CR, and skips blank lines', () => {
    expect(readAll(sample)).toEqual([
      { fields: ['a', 'b "q"', 'c'], line: 1 },
      { fields: ['1', 'x,\r\ny', '3'], line: 2 },
      { fields: ['', '2', ''], line: 5 },
      { fields: ['tail'], line: 6 },
    ]);
  });

  it('gives the same records whatever the chunk size (quotes, CRLF and "" split across chunks)', () => {
    const text = `${sample}\n"a""b","c\r\n\r\nd"\r\nx,"y"""\r\n`;
    const whole = readAll(text);
    expect(whole.at(-2)).toEqual({ fields: ['a"b', 'c\r\n\r\nd'], line: 7 });
    expect(whole.at(-1)).toEqual({ fields: ['x', 'y"'], line: 10 });
    for (let size = 1; size <= 9; size++) expect(readAll(text, size)).toEqual(whole);
  });

  it('a quote never closed is a problem record naming the line it opened on; earlier records stand', () => {
    expect(readAll('a,b\n1,"open\n2,3')).toEqual([
      { fields: ['a', 'b'], line: 1 },
      { fields: ['1', 'open\n2,3'], line: 2, problem: { line: 2, reason: 'A quoted field is never closed' } },
    ]);
  });

  it('a stray quote or text after a closing quote spoils only its own record', () => {
    const recs = readAll('a,b\nc,d"e\n"x"y,z\nok,1\n');
    expect(recs.map((r) => [r.line, r.problem?.reason])).toEqual([
      [1, undefined],
      [2, 'A quote appears in the middle of an unquoted field'],
      [3, 'Text follows a closing quote in the same field'],
      [4, undefined],
    ]);
    expect(recs[3].fields).toEqual(['ok', '1']);
  });

  it('caps field length and field count without holding the excess (an unclosed quote in a huge file)', () => {
    const [head, rec] = readAll(`a,b\n1,"${'x'.repeat(100_000)}`, 4096, { maxField: 50 });
    expect(head.fields).toEqual(['a', 'b']);
    expect(rec.problem).toEqual({ line: 2, reason: 'A field is longer than 50 characters' });
    expect(rec.fields[1].length).toBeLessThanOrEqual(50);
    const [wide] = readAll(`${','.repeat(5000)}x\n`, 100, { maxFields: 10 });
    expect(wide.problem?.reason).toBe('A row has more than 10 fields');
    expect(wide.fields).toHaveLength(10);
  });

  it('counts lines inside quoted fields, CRLF split across chunks included', () => {
    const text = 'h\r\n"a\r\nb\rc\nd"\r\nnext\r\n';
    for (let size = 1; size <= 4; size++)
      expect(readAll(text, size, { delimiter: ',' }).map((r) => r.line)).toEqual([1, 2, 6]);
  });

  it('picks tab or semicolon delimiters from the header line when asked to', () => {
    expect(readAll('a\tb\n1,5\t2\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(readAll('a;b\n1,5;2').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(readAll('a;b\n1,5;2', 100, { delimiter: ',' }).map((r) => r.fields)).toEqual([['a;b'], ['1', '5;2']]);
  });

  it('reads a file with no line end at all, and an empty file', () => {
    expect(readAll('a,b')).toEqual([{ fields: ['a', 'b'], line: 1 }]);
    expect(readAll('')).toEqual([]);
    expect(readAll('\ufeff')).toEqual([]);
  });
});
