import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MAX_SEGMENT_LENGTH,
  RemitFormatError,
  RemitReader,
  readCas,
  readRemit,
  readSeparators,
} from '../../../lib/remit';

const fixture = (name: string) => readFileSync(`tests/fixtures/remit/${name}`, 'utf8');

describe('readRemit on well-formed files', () => {
  const { claims, problems, counts } = readRemit(fixture('facet-denials.835'));

  it('reads every claim, line, adjustment and remark with amounts as written', () => {
    expect(problems).toEqual([]);
    expect(counts).toMatchObject({ interchanges: 1, transactions: 1, claims: 7, lines: 9 });
    const fac = claims[0];
    expect(fac).toMatchObject({
      claimId: 'FAC1001',
      status: '1',
      charge: 2410,
      paid: 612.4,
      payer: 'DEMO MEDICARE CONTRACTOR',
    });
    expect(fac.lines.map((l) => [l.code, l.modifiers.join('-'), l.units, l.charge, l.paid, l.dateOfService])).toEqual([
      ['64633', 'RT', 1, 1450, 466.44, '2026-11-02'],
      ['64634', '', 1, 650, 145.96, '2026-11-02'],
      ['77003', '', 1, 310, 0, '2026-11-02'],
    ]);
    expect(fac.lines[2].adjustments).toEqual([{ group: 'CO', reason: '97', amount: 310 }]);
    expect(fac.lines[2].remarks).toEqual(['M80']);
    expect(fac.lines[0].allowed).toBe(583);
    expect(fac.lines[0].controlNumber).toBe('FAC1001-1');
  });

  it('takes billed units from SVC07, CAS quantities and several triples per CAS', () => {
    const mue = claims[1].lines[0];
    expect(mue.units).toBe(200);
    expect(mue.adjustments[0]).toEqual({ group: 'CO', reason: '151', amount: 200, quantity: 80 });
    expect(claims[4].lines[0].adjustments).toEqual([
      { group: 'CO', reason: '45', amount: 57.7 },
      { group: 'PR', reason: '1', amount: 50 },
      { group: 'PR', reason: '3', amount: 20 },
    ]);
  });

  it('keeps claim-level adjustments and MOA remarks, and uses the claim date for lines without one', () => {
    const ruc = claims[6];
    expect(ruc.adjustments).toEqual([{ group: 'CO', reason: '16', amount: 240 }]);
    expect(ruc.remarks).toEqual(['MA130', 'N290']);
    expect(claims[3].lines[1].dateOfService).toBe('2026-11-05');
  });

  it('keeps no patient names', () => {
    expect(JSON.stringify(claims)).not.toMatch(/DOE|JANE|ROE/);
  });

  it('reads the same claims with other separators wrapped at 80 columns, and with CRLF-terminated segments', () => {
    for (const name of ['wrapped-pipes.835', 'newline-terminated.835']) {
      const other = readRemit(fixture(name));
      expect(other.problems, name).toEqual([]);
      expect(other.claims, name).toEqual(claims);
    }
  });

  it('gives the same result however the file is cut into chunks', () => {
    const text = fixture('wrapped-pipes.835');
    for (const size of [1, 7, 100, 4096]) {
      const got: unknown[] = [];
      const reader = new RemitReader((c) => got.push(c));
      for (let i = 0; i < text.length; i += size) reader.push(text.slice(i, i + size));
      reader.finish();
      expect(got, `chunks of ${size}`).toEqual(claims);
    }
  });
});

describe('readRemit on malformed files', () => {
  it('names the segment of each problem and still reads the rest', () => {
    const { claims, problems } = readRemit(fixture('malformed.835'));
    expect(claims.map((c) => c.claimId)).toEqual(['BAD8008', 'GOOD9009', 'CUT1010']);
    expect(claims[0].charge).toBeNull();
    expect(claims[0].lines[0].adjustments).toEqual([{ group: 'CO', reason: '97', amount: 310 }]);
    expect(claims[0].lines[1]).toMatchObject({ code: '64634', charge: null, paid: null });
    expect(claims[1]).toMatchObject({ charge: 180, paid: 52.3 });
    const bySegment = problems.map((p) => `${p.segment} ${p.segmentId ?? ''} ${p.message}`);
    expect(bySegment).toEqual([
      expect.stringMatching(/^8 CLP claim charge \(CLP03\) "ABC" is not an amount/),
      expect.stringMatching(/^11 CAS amount for reason 45 \(CAS06\) is missing/),
      expect.stringMatching(/^13 SVC line charge \(SVC02\) is missing/),
      expect.stringMatching(/^13 SVC line payment \(SVC03\) is missing/),
      expect.stringMatching(/^14 +"CAS\|CO\|45\|10" is not a segment id .*"\*" as the element separator/),
      expect.stringMatching(/^15 CAS unknown adjustment group "ZZ"/),
      expect.stringMatching(/^20 CLP claim payment \(CLP04\) is missing/),
      expect.stringMatching(/^20 +file ends inside a transaction/),
    ]);
    expect(problems.find((p) => p.segment === 11)?.claimId).toBe('BAD8008');
  });

  it('refuses a file without ISA, or with an impossible separator, with a clear error', () => {
    expect(() => readRemit(fixture('not-x12.835'))).toThrow(/does not start with an ISA segment/);
    expect(() => readRemit(fixture('bad-separator.835'))).toThrow(RemitFormatError);
    expect(() => readRemit(fixture('bad-separator.835'))).toThrow(/cannot be an element separator/);
    expect(() => readRemit('')).toThrow(/ISA/);
    expect(() => readRemit('ISA*00*  *00')).toThrow(/truncated/);
  });

  it('skips an endless segment without growing the buffer (wrong terminator or binary data)', () => {
    const isa = fixture('facet-denials.835').split('\n')[0];
    const reader = new RemitReader(() => {});
    reader.push(`${isa}\nST*835*1~`);
    const junk = 'x'.repeat(8192);
    for (let i = 0; i < (MAX_SEGMENT_LENGTH / junk.length) * 3; i++) reader.push(junk);
    reader.push('~CLP*OK1*1*10*10*0~SE*3*1~');
    reader.finish();
    expect(reader.problems[0].message).toMatch(/longer than 65536 characters without a terminator "~"/);
    expect(reader.counts.claims).toBe(1);
  });
});

describe('separators and CAS', () => {
  it('reads separators from ISA, including a terminator after a wrapping line break', () => {
    const isa = fixture('facet-denials.835').split('\n')[0];
    expect(readSeparators(isa).separators).toEqual({ element: '*', component: ':', repetition: '^', segment: '~' });
    const wrapped = `${isa.slice(0, 105)}\n~GS*HP~`;
    expect(readSeparators(wrapped).separators.segment).toBe('~');
    expect(readSeparators(`${isa.slice(0, 105)}\nGS*HP\n`).separators.segment).toBe('\n');
  });

  it('never gives a reason without an amount a value', () => {
    expect(readCas(['CAS', 'CO', '97', '310.00', '', '45']).adjustments).toEqual([
      { group: 'CO', reason: '97', amount: 310 },
    ]);
    expect(readCas(['CAS', 'CO', '97', '']).problems).toEqual(['amount for reason 97 (CAS03) is missing']);
    expect(readCas(['CAS', 'PR']).problems).toEqual(['has a group but no reason code and amount']);
  });
});
