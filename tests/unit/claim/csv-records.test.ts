import { describe, expect, it } from 'vitest';
import { CsvRecordReader, type CsvRecord } from '../../../lib/claim';

function readAll(text: string, chunk = text.length): CsvRecord[] {
  const r = new CsvRecordReader();
  const out: CsvRecord[] = [];
  for (let i = 0; i < text.length; i += chunk) out.push(...r.push(text.slice(i, i + chunk)));
  out.push(...r.end());
  return out;
}

describe('CsvRecordReader', () => {
  const sample = '\ufeffa,"b ""q""",c\r\n1,"x,\r\ny",3\r\n\r\n"",2,\r"tail"';

  it('reads quotes, doubled quotes, embedded line breaks, BOM, CRLF and CR, and skips blank lines', () => {
    expect(readAll(sample)).toEqual([
      { fields: ['a', 'b "q"', 'c'], row: 1 },
      { fields: ['1', 'x,\r\ny', '3'], row: 2 },
      { fields: ['', '2', ''], row: 5 },
      { fields: ['tail'], row: 6 },
    ]);
  });

  it('gives the same records whatever the chunk size (quotes and CRLF split across chunks)', () => {
    const whole = readAll(sample);
    for (let size = 1; size <= 7; size++) expect(readAll(sample, size)).toEqual(whole);
  });

  it('flags a quoted field that never closes', () => {
    expect(readAll('a,b\n1,"open\n2,3')).toEqual([
      { fields: ['a', 'b'], row: 1 },
      { fields: ['1', 'open\n2,3'], row: 2, unterminatedQuote: true },
    ]);
  });

  it('picks tab or semicolon delimiters from the header line', () => {
    expect(readAll('a\tb\n1,5\t2\n').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
    expect(readAll('a;b\n1,5;2').map((r) => r.fields)).toEqual([
      ['a', 'b'],
      ['1,5', '2'],
    ]);
  });

  it('reads a file with no line end at all, and an empty file', () => {
    expect(readAll('a,b')).toEqual([{ fields: ['a', 'b'], row: 1 }]);
    expect(readAll('')).toEqual([]);
    expect(readAll('\ufeff')).toEqual([]);
  });
});
