// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initMessages } from '../../../entrypoints/content/features/messages';
import type { ScanReport } from '../../../lib/messages';
import { surroundings } from './harness';

/** onMessage as the browser calls it: message, sender and sendResponse (the fake's types name two). */
const trigger = (...args: [unknown, { id?: string }, (reply: unknown) => void]) =>
  (fakeBrowser.runtime.onMessage.trigger as (...a: unknown[]) => Promise<unknown[]>)(...args);

function setUp() {
  const s = surroundings();
  const calls: string[] = [];
  const report = { matches: 3 } as ScanReport;
  initMessages(s.page, {
    highlight: { report: () => report, firstScan: Promise.resolve() },
    panel: { open: () => calls.push('open'), focusSoon: () => calls.push('focus'), lastOpenMs: 5 },
    check: { run: () => calls.push('check'), lastRegionMs: 2 },
    ui: { loadMs: 7 },
  });
  const send = (message: unknown, id = fakeBrowser.runtime.id) => trigger(message, { id }, () => {});
  // The answer comes through sendResponse, as Chromium's own onMessage wants it (messages.ts).
  const answerTo = (message: unknown) =>
    new Promise((resolve) => void trigger(message, { id: fakeBrowser.runtime.id }, resolve));
  return { ...s, calls, report, send, answerTo };
}

describe('messages feature', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the panel, checks the claim after the first scan, and reports scan counters', async () => {
    const t = setUp();
    await t.send({ type: 'bgToCs:openPanel' });
    expect(t.calls).toEqual(['open', 'focus']);
    await t.send({ type: 'bgToCs:checkClaim' });
    await vi.waitFor(() => expect(t.calls).toEqual(['open', 'focus', 'check', 'focus']));
    expect(await t.send({ type: 'bgToCs:openPanel' })).toEqual([undefined]);
    expect(await t.answerTo({ type: 'bgToCs:scanStats' })).toEqual({
      ...t.report,
      panelOpenMs: 5,
      checkRegionMs: 2,
      uiLoadMs: 7,
    });
  });

  it('ignores other senders, malformed messages, and everything once the script is retired', async () => {
    const t = setUp();
    await t.send({ type: 'bgToCs:openPanel' }, 'another-extension');
    await t.send({ type: 'bgToCs:openPanel ' });
    await t.send('bgToCs:openPanel');
    t.retire();
    await t.send({ type: 'bgToCs:openPanel' });
    expect(t.calls).toEqual([]);
  });
});
