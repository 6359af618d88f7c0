import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { liveKnownCodes } from '../../../entrypoints/content/known-codes';

function context() {
  const controller = new AbortController();
  return {
    ctx: {
      signal: controller.signal,
      onInvalidated: (cb: () => void) => controller.signal.addEventListener('abort', cb),
    },
    retire: () => controller.abort(),
  };
}

/** Waits until `probe` holds (storage change events are delivered asynchronously). */
async function until(probe: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !probe(); i++) await new Promise((r) => setTimeout(r, 5));
  expect(probe()).toBe(true);
}

describe('the content script’s known codes follow the active dataset (local:pageCodeDelta)', () => {
  beforeEach(() => fakeBrowser.reset());

  it('without an import, the bundled codes: J1100 known, a code no table lists (J0999) not', async () => {
    const { ctx, retire } = context();
    const known = liveKnownCodes(ctx);
    await known.ready;
    expect(known.isKnown('J1100')).toBe(true);
    expect(known.isKnown('J0999')).toBe(false);
    retire();
  });

  it('reads the stored difference before the first scan, and follows a revert', async () => {
    await fakeBrowser.storage.local.set({ pageCodeDelta: { added: ['J0999'], removed: ['G2012'] } });
    const { ctx, retire } = context();
    const known = liveKnownCodes(ctx);
    await known.ready;
    expect(known.isKnown('J0999')).toBe(true);
    expect(known.isKnown('G2012')).toBe(false);
    await fakeBrowser.storage.local.remove('pageCodeDelta');
    await until(() => !known.isKnown('J0999'));
    expect(known.isKnown('G2012')).toBe(true);
    retire();
  });

  it('tells its listeners of a later change (an import or revert while the page is open), not of the first read', async () => {
    await fakeBrowser.storage.local.set({ pageCodeDelta: { added: ['J0999'], removed: [] } });
    const { ctx, retire } = context();
    const known = liveKnownCodes(ctx);
    let calls = 0;
    known.onChange(() => calls++);
    await known.ready;
    expect(calls).toBe(0);
    await fakeBrowser.storage.local.remove('pageCodeDelta');
    await until(() => calls === 1);
    // The set had changed before the listener ran: a recheck started from it judges by the new codes.
    expect(known.isKnown('J0999')).toBe(false);
    retire();
  });

  it('a malformed stored value leaves the bundled codes', async () => {
    await fakeBrowser.storage.local.set({ pageCodeDelta: { added: ['J0999', '<img src=x>'], removed: ['J1100'] } });
    const { ctx, retire } = context();
    const known = liveKnownCodes(ctx);
    await known.ready;
    expect(known.isKnown('J0999')).toBe(false);
    expect(known.isKnown('J1100')).toBe(true);
    retire();
  });
});
