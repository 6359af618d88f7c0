// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { initMessages } from '../../../entrypoints/content/features/messages';
import type { ScanReport } from '../../../lib/messages';
import { surroundings } from './harness';

function setUp() {
  const s = surroundings();
  const calls: string[] = [];
  const report = { matches: 3 } as ScanReport;
  initMessages(s.page, {
    highlight: { report: () => report, firstScan: Promise.resolve() },
    panel: { open: () => calls.push('open'), focusSoon: () => calls.push('focus'), lastOpenMs: 5 },
    check: { run: () => calls.push('check'), lastRegionMs: 2 },
  });
  const send = (message: unknown, id = fakeBrowser.runtime.id) =>
    fakeBrowser.runtime.onMessage.trigger(message, { id });
  return { ...s, calls, report, send };
}

describe('messages feature', () => {
  beforeEach(() => fakeBrowser.reset());

  it('opens the panel, checks the claim after the first scan, and reports scan counters', async () => {
    const t = setUp();
    await t.send({ type: 'bgToCs:openPanel' });
    expect(t.calls).toEqual(['open', 'focus']);
    await t.send({ type: 'bgToCs:checkClaim' });
    await vi.waitFor(() => expect(t.calls).toEqual(['open', 'focus', 'check', 'focus']));
    expect(await t.send({ type: 'bgToCs:scanStats' })).toEqual([{ ...t.report, panelOpenMs: 5, checkRegionMs: 2 }]);
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
