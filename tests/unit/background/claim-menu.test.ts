/**
 * "Check this claim" plumbing in the background: the context-menu item on a selection, its click (inject
 * once, then ask the top frame to check its own selection, forwarding no page text), the content message's
 * validation, and the tables named in a checkClaim answer.
 */
import { describe, expect, it } from 'vitest';
import { answer, checkedTables } from '../../../lib/background/answer';
import type { InjectApi } from '../../../lib/background/one-off';
import { installMenus, MENU_CHECK_CLAIM, type MenusApi } from '../../../lib/background/context-menus';
import { parseContentMessage } from '../../../lib/messages';
import { defaultSettings } from '../../../lib/settings/defaults';
import { fixtureDataset } from '../../helpers/fixture-dataset';

function fakeApi(present: boolean) {
  const created: { id: string; title: string; contexts: string[] }[] = [];
  const sent: { tabId: number; message: unknown; frameId: number }[] = [];
  const injected: number[] = [];
  let onInstalled: (d: unknown) => void = () => {};
  let onClicked: (info: { menuItemId: string | number; selectionText?: string }, tab?: { id?: number }) => void =
    () => {};
  const api: MenusApi & InjectApi = {
    contextMenus: {
      create: (item) => created.push(item),
      removeAll: async () => {},
      onClicked: {
        addListener: (fn) => {
          onClicked = fn;
        },
      },
    },
    runtime: {
      id: 'ext',
      getURL: (p) => `chrome-extension://ext${p}`,
      onInstalled: {
        addListener: (fn) => {
          onInstalled = fn;
        },
      },
    },
    scripting: {
      executeScript: async (inj) => {
        injected.push(inj.target.tabId);
      },
    },
    tabs: {
      sendMessage: async (tabId, message, options) => {
        sent.push({ tabId, message, frameId: options.frameId });
        if (!present && (message as { type: string }).type === 'bgToCs:scanStats' && injected.length === 0)
          throw new Error('Receiving end does not exist');
        return {};
      },
    },
  };
  return { api, created, sent, injected, install: () => onInstalled({}), clickFn: () => onClicked };
}

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('Check this claim in the background', () => {
  it('adds a selection item beside the existing ones', async () => {
    const f = fakeApi(true);
    installMenus(f.api);
    f.install();
    await settle();
    expect(f.created.find((c) => c.id === MENU_CHECK_CLAIM)).toEqual({
      id: MENU_CHECK_CLAIM,
      title: 'Check this claim',
      contexts: ['selection'],
    });
    expect(f.created.length).toBeGreaterThan(1);
  });

  it('a click on a tab with the content script asks its top frame to check; the selection text is not sent', async () => {
    const f = fakeApi(true);
    installMenus(f.api);
    f.clickFn()({ menuItemId: MENU_CHECK_CLAIM, selectionText: 'PATIENT_CANARY_7f3a 64634 0213T' }, { id: 7 });
    await settle();
    await settle();
    expect(f.injected).toEqual([]);
    expect(f.sent.at(-1)).toEqual({ tabId: 7, message: { type: 'bgToCs:checkClaim' }, frameId: 0 });
    expect(JSON.stringify(f.sent)).not.toContain('CANARY');
  });

  it('a click on a tab without it injects once first (activeTab), then asks', async () => {
    const f = fakeApi(false);
    installMenus(f.api);
    f.clickFn()({ menuItemId: MENU_CHECK_CLAIM, selectionText: '64634' }, { id: 3 });
    for (let i = 0; i < 4; i++) await settle();
    expect(f.injected).toEqual([3]);
    expect(f.sent.map((s) => (s.message as { type: string }).type)).toEqual(['bgToCs:scanStats', 'bgToCs:checkClaim']);
  });

  it('the content message is accepted as a bare type; extra fields are dropped', () => {
    expect(parseContentMessage({ type: 'bgToCs:checkClaim', selectionText: 'x' })).toEqual({
      type: 'bgToCs:checkClaim',
    });
    expect(parseContentMessage({ type: 'bgToCs:checkClaims' })).toBeUndefined();
  });

  it('a checkClaim answer names the tables it read, with their as-of dates', async () => {
    const ds = fixtureDataset();
    const res = await answer(
      { type: 'csToBg:checkClaim', lines: [{ code: '64634', modifiers: [], units: 1 }] },
      {
        dataset: async () => ds,
        settings: async () => defaultSettings(),
        content: () => undefined,
      },
    );
    expect(res.ok).toBe(true);
    if (!res.ok) return;
    expect(res.result.findings.map((x) => x.rule)).toEqual(['addon-without-primary']);
    expect(res.tables?.map((t) => t.table)).toEqual(['aoc', 'ptp', 'muePractitioner', 'pfs']);
    expect(res.tables?.[0]).toEqual(ds.source('aoc'));
    expect(checkedTables(ds, 'outpatientHospital').map((t) => t.table)).toEqual(['aoc', 'mueOutpatientHospital']);
  });
});
