import { describe, expect, it } from 'vitest';
import { cappedLines, printable, printableReport, quoted } from '../../../lib/text/printable';

describe('printable', () => {
  it('escapes line breaks, ESC, C1, bidi and zero-width characters so one value stays one visible line', () => {
    expect(printable('A1\nClaims with errors: 0')).toBe('A1\\nClaims with errors: 0');
    expect(printable('x\u001b[8mhidden\u001b[0m')).toBe('x\\u001b[8mhidden\\u001b[0m');
    expect(printable('\r\t\u009b\u202egnp.exe\u200b\u2028')).toBe('\\r\\t\\u009b\\u202egnp.exe\\u200b\\u2028');
    expect(printable('plain 64633-RT, café ✓ 😀')).toBe('plain 64633-RT, café ✓ 😀');
  });

  it('cuts long values with a marker saying how much was left out, never inside a surrogate pair', () => {
    expect(printable('x'.repeat(30_000_000), 10)).toBe(`${'x'.repeat(10)}…[+29999990 characters]`);
    expect(printable(`abcd😀ef`, 5)).toBe('abcd…[+4 characters]');
    expect(quoted('a\nb')).toBe('"a\\nb"');
  });

  it('escapes a lone surrogate', () => {
    expect(printable('a\ud800b')).toBe('a\\ud800b');
  });

  it('printableReport keeps the report’s own line feeds and tabs, escapes the rest as valid JSON escapes', () => {
    const report = printableReport('line 1\n\tline 2\u001b[2J\r\u009b');
    expect(report).toBe('line 1\n\tline 2\\u001b[2J\\r\\u009b');
    expect(JSON.parse(printableReport(JSON.stringify({ id: 'a\u009b\u202e' })))).toEqual({ id: 'a\u009b\u202e' });
    expect(printableReport('Claim 😀 · café\n')).toBe('Claim 😀 · café\n');
    expect(printableReport('lone \ud83d end')).toBe('lone \\ud83d end');
  });

  it('cappedLines lists at most max items, then "… and N more"', () => {
    expect(cappedLines([1, 2, 3, 4], 2, String, 'rows')).toEqual(['1', '2', '… and 2 more rows']);
    expect(cappedLines([1, 2], 2, String, 'rows')).toEqual(['1', '2']);
  });
});
