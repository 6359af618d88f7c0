import { describe, expect, it } from 'vitest';
import { answer, type AnswerContext } from '../../../lib/background/answer';
import { createMessageListener } from '../../../lib/background/message-listener';
import { createContentProvider } from '../../../lib/editorial/content-provider';
import type { CodeDetailsResponse } from '../../../lib/messages';
import { defaultSettings } from '../../../lib/settings/defaults';
import { fixtureDataset } from '../../helpers/fixture-dataset';

const settings = () => {
  const s = defaultSettings();
  s.payers.selected = ['medicare', 'aetna'];
  return s;
};
const ctx: AnswerContext = {
  dataset: async () => fixtureDataset(),
  settings: async () => settings(),
  content: (s, ds) =>
    createContentProvider({ dataset: ds, macJurisdiction: s.payers.macJurisdiction, bcbsPlan: s.payers.bcbsPlan }),
};

describe('background answers (real dataset)', () => {
  it('details of 64634: add-on of 64633, MUE 4, the chosen payers, no PTP pair with 64633', async () => {
    const res = await answer({ type: 'csToBg:codeDetails', code: '64634', pageCodes: ['64633', '64490'] }, ctx);
    if (!res.ok) throw new Error(res.error);
    const d = res.details;
    expect(d.report.addOn.primaries).toEqual(['64633']);
    expect(d.report.mue.practitioner?.units).toBe(4);
    expect(d.report.mue.practitioner?.mai).toBe(3);
    expect(d.payers).toEqual(['medicare', 'aetna']);
    expect(d.pagePairs.find((e) => [e.column1, e.column2].includes('64633'))).toBeUndefined();
    expect(d.findings).toBeNull();
  });

  it('lists the page pairs with their modifier indicators: 64633 with 64490 is 1, with 0213T is 0', async () => {
    const res = await answer(
      { type: 'csToBg:codeDetails', code: '64633', pageCodes: ['64490', '0213T', '64634'] },
      ctx,
    );
    if (!res.ok) throw new Error(res.error);
    const ind = Object.fromEntries(
      res.details.pagePairs.map((e) => [e.column1 === '64633' ? e.column2 : e.column1, e.modifierIndicator]),
    );
    expect(ind).toEqual({ '64490': 1, '0213T': 0 });
    const c = res.details.column1Indicators;
    expect(c.noModifier + c.modifierAllowed + c.notApplicable).toBe(res.details.report.ptp.column1Count);
  });

  it('runs the claim check over given lines and keeps the findings that involve the code', async () => {
    const res = await answer(
      { type: 'csToBg:codeDetails', code: '64634', pageCodes: [], lines: [{ code: '64634', modifiers: [], units: 5 }] },
      ctx,
    );
    if (!res.ok) throw new Error(res.error);
    expect(res.details.findings?.map((f) => f.rule).sort()).toEqual(['addon-without-primary', 'mue-exceeded']);
  });

  it('a failing dataset load becomes a plain error answer, not a rejection', async () => {
    const broken: AnswerContext = {
      ...ctx,
      dataset: async () => {
        throw new Error('boom');
      },
    };
    const res = await answer({ type: 'csToBg:codeDetails', code: '64634', pageCodes: [] }, broken);
    expect(res.ok).toBe(false);
    expect((res as { error: string }).error).not.toContain('boom');
  });

  it('the listener ignores other senders and malformed messages, and answers ours', async () => {
    const listener = createMessageListener('me', ctx);
    expect(
      listener({ type: 'csToBg:codeDetails', code: '64634', pageCodes: [] }, { id: 'someone-else' }),
    ).toBeUndefined();
    expect(listener({ type: 'csToBg:codeDetails', code: 'nope' }, { id: 'me' })).toBeUndefined();
    const res = (await listener(
      { type: 'csToBg:codeDetails', code: '64634', pageCodes: [] },
      { id: 'me' },
    )) as CodeDetailsResponse;
    expect(res.ok).toBe(true);
  });
});
