import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  batchClaimJsonText,
  buildBatchReport,
  checkClaim,
  toBatchClaimJson,
  checkClaimGroups,
  ClaimCsvReader,
  ClaimHeaderError,
  findClaimColumns,
  normalizeDate,
  readClaimRow,
} from '../../../lib/claim';
import { dataset } from './helpers';

const FIXTURES = join(__dirname, '../../fixtures/claims');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');

function readCsv(text: string, chunk = 4096) {
  const reader = new ClaimCsvReader();
  for (let i = 0; i < text.length; i += chunk) reader.push(text.slice(i, i + chunk));
  reader.finish();
  return { groups: [...reader.store.groups()], badRows: reader.badRows, rowCount: reader.rowCount, reader };
}

describe('findClaimColumns (loose header names)', () => {
  it.each([
    [['Claim ID', 'DOS', 'CPT', 'Mod', 'Units'], { claimId: 0, dateOfService: 1, code: 2, modifiers: [3], units: 4 }],
    [
      ['Claim #', 'Date of Service', 'HCPCS', 'Modifiers', 'Qty'],
      { claimId: 0, dateOfService: 1, code: 2, modifiers: [3], units: 4 },
    ],
    [
      ['claim_no', 'Service Date', 'Proc', 'Modifier 2', 'Modifier 1', 'NOS'],
      { claimId: 0, dateOfService: 1, code: 2, modifiers: [4, 3], units: 5 },
    ],
    [
      ['Code', 'ClaimNo', 'Note', 'service-date'],
      { claimId: 1, dateOfService: 3, code: 0, modifiers: [], units: undefined },
    ],
  ])('%j', (header, expected) => {
    expect(findClaimColumns(header)).toEqual(expected);
  });

  it('rejects a header without a code column, naming what it found', () => {
    expect(() => findClaimColumns(['Claim ID', 'DOS', 'Description'])).toThrow(ClaimHeaderError);
    expect(() => findClaimColumns(['Claim ID', 'DOS', 'Description'])).toThrow(
      /no code \(CPT\/HCPCS\) column.*"Description"/,
    );
  });

  it('rejects two columns that both look like the code', () => {
    expect(() => findClaimColumns(['Claim', 'DOS', 'CPT', 'HCPCS'])).toThrow(
      '"CPT" and "HCPCS" both look like the code (CPT/HCPCS) column',
    );
  });
});

describe('readClaimRow and normalizeDate', () => {
  const cols = findClaimColumns(['Claim', 'DOS', 'CPT', 'Mod', 'Units']);
  it('splits modifiers on spaces, commas and hyphens and upper-cases them', () => {
    expect(readClaimRow(['C1', '2026-01-05', '64633', 'rt, xs-59', '1'], cols)).toEqual({
      claimId: 'C1',
      dateOfService: '2026-01-05',
      line: { code: '64633', modifiers: ['RT', 'XS', '59'], units: 1 },
    });
  });
  it.each([
    [['', '2026-01-05', '64633', '', '1'], 'claim id is empty'],
    [['C1', '', '64633', '', '1'], 'date of service is empty'],
    [['C1', '02/30/2026', '64633', '', '1'], 'date of service "02/30/2026" is not a date'],
    [['C1', '2026-01-05', '6463', '', '1'], 'is not a CPT or HCPCS code'],
    [['C1', '2026-01-05', '64633', 'RTX', '1'], 'modifier "RTX"'],
    [['C1', '2026-01-05', '64633', '', '1.5'], 'units "1.5" must be a whole number'],
    [['C1', '2026-01-05', '64633', '', ''], 'units are empty'],
    [['C1', '2026-01-05', '64633', '', '0'], 'units must be at least 1'],
  ])('%j → %s', (fields, reason) => {
    const r = readClaimRow(fields, cols);
    expect('reason' in r && r.reason).toContain(reason);
  });
  it.each([
    ['2026-01-05', '2026-01-05'],
    ['1/5/2026', '2026-01-05'],
    ['01-05-2026', '2026-01-05'],
    ['01/05/26', '2026-01-05'],
    ['20260105', '2026-01-05'],
    ['2024-02-29', '2024-02-29'],
    ['2026-02-29', null],
    ['13/01/2026', null],
    ['Jan 5', null],
  ])('normalizeDate(%j) = %j', (text, iso) => {
    expect(normalizeDate(text)).toBe(iso);
  });
});

describe('ClaimCsvReader on practice-system exports', () => {
  it('export-mixed.csv: groups by claim id + date, lists bad rows by file row, keeps the rest', () => {
    const { groups, badRows, rowCount } = readCsv(fixture('export-mixed.csv'));
    expect(rowCount).toBe(12);
    expect(groups.map((g) => [g.claimId, g.dateOfService, g.lines.map((l) => l.code), g.rows])).toEqual([
      ['A100', '2026-01-05', ['64633', '64634', '64490'], [2, 3, 4]],
      ['B200', '2026-01-06', ['64634'], [7]],
      ['C300', '2026-01-07', ['64633', '0213T'], [9, 10]],
      ['A100', '2026-01-06', ['64633'], [15]],
    ]);
    expect(groups[0].lines[1]).toEqual({ code: '64634', modifiers: ['RT'], units: 2 });
    expect(badRows).toEqual([
      { row: 8, claimId: 'C300', reason: expect.stringContaining('"6463" is not a CPT or HCPCS code') },
      { row: 11, claimId: 'D400', reason: expect.stringContaining('"13/45/2026" is not a date') },
      { row: 12, claimId: 'E500', reason: 'modifier "25X" must be exactly 2 letters or digits' },
      { row: 13, reason: 'claim id is empty' },
      { row: 14, claimId: 'F600', reason: 'units must be at least 1' },
    ]);
  });

  it('reads the same whatever the chunk size', () => {
    const text = fixture('export-mixed.csv');
    const whole = readCsv(text, text.length);
    const plain = ({ groups, badRows, rowCount }: ReturnType<typeof readCsv>) => ({ groups, badRows, rowCount });
    for (const size of [1, 3, 17, 64]) expect(plain(readCsv(text, size))).toEqual(plain(whole));
  });

  it('export-tabs.csv: tab-separated, YYYYMMDD dates, several modifiers in one quoted cell', () => {
    const { groups, badRows } = readCsv(fixture('export-tabs.csv'));
    expect(badRows).toEqual([]);
    expect(groups[0]).toMatchObject({
      claimId: 'X1',
      dateOfService: '2026-01-10',
      lines: [
        { code: '64633', modifiers: ['RT', 'XS'], units: 1 },
        { code: '64490', modifiers: ['LT'], units: 1 },
      ],
    });
  });

  it('export-no-code-column.csv: the header is rejected', () => {
    expect(() => readCsv(fixture('export-no-code-column.csv'))).toThrow(ClaimHeaderError);
  });

  it('an empty file has no header row', () => {
    expect(() => readCsv('')).toThrow('the file is empty');
  });

  it('checks each claim and marks the claim that lost rows as incomplete', () => {
    const { reader, badRows } = readCsv(fixture('export-mixed.csv'));
    const report = buildBatchReport('export-mixed.csv', 'practitioner', checkClaimGroups(reader, dataset), badRows);
    const [a100, b200, c300, a100later] = report.claims;
    expect(a100.findings.map((f) => [f.rule, f.severity, f.rows])).toEqual([
      ['ptp-pair', 'info', [2, 4]],
      ['ptp-pair', 'info', [3, 4]],
    ]);
    expect(b200.findings.map((f) => f.rule).sort()).toEqual(['addon-without-primary', 'mue-exceeded']);
    expect(c300.incompleteRows).toEqual([8]);
    expect(c300.findings[0]).toMatchObject({ rule: 'ptp-pair', severity: 'error', column2: '0213T', rows: [9, 10] });
    expect(a100later.findings).toEqual([]);
    expect(report.summary).toMatchObject({
      claims: 4,
      lines: 7,
      badRows: 5,
      claimsWithErrors: 2,
      claimsWithInfoOnly: 1,
      claimsWithoutFindings: 1,
    });
  });
});

describe('checkClaimGroups', () => {
  it('gives every claim the result checkClaim gives it alone, when identical claims share one result', () => {
    const rows = ['Claim ID,DOS,CPT,Mod,Units'];
    for (let i = 0; i < 300; i++) {
      const dos = `2026-01-0${1 + (i % 3)}`;
      rows.push(`A${i},${dos},64633,RT,1`, `A${i},${dos},${i % 2 ? '64634' : '64490'},,${1 + (i % 4)}`);
      if (i % 5 === 0) rows.push(`A${i},${dos},0213T,,1`);
    }
    const { reader } = readCsv(`${rows.join('\n')}\n`);
    const results = [...checkClaimGroups(reader, dataset)];
    expect(results).toHaveLength(300);
    for (const r of results) expect(r.result).toEqual(checkClaim(r.lines, dataset, { dateOfService: r.dateOfService }));
  });

  it('batchClaimJsonText writes exactly JSON.stringify(toBatchClaimJson(c))', () => {
    const { reader } = readCsv(fixture('export-mixed.csv'));
    const claims = [...checkClaimGroups(reader, dataset)];
    expect(claims.some((c) => c.result.findings.length > 0 && c.badRows.length > 0)).toBe(true);
    for (const c of claims) expect(batchClaimJsonText(c)).toBe(JSON.stringify(toBatchClaimJson(c)));
  });
});
