import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CODES } from '../../../lib/codes';
import { isOwnSender, parseBackgroundRequest, parseContentMessage } from '../../../lib/messages';

describe('message validators', () => {
  it('accepts a well-formed details request and returns a clean copy (deduplicated codes, no extra fields)', () => {
    const req = parseBackgroundRequest({
      type: 'csToBg:codeDetails',
      code: '64634',
      pageCodes: ['64633', '64633', 'J1100'],
      extra: '<img>',
    });
    expect(req).toEqual({ type: 'csToBg:codeDetails', code: '64634', pageCodes: ['64633', 'J1100'] });
  });

  it('rejects malformed requests', () => {
    const bad: unknown[] = [
      null,
      'csToBg:codeDetails',
      [],
      { type: 'csToBg:codeDetails' },
      { type: 'csToBg:codeDetails', code: '6463' },
      { type: 'csToBg:codeDetails', code: '64634 ' },
      { type: 'csToBg:codeDetails', code: '64634', pageCodes: 'x' },
      { type: 'csToBg:codeDetails', code: '64634', pageCodes: ['<b>'] },
      { type: 'csToBg:codeDetails', code: '64634', pageCodes: Array(MAX_PAGE_CODES + 1).fill('64633') },
      {
        type: 'csToBg:codeDetails',
        code: '64634',
        pageCodes: [],
        lines: [{ code: '64634', modifiers: ['RTX'], units: 1 }],
      },
      { type: 'csToBg:checkClaim', lines: [] },
      { type: 'csToBg:checkClaim', lines: [{ code: '64634', modifiers: [], units: 0 }] },
      { type: 'csToBg:checkClaim', lines: [{ code: '64634', modifiers: [], units: 1.5 }] },
      { type: 'bgToCs:openPanel' },
      { type: '__proto__' },
    ];
    for (const msg of bad) expect(parseBackgroundRequest(msg), JSON.stringify(msg)).toBeUndefined();
  });

  it('accepts claim lines and the warm-up', () => {
    expect(
      parseBackgroundRequest({ type: 'csToBg:checkClaim', lines: [{ code: '64633', modifiers: ['RT'], units: 1 }] }),
    ).toEqual({ type: 'csToBg:checkClaim', lines: [{ code: '64633', modifiers: ['RT'], units: 1 }] });
    expect(parseBackgroundRequest({ type: 'csToBg:warmup', junk: 1 })).toEqual({ type: 'csToBg:warmup' });
  });

  it('content messages: only the open-panel message', () => {
    expect(parseContentMessage({ type: 'bgToCs:openPanel', x: 1 })).toEqual({ type: 'bgToCs:openPanel' });
    expect(parseContentMessage({ type: 'csToBg:warmup' })).toBeUndefined();
  });

  it('only our own extension id is a valid sender', () => {
    expect(isOwnSender({ id: 'abc' }, 'abc')).toBe(true);
    expect(isOwnSender({ id: 'other' }, 'abc')).toBe(false);
    expect(isOwnSender({}, 'abc')).toBe(false);
    expect(isOwnSender(undefined, 'abc')).toBe(false);
  });

  it("a details request may carry the code's claim for the verdict strip; a malformed claim refuses the request", () => {
    const base = { type: 'csToBg:codeDetails', code: '64634', pageCodes: [] };
    const lines = [
      { code: '64633', modifiers: ['RT'], units: 1 },
      { code: '64634', modifiers: ['RT'], units: 2 },
    ];
    expect(parseBackgroundRequest({ ...base, claim: { lines, index: 1, dateOfService: '2026-03-31' } })).toEqual({
      ...base,
      claim: { lines, index: 1, dateOfService: '2026-03-31' },
    });
    for (const claim of [
      { lines: [] },
      { lines, index: 2 },
      { lines, index: -1 },
      { lines, index: 0.5 },
      { lines, dateOfService: '03/31/2026' },
      { lines: [{ code: '64634', modifiers: [], units: 0 }] },
      'claim',
    ])
      expect(parseBackgroundRequest({ ...base, claim }), JSON.stringify(claim)).toBeUndefined();
  });
});
