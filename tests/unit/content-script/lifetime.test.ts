// @vitest-environment happy-dom
/**
 * What ends a content-script instance (entrypoints/content/lifetime.ts): its extension context going away, or
 * a newer instance in the same world; never a started event a page script dispatches.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ALIVE_CHECK_MS, instanceLifetime } from '../../../entrypoints/content/lifetime';

const EVENT = 'abcdefghijklmnop:content:wxt:content-script-started';

function start(global: object, alive: { value: boolean }) {
  return instanceLifetime({ doc: document, win: window, global, isAlive: () => alive.value, startedEvent: EVENT });
}

const forge = () =>
  document.dispatchEvent(
    new CustomEvent(EVENT, { detail: { contentScriptName: 'content', messageId: 'forged-by-the-page' } }),
  );

describe('instance lifetime', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
  });
  afterEach(() => vi.useRealTimers());

  it('a forged started event (made-up messageId) does not end a live instance', () => {
    const ctx = start({}, { value: true });
    forge();
    window.postMessage({ type: EVENT, contentScriptName: 'content', messageId: 'x' }, '*');
    vi.advanceTimersByTime(ALIVE_CHECK_MS * 3);
    expect(ctx.signal.aborted).toBe(false);
  });

  it('ends within a check once the extension context is gone, and at once on a started event then', () => {
    const alive = { value: true };
    const a = start({}, alive);
    alive.value = false;
    vi.advanceTimersByTime(ALIVE_CHECK_MS);
    expect(a.signal.aborted).toBe(true);

    const gone = { value: true };
    const b = start({}, gone);
    gone.value = false;
    forge();
    expect(b.signal.aborted).toBe(true);
  });

  it('a newer instance in the same world retires the older one; other worlds are untouched', () => {
    const world = {};
    const older = start(world, { value: true });
    const elsewhere = start({}, { value: true });
    let told = 0;
    older.onInvalidated(() => told++);
    const newer = start(world, { value: true });
    expect(older.signal.aborted).toBe(true);
    expect(told).toBe(1);
    expect(newer.signal.aborted).toBe(false);
    expect(elsewhere.signal.aborted).toBe(false);
  });
});
