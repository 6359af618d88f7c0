/**
 * What a modifier on a claim line does to the claim's PTP edits (lib/modifiers/modifier-on-claim.ts), over
 * the real bundled tables, and the message that asks for it (lib/messages.ts).
 */
import { describe, expect, it } from 'vitest';
import { fixtureDataset } from '../../helpers/fixture-dataset';
import { parseClaimLines } from '../../../lib/claim';
import { parseBackgroundRequest } from '../../../lib/messages';
import { modifierOnClaim } from '../../../lib/modifiers/modifier-on-claim';

const ds = fixtureDataset();
const TODAY = '2026-12-03';
/** The demo portal's claim: 64633-RT, 64634-RTx2, 64490-59, 77003, J1100x10, 99213-25. */
const DEMO = parseClaimLines(['64633-RT', '64634-RTx2', '64490-59', '77003', 'J1100x10', '99213-25']);
const ask = (modifier: string, lineIndex: number, lines = DEMO) =>
  modifierOnClaim(ds, { modifier, lines, lineIndex }, TODAY);
const verdicts = (v: ReturnType<typeof ask>) => v.pairs.map((p) => `${p.code}@${p.line}:${p.verdict}`);

describe('modifierOnClaim', () => {
  it('RT on 64634: Level II text with its table and date; RT alone does not bypass the edit with 77003', () => {
    const v = ask('RT', 1);
    expect(v.report).toMatchObject({ kind: 'hcpcs-level-ii', short: 'Right side', ncciPtpAssociated: true });
    expect(v.report.source).toEqual(ds.source('hcpcsModifiers'));
    expect(v.on).toEqual({ line: 2, code: '64634' });
    expect(verdicts(v)).toContain('77003@4:not-bypassed');
    expect(v.pairs.find((p) => p.code === '77003')?.reason).toMatch(/only one line names a site/);
    expect(v.ptpSource).toEqual(ds.source('ptp'));
  });

  it('59 on 64490 bypasses the indicator-1 edit with 64633; a different site on both lines lets RT bypass too', () => {
    expect(verdicts(ask('59', 2))).toContain('64633@1:bypassed');
    const lines = parseClaimLines(['64633-LT', '64490-RT']);
    expect(verdicts(ask('RT', 1, lines))).toEqual(['64633@1:bypassed']);
  });

  it('E/M: 25 on 99213 bypasses its edit with 64633; 59 on 99213 does not, and says 25 is the E/M modifier', () => {
    expect(verdicts(ask('25', 5))).toContain('64633@1:bypassed');
    const lines = parseClaimLines(['64633', '99213-59']);
    const v = ask('59', 1, lines);
    expect(verdicts(v)).toEqual(['64633@1:not-bypassed']);
    expect(v.pairs[0].reason).toMatch(/should not be appended to an E&M code.*25/);
  });

  it('a modifier that is not PTP-associated (76, GA) bypasses nothing, saying why', () => {
    const lines = parseClaimLines(['64633', '64490-76']);
    expect(ask('76', 1, lines).pairs[0]).toMatchObject({ verdict: 'not-bypassed' });
    const ga = ask('GA', 1, parseClaimLines(['64633', '64490-GA']));
    expect(ga.pairs[0].reason).toMatch(/not an NCCI PTP-associated modifier/);
  });

  it('no claim lines: the report alone, no line, no pairs, the PTP table still named', () => {
    const v = modifierOnClaim(ds, { modifier: 'xs' }, TODAY);
    expect(v).toMatchObject({ on: null, pairs: [] });
    expect(v.report).toMatchObject({ modifier: 'XS', known: true });
    expect(v.ptpSource).toEqual(ds.source('ptp'));
  });

  it('a CPT modifier carries the project’s own words and the manual section, never a HCPCS table', () => {
    const v = ask('59', 2);
    expect(v.report.kind).toBe('cpt');
    expect(v.report.label).toMatch(/ClaimLens's own description/);
    expect(v.report.documents.map((d) => d.section)).toContain('Chapter I §E');
  });
});

describe('csToBg:explainModifier validation', () => {
  const lines = [{ code: '64633', modifiers: ['RT'], units: 1 }];
  it('accepts a modifier alone, or with claim lines and an index into them', () => {
    expect(parseBackgroundRequest({ type: 'csToBg:explainModifier', modifier: 'RT' })).toEqual({
      type: 'csToBg:explainModifier',
      modifier: 'RT',
    });
    expect(parseBackgroundRequest({ type: 'csToBg:explainModifier', modifier: '59', lines, lineIndex: 0 })).toEqual({
      type: 'csToBg:explainModifier',
      modifier: '59',
      lines,
      lineIndex: 0,
    });
  });
  it.each([
    ['a three-letter modifier', { modifier: 'RTX' }],
    ['page text as modifier', { modifier: 'Jane Doe' }],
    ['an index past the lines', { modifier: 'RT', lines, lineIndex: 1 }],
    ['an index without lines', { modifier: 'RT', lineIndex: 0 }],
    ['lines without an index', { modifier: 'RT', lines }],
  ])('refuses %s', (_what, body) => {
    expect(parseBackgroundRequest({ type: 'csToBg:explainModifier', ...body })).toBeUndefined();
  });
});
