/**
 * The UI script is injected only for this extension's own content scripts, only into the asking frame, and
 * only as the one built file (lib/background/ui-script.ts).
 */
import { describe, expect, it } from 'vitest';
import { UI_LOAD_ERROR, uiScriptListener } from '../../../lib/background/ui-script';
import { UI_SCRIPT_JS } from '../../../lib/sites/registration';

const ID = 'claimlens-test-id';

function recordingScripting(fail = false) {
  const calls: unknown[] = [];
  return {
    calls,
    scripting: {
      executeScript: (injection: unknown) => {
        calls.push(injection);
        return fail ? Promise.reject(new Error('Cannot access contents of the page')) : Promise.resolve([]);
      },
    },
  };
}

describe('uiScriptListener', () => {
  it('injects the UI script into the sender’s own tab and frame, and answers once it ran', async () => {
    const api = recordingScripting();
    const listen = uiScriptListener(ID, api);
    const answer = await listen({ type: 'csToBg:loadUi' }, { id: ID, tab: { id: 7 }, frameId: 3 });
    expect(answer).toEqual({ ok: true });
    expect(api.calls).toEqual([{ target: { tabId: 7, frameIds: [3] }, files: [`/${UI_SCRIPT_JS}`] }]);
  });

  it('targets the asking document when the browser names it, so a frame that navigated since gets nothing', async () => {
    const api = recordingScripting();
    const listen = uiScriptListener(ID, api);
    const sender = { id: ID, tab: { id: 7 }, frameId: 3, documentId: 'DOC-1' };
    expect(await listen({ type: 'csToBg:loadUi' }, sender)).toEqual({ ok: true });
    expect(api.calls).toEqual([{ target: { tabId: 7, documentIds: ['DOC-1'] }, files: [`/${UI_SCRIPT_JS}`] }]);
  });

  it('ignores other senders and other messages (no answer, nothing injected)', () => {
    const api = recordingScripting();
    const listen = uiScriptListener(ID, api);
    expect(listen({ type: 'csToBg:loadUi' }, { id: 'another-extension', tab: { id: 7 }, frameId: 0 })).toBeUndefined();
    expect(listen({ type: 'csToBg:loadUi' }, { tab: { id: 7 }, frameId: 0 })).toBeUndefined();
    expect(listen({ type: 'csToBg:warmup' }, { id: ID, tab: { id: 7 }, frameId: 0 })).toBeUndefined();
    expect(listen('csToBg:loadUi', { id: ID, tab: { id: 7 }, frameId: 0 })).toBeUndefined();
    expect(api.calls).toEqual([]);
  });

  it('a sender outside a tab frame, or a frame the extension may not access, gets a plain error', async () => {
    const api = recordingScripting(true);
    const listen = uiScriptListener(ID, api);
    expect(await listen({ type: 'csToBg:loadUi' }, { id: ID })).toEqual({ ok: false, error: UI_LOAD_ERROR });
    expect(api.calls).toEqual([]);
    expect(await listen({ type: 'csToBg:loadUi' }, { id: ID, tab: { id: 7 }, frameId: 0 })).toEqual({
      ok: false,
      error: UI_LOAD_ERROR,
    });
  });
});
