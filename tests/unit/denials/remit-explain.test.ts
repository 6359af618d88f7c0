import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findCause, linkedRules, NO_EDIT_EXPLAINS } from '../../../lib/denials/cause';
import { explainRemitClaim } from '../../../lib/denials/remit-explain';
import { checkClaim } from '../../../lib/claim';
import { readRemit } from '../../../lib/remit';
import { fixtureDataset } from '../../helpers/fixture-dataset';

const dataset = fixtureDataset();
const { claims } = readRemit(readFileSync('tests/fixtures/remit/facet-denials.835', 'utf8'));
const explained = claims.map((c) => explainRemitClaim(c, dataset));
const byId = (id: string) => explained.find((c) => c.claimId === id)!;

describe('explainRemitClaim', () => {
  it('ties CO-97 + M80 on 77003 to the PTP edits with 64633 and 64634 on the same claim', () => {
    const adj = byId('FAC1001').lines[2].adjustments[0];
    expect(adj).toMatchObject({ group: 'CO', reason: '97', amount: 310 });
    expect(adj.meaning).toBe('CO (contractual obligation): Paid as part of another service (bundled)');
    expect(adj.cause?.rule).toBe('ptp-pair');
    expect(adj.cause?.codes).toEqual(['64633', '64634', '77003']);
    expect(adj.cause?.detail).toMatch(
      /^Likely cause: 64633 \(line 1\) and 64634 \(line 2\) bundle 77003 — NCCI PTP edit/,
    );
    expect(adj.cause?.detail).toMatch(/Modifier indicator 1: .*XS/);
    expect(adj.cause?.detail).toMatch(/NCCI PTP edits, practitioner services \(active\), as of 2024-07-01/);
    expect(byId('FAC1001').lines[2].remarks).toEqual([
      { code: 'M80', meaning: 'Not paid with a service already processed the same day' },
    ]);
  });

  it('lets CO-45 and PR-2 explain themselves without a rule', () => {
    const [co45, pr2] = byId('FAC1001').lines[0].adjustments;
    expect(co45.cause).toBeNull();
    expect(pr2.cause).toBeNull();
    expect(pr2.meaning).toBe("PR (patient responsibility): Patient's coinsurance");
  });

  it('ties CO-151 + N362 to the MUE value and MAI for the billed units', () => {
    const adj = byId('MUE2002').lines[0].adjustments[0];
    expect(adj.cause?.rule).toBe('mue-exceeded');
    expect(adj.cause?.detail).toMatch(/200 units of J1100 exceed its practitioner MUE of 120 \(MAI 3/);
    // The line's N362 belongs to the CO-151; CO-45 and PR-2 beside it keep their own meaning.
    const others = byId('MUE2002').lines[0].adjustments.slice(1);
    expect(others.map((a) => [a.reason, a.cause])).toEqual([
      ['45', null],
      ['2', null],
    ]);
  });

  it('ties CO-B15 + N122 on a lone add-on to its missing primary', () => {
    const adj = byId('ADD3003').lines[0].adjustments[0];
    expect(adj.cause).toMatchObject({ rule: 'addon-without-primary', codes: ['64634'] });
    expect(adj.cause?.detail).toMatch(/listed primary codes on the same claim: 64633/);
  });

  it('ties CO-236 on 20610 to its PTP edit with 64493, using the claim date for lines without one', () => {
    const adj = byId('PTP4004').lines[1].adjustments[0];
    expect(adj.cause?.rule).toBe('ptp-pair');
    expect(adj.cause?.codes).toEqual(['64493', '20610']);
  });

  it('ties CO-181 to the terminated code', () => {
    const adj = byId('TRM6006').lines[0].adjustments[0];
    expect(adj.cause).toMatchObject({ rule: 'terminated-code', codes: ['A4397'] });
    expect(adj.cause?.detail).toMatch(/terminated on 2021-12-31/);
  });

  it('keeps claim-level adjustments and remarks with their meanings', () => {
    const ruc = byId('RUC7007');
    expect(ruc.adjustments[0].meaning).toMatch(/^CO \(contractual obligation\): Claim is missing information/);
    expect(ruc.remarks.map((r) => r.code)).toEqual(['MA130', 'N290']);
  });
});

describe('findCause', () => {
  const lines = [
    { code: '64493', modifiers: [], units: 1 },
    { code: '99213', modifiers: ['25'], units: 1 },
  ];
  const ctx = { check: checkClaim(lines, dataset), lineNumbers: [1, 2], dataset, setting: 'practitioner' as const };

  it('says no edit explains a bundling denial when the denied code is not column 2 of any pair', () => {
    // 64493 is column 1 of its pair with 99213: a CO-97 on it is not explained by that edit.
    expect(findCause('97', ['M80'], 0, ctx)).toEqual({ rule: null, codes: [], detail: NO_EDIT_EXPLAINS });
  });

  it('reports a bypassing modifier already on the claim instead of advising to add one', () => {
    const cause = findCause('97', [], 1, ctx);
    expect(cause?.rule).toBe('ptp-pair');
    expect(cause?.detail).toMatch(/already carries 25/);
  });

  it('gives the MUE value when units are within it, without claiming it as the cause', () => {
    const cause = findCause('151', ['N362'], 0, ctx);
    expect(cause?.rule).toBeNull();
    expect(cause?.detail).toMatch(/MUE for 64493 is \d+ \(MAI \d.*does not explain it.*No edit among/);
  });

  it('follows remark codes when the reason code alone links to nothing', () => {
    expect(linkedRules('96', ['N362'])).toEqual(['mue-exceeded']);
    expect(linkedRules('45', [])).toEqual([]);
    expect(linkedRules('45', ['N362'])).toEqual([]);
    expect(linkedRules('288', ['N362'])).toEqual(['mue-exceeded']);
    expect(linkedRules('236', [])).toEqual(['ptp-pair', 'addon-without-primary']);
  });
});
