import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../lib/csv/parse-csv';

describe('parseCsv', () => {
  it('reads quoted fields, doubled quotes, quoted line breaks, CRLF and a BOM, with row lines', () => {
    const text = '\ufeffcode,text\r\n64634,"plain, with comma"\r\n\r\nJ1100,"say ""hi""\nnext line"\r\n99999,last';
    const r = parseCsv(text);
    expect(r).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['code', 'text'] },
        { line: 2, fields: ['64634', 'plain, with comma'] },
        { line: 4, fields: ['J1100', 'say "hi"\nnext line'] },
        { line: 6, fields: ['99999', 'last'] },
      ],
    });
  });

  it('handles lone CR line ends and a trailing newline', () => {
    expect(parseCsv('a,b\rc,d\r')).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['a', 'b'] },
        { line: 2, fields: ['c', 'd'] },
      ],
    });
  });

  it('rejects an unterminated quote, naming the line it opened on', () => {
    expect(parseCsv('a,b\nc,"open\nmore\n')).toEqual({ ok: false, line: 2, reason: 'A quoted field is never closed' });
  });

  it('rejects a stray quote inside an unquoted field', () => {
    expect(parseCsv('a,b\nc,d"e\n')).toMatchObject({ ok: false, line: 2 });
  });

  it('rejects text after a closing quote', () => {
    expect(parseCsv('a,"b"c\n')).toMatchObject({
      ok: false,
      line: 1,
      reason: expect.stringMatching(/follows a closing quote/),
    });
  });

  it('keeps empty fields, trailing commas and a final row without a line break', () => {
    expect(parseCsv('a,,c,\n"",x')).toEqual({
      ok: true,
      rows: [
        { line: 1, fields: ['a', '', 'c', ''] },
        { line: 2, fields: ['', 'x'] },
      ],
    });
  });

  it('rejects an over-long field', () => {
    expect(parseCsv(`a,${'x'.repeat(50)}`, 20)).toMatchObject({
      ok: false,
      line: 1,
      reason: expect.stringMatching(/longer than 20/),
    });
    expect(parseCsv(`a,"${'x'.repeat(50)}"`, 20)).toMatchObject({
      ok: false,
      line: 1,
      reason: expect.stringMatching(/longer than 20/),
    });
  });
});
