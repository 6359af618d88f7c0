/**
 * The string tokenizer: every notation billers write, and the look-alikes it must leave alone.
 * Known-code membership comes from the real bundled dataset.
 */
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../helpers/fixture-dataset';
import { findCodes, mayContainCode, categoryOf, systemOf } from '../../../lib/detect';

const ds = fixtureDataset();
const isKnown = (c: string) => ds.has(c);
/** Compact rendering: `+64634-RT-59 x2 [64490..64495]`. */
const find = (text: string, ctx: Parameters<typeof findCodes>[1] extends infer O ? Omit<O, 'isKnown'> : never = {}) =>
  findCodes(text, { isKnown, ...ctx }).map(
    (t) =>
      `${t.addOnMarker ? '+' : ''}${t.code}${t.modifiers.map((m) => `-${m}`).join('')}${t.units === null ? '' : ` x${t.units}`}${t.range ? ` [${t.range.from}..${t.range.to}]` : ''}`,
  );

describe('code shapes', () => {
  it.each([
    ['64634', 'I', 'CPT'],
    ['2029F', 'II', 'CPT'],
    ['0213T', 'III', 'CPT'],
    ['0001U', 'PLA', 'CPT'],
    ['0002M', 'MAAA', 'CPT'],
    ['J1100', 'HCPCS', 'HCPCS'],
    ['G0260', 'HCPCS', 'HCPCS'],
  ])('%s is category %s, system %s, and is found when known', (code, cat, sys) => {
    expect(categoryOf(code)).toBe(cat);
    expect(systemOf(code)).toBe(sys);
    expect(find(`Code ${code} billed`)).toEqual([code]);
  });

  it('reports only codes the dataset knows', () => {
    expect(ds.has('99206')).toBe(false);
    expect(find('Codes 99206 and 99213')).toEqual(['99213']);
    expect(find('Codes 99206 and 99213', {}).length).toBe(1);
    expect(findCodes('CPT 99213', { isKnown: () => false })).toEqual([]);
  });

  it('prefilters strings without four digits in a row', () => {
    expect(mayContainCode('no codes here, 123 and 12-34')).toBe(false);
    expect(mayContainCode('J1100')).toBe(true);
  });

  it('gives offsets of the code itself', () => {
    const [t] = findCodes('Billed +64634-59 x2 today', { isKnown });
    expect([t.start, t.end]).toEqual([8, 13]);
    expect('Billed +64634-59 x2 today'.slice(t.start, t.end)).toBe('64634');
  });
});

describe('modifiers', () => {
  it.each([
    ['64634-59', '64634-59'],
    ['64634 59', '64634-59'],
    ['64634-XS', '64634-XS'],
    ['64633-50', '64633-50'],
    ['64633-RT-59', '64633-RT-59'],
    ['64633-RT 59', '64633-RT-59'],
    ['64479 -LT', '64479-LT'],
    ['99213-25, 99393', '99213-25'],
    ['64633 RT 59 billed', '64633-RT-59'],
    ['64634\u201359', '64634-59'],
  ])('%s → %s', (text, first) => {
    expect(find(text)[0]).toBe(first);
  });

  it('reads at most four modifiers', () => {
    expect(find('64633-RT-59-XS-GA-KX')).toEqual(['64633-RT-59-XS-GA']);
  });

  it('does not read numbers or words that are not modifiers', () => {
    expect(find('64493 L5-S1')).toEqual(['64493']);
    expect(find('99213 12 visits')).toEqual(['99213']);
    expect(find('99213 WA')).toEqual(['99213']);
  });

  it('reads X12 composites: HC:code:mod:mod and the segment units', () => {
    expect(find('SV1*HC:64634:59*400*UN*2*11**1~')).toEqual(['64634-59 x2']);
    expect(find('SV1*HC:64490:59:XS*1100*UN*1***1~')).toEqual(['64490-59-XS x1']);
    expect(find('SVC*HC:99213*100*80**1~')).toEqual(['99213 x1']);
    expect(find('SV2*0450*HC:99283:25*300*UN*1~')).toEqual(['99283-25 x1']);
    expect(find('SVC*HC:64634:RT*900*329.68~')).toEqual(['64634-RT']);
  });
});

describe('units', () => {
  it.each([
    ['64634x2', '64634 x2'],
    ['64634X2', '64634 x2'],
    ['64634 x 2', '64634 x2'],
    ['64634 \u00d7 2', '64634 x2'],
    ['64634\u00d72', '64634 x2'],
    ['64634 (2 units)', '64634 x2'],
    ['64634 (1 unit)', '64634 x1'],
    ['64634-RT x2, then', '64634-RT x2'],
    ['J0585 (100 units)', 'J0585 x100'],
    ['64634-59 x 2 units', '64634-59 x2'],
  ])('%s → %s', (text, expected) => {
    expect(find(text)).toEqual([expected]);
  });

  it('does not read decimals or long numbers as units', () => {
    expect(find('64634 x 2.5')).toEqual(['64634']);
    expect(find('64634 x 99213')).toEqual(['64634', '99213']);
  });
});

describe('add-on marker and ranges', () => {
  it('marks +code as an add-on marker', () => {
    expect(find('+64634 and 64633')).toEqual(['+64634', '64633']);
    expect(find('(+64491, +64492)')).toEqual(['+64491', '+64492']);
    expect(find('1+64634')).toEqual([]);
  });

  it.each([
    ['64490-64495', '64490 [64490..64495]', '64495 [64490..64495]'],
    ['99202\u201399215', '99202 [99202..99215]', '99215 [99202..99215]'],
    ['99202 through 99205', '99202 [99202..99205]', '99205 [99202..99205]'],
    ['99281 to 99285', '99281 [99281..99285]', '99285 [99281..99285]'],
    ['J9000-J9999', 'J9000 [J9000..J9999]', 'J9999 [J9000..J9999]'],
    ['0213T\u20130218T', '0213T [0213T..0218T]', '0218T [0213T..0218T]'],
  ])('%s marks both ends and knows the range', (text, from, to) => {
    expect(find(text)).toEqual([from, to]);
  });

  it('gives both ends offsets of their own', () => {
    const [a, b] = findCodes('codes 99202\u201399215 apply', { isKnown });
    expect([a.start, a.end, b.start, b.end]).toEqual([6, 11, 12, 17]);
  });

  it('rejects descending, mixed-shape or half-unknown "ranges" and the ids they look like', () => {
    expect(find('64495-64490')).toEqual([]);
    expect(find('99213-J1100')).toEqual([]);
    expect(find('64634-12345')).toEqual([]);
  });
});

describe('look-alikes', () => {
  it.each([
    ['longer digit runs', ['1064634', '992135', '6463400', 'PTAN 992135']],
    ['letters glued on', ['A99213', '99213A', 'XEH99213', 'MBR64634', 'Lot 99213A']],
    ['amounts', ['$64634', '$ 64634', '64,634.00', '99213.00', '$99,213.00', '-$99,213', 'USD 99213', '99213%']],
    [
      'ZIP codes',
      [
        'Spokane, WA 99213',
        'Spokane WA 99213',
        'WA 99201',
        'Spokane, WA 99220-1234',
        'ZIP 99213',
        'Zip Code: 99204',
        'Postal code 99223',
        '99213-1234',
      ],
    ],
    [
      'claim, member, payer and control numbers',
      [
        'Claim # 99213',
        'Claim No. 64634',
        'CLM-99213',
        'Member ID: 64633',
        'Payer ID 87726',
        'ICN 99291',
        'DCN 93000',
        'Control # 20553',
        'Patient Acct #97110',
        'ACNT 99213-SJ',
        'RP-99213',
        'INV-20552',
        'Check # 20552',
        'Check number 99214',
      ],
    ],
    [
      'NPIs, tax ids, phones',
      ['NPI 99213', 'Tax ID 99213', 'Phone: 99213', 'ext. 64634', 'Fax 99213', '(509) 992-1300', '1-800-992-1300'],
    ],
    ['dates and times', ['03/14/2024', '20240314', '2024-03-14', '99213:45']],
    [
      'spinal levels and rule ids',
      ['L5-S1', 'T12-L1', 'C5-C6', 'Pattern 20080', 'Pattern 99213', 'Rule 99215', 'Edit ID 64634'],
    ],
    ['modifier lists', ['22, 23, 24, 53, 59, or 66']],
    [
      'paths, URLs and X12 elements',
      [
        '/claims/99213',
        'http://x.test/99213',
        'a=99213',
        'PI*87726~',
        'N4*SPOKANE*WA*99201~',
        'DTM*472*20240314~',
        'GE*1*99213~',
        'REF*EI*99213~',
        'ABK:M5416*ABF:99213~',
      ],
    ],
    ['NDCs', ['NDC 00409-4888-01', '63323-0165-01']],
    [
      'invisible and foreign digits',
      ['99\u200b213', '\uff19\uff19\uff12\uff11\uff13', '\u0669\u0669\u0662\u0661\u0663'],
    ],
  ])('%s', (_kind, texts) => {
    for (const text of texts) expect(find(text), text).toEqual([]);
  });

  it('keeps codes next to look-alikes', () => {
    expect(find('CPT 99213 at the office in Spokane, WA 99201')).toEqual(['99213']);
    expect(find('Claim 2024031512345 line 1: 64633-RT')).toEqual(['64633-RT']);
    expect(find('Billed $165.00 for 99213 on 03/14/2024')).toEqual(['99213']);
    expect(find('64490/64491 pair')).toEqual(['64490', '64491']);
  });

  it('reads nouns after a determiner as prose, not labels', () => {
    expect(find('lines on this claim: 99213-25')).toEqual(['99213-25']);
    expect(find('Claim: 99213')).toEqual([]);
  });

  it('treats a sentence about ZIP codes as addresses unless a code is labelled', () => {
    expect(find('Spokane 99203, 99204 and 99205 (all ZIP codes in the county)')).toEqual([]);
    expect(find('CPT 99213 billed; ZIP 99203')).toEqual(['99213']);
  });

  it('uses context from neighbouring text and the table column', () => {
    expect(find('99213', { before: 'Zip Code:\n' })).toEqual([]);
    expect(find('99213', { before: 'Procedure: ' })).toEqual(['99213']);
    expect(find('64634', { after: '-59 x2' })).toEqual(['64634-59 x2']);
    expect(find('99213', { column: 'negative' })).toEqual([]);
    expect(find('99213', { column: 'modifier' })).toEqual([]);
    expect(find('99213', { column: 'code' })).toEqual(['99213']);
    // Precision where context is absent: a lone number in a column that is not a code column.
    expect(find('99213', { column: 'neutral' })).toEqual([]);
    expect(find('2029F', { column: 'neutral' })).toEqual(['2029F']);
    expect(find('99213', {})).toEqual(['99213']);
  });
});

describe('fixed-width print layout (SPR)', () => {
  const spr = [
    'PERF PROV   SERV DATE    POS  NOS  PROC   MODS           BILLED',
    'NAME SMITH, JOHN   ACNT 99213-SJ  ICN 0224012345670',
    '1588667790  0314 031424  11   2    64634  RT 59         900.00',
    '1588667790  0314 031424  11   1    99213                150.00',
  ].join('\n');
  it('takes MODS and NOS from the line and ignores code-shaped values in other columns', () => {
    expect(find(spr)).toEqual(['64634-RT-59 x2', '99213 x1']);
  });
});
