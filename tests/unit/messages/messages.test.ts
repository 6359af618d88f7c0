import { describe, expect, it } from 'vitest';
import { MAX_PAGE_CODES } from '../../../lib/codes';
import {
  ASK_ERRORS,
  ask,
  isOwnSender,
  listener,
  parseAnswerRequest,
  parseBackgroundRequest,
  parseContentMessage,
} from '../../../lib/messages';

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
      { type: 'csToBg:checkClaim', lines: [{ code: '64634', modifiers: [], units: 1 }], setting: 'dme' },
      { type: 'bgToCs:openPanel' },
      { type: '__proto__' },
    ];
    for (const msg of bad) expect(parseBackgroundRequest(msg), JSON.stringify(msg)).toBeUndefined();
  });

  it('accepts claim lines and the warm-up', () => {
    expect(
      parseBackgroundRequest({ type: 'csToBg:checkClaim', lines: [{ code: '64633', modifiers: ['RT'], units: 1 }] }),
    ).toEqual({ type: 'csToBg:checkClaim', lines: [{ code: '64633', modifiers: ['RT'], units: 1 }] });
    const lines = [{ code: '64633', modifiers: [], units: 1 }];
    expect(parseBackgroundRequest({ type: 'csToBg:checkClaim', lines, setting: 'outpatientHospital' })).toEqual({
      type: 'csToBg:checkClaim',
      lines,
      setting: 'outpatientHospital',
    });
    expect(parseBackgroundRequest({ type: 'csToBg:warmup', junk: 1 })).toEqual({ type: 'csToBg:warmup' });
  });

  it('content messages: exactly the three bgToCs types, as clean copies; nothing else', () => {
    for (const type of ['bgToCs:openPanel', 'bgToCs:checkClaim', 'bgToCs:scanStats'])
      expect(parseContentMessage({ type, x: '<img>' })).toEqual({ type });
    for (const msg of [{ type: 'csToBg:warmup' }, { type: 'bgToCs:other' }, { type: 'bgToCs:openPanel ' }, null, 'x'])
      expect(parseContentMessage(msg), JSON.stringify(msg)).toBeUndefined();
  });

  it('site requests are part of the one protocol and validated too', () => {
    expect(parseBackgroundRequest({ type: 'uiToBg:runOnce', tabId: 3 })).toEqual({ type: 'uiToBg:runOnce', tabId: 3 });
    expect(parseBackgroundRequest({ type: 'uiToBg:runOnce', tabId: -1 })).toBeUndefined();
    expect(parseAnswerRequest({ type: 'uiToBg:runOnce', tabId: 3 })).toBeUndefined();
  });

  it('the listener answers only our own contexts, and only what the validator accepts', async () => {
    const handled: unknown[] = [];
    const listen = listener('abc', parseContentMessage, (m) => {
      handled.push(m);
      return Promise.resolve('answer');
    });
    expect(listen({ type: 'bgToCs:openPanel' }, { id: 'other' })).toBeUndefined();
    expect(listen({ type: 'bgToCs:openPanel' }, {})).toBeUndefined();
    expect(listen({ type: 'nope' }, { id: 'abc' })).toBeUndefined();
    expect(await listen({ type: 'bgToCs:openPanel', x: 1 }, { id: 'abc' })).toBe('answer');
    expect(handled).toEqual([{ type: 'bgToCs:openPanel' }]);
  });

  it("ask: the answer as sent; no answer or a failed send become the answer type's own error", async () => {
    const req = { type: 'csToBg:warmup' } as const;
    expect(await ask(async () => ({ ok: true }), req)).toEqual({ ok: true });
    expect(await ask(async () => undefined, req)).toEqual({ ok: false, error: ASK_ERRORS.noAnswer });
    const refused = async () => {
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    expect(await ask(refused, req)).toEqual({ ok: false, error: ASK_ERRORS.unreachable });
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
