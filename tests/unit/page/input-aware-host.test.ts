/**
 * The scanner slows to one slice per frame only while the *user* scrolls, types or points: events a page script
 * dispatches (`isTrusted` false) cannot hold ClaimLens's scan back (PRIVACY.md, "What a page can observe").
 */
import { describe, expect, it } from 'vitest';
import { inputAwareSliceHost } from '../../../lib/page/slice-runner';

function fakeWindow() {
  const listeners: ((e: { isTrusted: boolean }) => void)[] = [];
  let frames = 0;
  const win = {
    performance: { now: () => 1000 },
    addEventListener: (_type: string, fn: (e: { isTrusted: boolean }) => void) => void listeners.push(fn),
    requestAnimationFrame: (cb: () => void) => {
      frames++;
      cb();
      return frames;
    },
    setTimeout: (cb: () => void) => {
      cb();
      return 0;
    },
  };
  return {
    win: win as unknown as Window,
    fire: (isTrusted: boolean) => {
      for (const fn of listeners) fn({ isTrusted });
    },
    frames: () => frames,
  };
}

describe('inputAwareSliceHost', () => {
  it('a page-dispatched input event does not make the scan wait for frames; a user one does', async () => {
    const f = fakeWindow();
    const host = inputAwareSliceHost(f.win, new AbortController().signal);
    f.fire(false);
    await host.yieldToPage();
    expect(f.frames()).toBe(0);
    f.fire(true);
    await host.yieldToPage();
    expect(f.frames()).toBe(1);
  });
});
