/**
 * One definition of code shapes, modifier syntax and limits (lib/codes/): every reader of codes agrees with
 * it, sample by sample. A reader that grows its own shape or limit fails here.
 */
import { describe, expect, it } from 'vitest';
import { codeProblem, modifierProblem, parseUnits } from '../../../lib/claim/parse-line';
import {
  CODE_KINDS,
  codeKind,
  isBillingCode,
  isModifier,
  MAX_CLAIM_LINES,
  MAX_MODIFIERS,
  MAX_PAGE_CODES,
  MAX_UNITS,
  normalizeCode,
  shapeKey,
} from '../../../lib/codes';
import { codeShape, inRange } from '../../../lib/editorial/code-ranges';
import { findCodes } from '../../../lib/detect';
import { checkCode } from '../../../lib/imports/descriptor-entry';
import { checkOrgNote } from '../../../lib/imports/org-note-entry';
import { parseBackgroundRequest, parseLines } from '../../../lib/messages';
import { claimLinesFrom } from '../../../lib/page/claim-lines';
import type { PageMatch } from '../../../lib/page/match-store';
import { readProcedure } from '../../../lib/remit/elements';
import { isCodeLike, normalizeCodeQuery } from '../../../lib/search/code-prefix';
import { parseSettings } from '../../../lib/settings';
import { withRecentLookup } from '../../../lib/settings/recent-lookups';
import { defaultSettings } from '../../../lib/settings/defaults';
import { runCli } from '../../helpers/cli';

/** One code of every shape, and look-alikes that are not codes. */
const CODES = ['64634', '1234F', '0213T', '0001U', '0002M', 'J1100', 'A0021', 'V5008'];
const NOT_CODES = ['6463', '646345', '0001A', '1234X', 'W1234', 'Z9999', 'J110', '99213.00', ''];

describe('code shapes: every reader agrees with lib/codes', () => {
  it.each(CODES.map((c) => [c]))('%s is a code everywhere', (code) => {
    expect(isBillingCode(code)).toBe(true);
    expect(normalizeCode(` +${code.toLowerCase()} `)).toEqual({ ok: true, code });
    expect(codeKind(code)).toBeDefined();
    // Detector (a code in running text, the dataset saying yes to everything).
    expect(findCodes(`Billed ${code} today`, { isKnown: () => true }).map((t) => t.code)).toEqual([code]);
    // Search, settings, imports, messages, claim lines, content ranges.
    expect(isCodeLike(normalizeCodeQuery(code))).toBe(true);
    expect(withRecentLookup(defaultSettings(), code).recentLookups).toEqual([code]);
    expect(parseSettings({ ...defaultSettings(), recentLookups: [code] }).value.recentLookups).toEqual([code]);
    expect(checkCode(code)).toEqual({ code });
    expect(parseBackgroundRequest({ type: 'csToBg:codeDetails', code, pageCodes: [code] })).toBeDefined();
    expect(codeProblem(code)).toBeNull();
    expect(codeShape(code)).toBe(shapeKey(code));
    expect(inRange(code, code, code)).toBe(true);
  });

  it.each(NOT_CODES.map((c) => [c]))('%j is no code anywhere', (text) => {
    expect(isBillingCode(text)).toBe(false);
    expect(normalizeCode(text).ok).toBe(false);
    expect(codeKind(text)).toBeUndefined();
    expect(findCodes(`Billed ${text} today`, { isKnown: () => true })).toEqual([]);
    expect(withRecentLookup(defaultSettings(), text).recentLookups).toEqual([]);
    expect(parseSettings({ ...defaultSettings(), recentLookups: [text] }).value.recentLookups).toEqual([]);
    expect(checkCode(text)).toHaveProperty('reason');
    expect(parseBackgroundRequest({ type: 'csToBg:codeDetails', code: text, pageCodes: [] })).toBeUndefined();
    expect(codeProblem(text)).not.toBeNull();
    expect(codeShape(text)).toBeUndefined();
  });

  it('a full code that is not a shape is never a code prefix in search', () => {
    for (const q of ['0001A', 'W1234', '1234X']) expect(isCodeLike(q)).toBe(false);
  });

  it('the CLI refuses what is not a code, naming the shapes', async () => {
    const r = await runCli('lookup', 'W1234');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Not a CPT or HCPCS code: "W1234" \(expected 5 digits, 4 digits followed by F, T, U or M/);
  });

  it('ranges stay within one family: category, and for HCPCS the letter', () => {
    expect(shapeKey('64490')).toBe(shapeKey('64495'));
    expect(shapeKey('6449F')).not.toBe(shapeKey('64490'));
    expect(shapeKey('J0000')).not.toBe(shapeKey('G0000'));
    expect(shapeKey('0002M')).not.toBe(shapeKey('99999'));
    const note = (codes: string) => checkOrgNote({ payer: 'aetna', codes, text: 'Attach the diary.', source: '' });
    expect(note('64490-64495')).not.toHaveProperty('reason');
    expect(note('0001M-99999')).toHaveProperty('reason', expect.stringMatching(/mixes different kinds/));
  });

  it('every kind has a label, and MAAA goes with Category I', () => {
    expect(CODE_KINDS.map(([k]) => k)).toEqual(['cptI', 'cptII', 'cptIII', 'pla', 'hcpcs']);
    expect(codeKind('0002M')).toBe('cptI');
  });
});

describe('modifier syntax and limits: one set of numbers on every side', () => {
  const line = (over: object) => ({ code: '64634', modifiers: [], units: 1, ...over });

  it('modifiers: two letters or digits, at most four, in messages, claim lines, the 835 reader and the CLI', () => {
    for (const m of ['59', 'XS', 'RT', 'F1']) {
      expect(isModifier(m)).toBe(true);
      expect(modifierProblem(m)).toBeNull();
    }
    for (const m of ['5', 'XSX', 'x-', '']) {
      expect(isModifier(m)).toBe(false);
      expect(modifierProblem(m)).not.toBeNull();
    }
    const four = ['RT', '59', 'XS', 'LT'];
    expect(four).toHaveLength(MAX_MODIFIERS);
    expect(parseLines([line({ modifiers: four })])).toBeDefined();
    expect(parseLines([line({ modifiers: [...four, '76'] })])).toBeUndefined();
    expect(readProcedure(`HC:64634:${four.join(':')}`, ':')).toMatchObject({ modifiers: four });
  });

  it('units: MUE-sized counts up to MAX_UNITS pass the page, the message check and the CLI alike', () => {
    expect(parseUnits(String(MAX_UNITS))).toBe(MAX_UNITS);
    expect(parseUnits(String(MAX_UNITS + 1))).toEqual(expect.any(String));
    expect(parseLines([line({ units: MAX_UNITS })])).toBeDefined();
    expect(parseLines([line({ units: MAX_UNITS + 1 })])).toBeUndefined();
    const node = { data: 'J7192' } as Text;
    const m = (units: number) =>
      ({
        code: 'J7192',
        system: 'HCPCS',
        category: 'HCPCS',
        start: 0,
        end: 5,
        modifiers: [],
        units,
        addOnMarker: false,
        role: 'billed',
        node,
      }) as PageMatch;
    expect(claimLinesFrom([m(MAX_UNITS)]).lines).toHaveLength(1);
    expect(claimLinesFrom([m(MAX_UNITS + 1)]).lines).toHaveLength(0);
  });

  it('claim lines: the page sends at most what the background accepts', () => {
    const many = Array.from({ length: MAX_CLAIM_LINES + 1 }, () => line({}));
    expect(parseLines(many.slice(0, MAX_CLAIM_LINES))).toBeDefined();
    expect(parseLines(many)).toBeUndefined();
    const node = { data: '64634' } as Text;
    const matches = many.map(
      (_, i) =>
        ({
          code: '64634',
          system: 'CPT',
          category: 'I',
          start: i,
          end: i + 5,
          modifiers: [],
          units: 1,
          addOnMarker: false,
          role: 'billed',
          node,
        }) as PageMatch,
    );
    expect(claimLinesFrom(matches).lines).toHaveLength(MAX_CLAIM_LINES);
  });

  it('page codes: a details request carries at most MAX_PAGE_CODES', () => {
    const codes = Array.from({ length: MAX_PAGE_CODES + 1 }, (_, i) => String(10000 + i));
    const req = (pageCodes: string[]) =>
      parseBackgroundRequest({ type: 'csToBg:codeDetails', code: '64634', pageCodes });
    expect(req(codes.slice(0, MAX_PAGE_CODES))).toBeDefined();
    expect(req(codes)).toBeUndefined();
  });
});
