import { beforeEach, describe, expect, it } from 'vitest';
import { HoverIntent, type Timers } from '../../../lib/page/hover-intent';

/** Manual timers: `advance(ms)` runs what is due. */
function manualTimers() {
  let now = 0;
  let next = 1;
  const pending = new Map<number, { at: number; fn: () => void }>();
  const timers: Timers = {
    set: (fn, ms) => {
      pending.set(next, { at: now + ms, fn });
      return next++;
    },
    clear: (id) => {
      pending.delete(id);
    },
  };
  const advance = (ms: number) => {
    const end = now + ms;
    for (;;) {
      const due = [...pending].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].fn();
    }
    now = end;
  };
  return { timers, advance };
}

describe('HoverIntent', () => {
  let log: string[];
  let t: ReturnType<typeof manualTimers>;
  let intent: HoverIntent<string>;

  beforeEach(() => {
    log = [];
    t = manualTimers();
    intent = new HoverIntent<string>(t.timers, () => 300, 250, {
      prefetch: (x) => log.push(`prefetch ${x}`),
      open: (x) => log.push(`open ${x}`),
      close: () => log.push('close'),
    });
  });

  it('prefetches at once and opens only after the delay', () => {
    intent.pointer('64634');
    expect(log).toEqual(['prefetch 64634']);
    t.advance(299);
    expect(log).toEqual(['prefetch 64634']);
    t.advance(1);
    expect(log).toEqual(['prefetch 64634', 'open 64634']);
    expect(intent.openTarget).toBe('64634');
  });

  it('opens nothing when the pointer only crosses a code', () => {
    intent.pointer('64634');
    t.advance(100);
    intent.pointer(undefined);
    t.advance(1000);
    expect(log).toEqual(['prefetch 64634']);
  });

  it('repeated moves over the same code do not restart the delay', () => {
    intent.pointer('64634');
    t.advance(200);
    intent.pointer('64634');
    t.advance(100);
    expect(log).toContain('open 64634');
  });

  it('closes after the grace period once the pointer leaves, unless it reaches the popover', () => {
    intent.pointer('64634');
    t.advance(300);
    intent.pointer(undefined);
    t.advance(200);
    intent.pointer(undefined, true); // now over the popover
    t.advance(1000);
    expect(log).not.toContain('close');
    intent.pointer(undefined);
    t.advance(250);
    expect(log.at(-1)).toBe('close');
  });

  it('stays open while pinned and closes on an explicit close', () => {
    intent.pointer('64634');
    t.advance(300);
    intent.setPinned(true);
    intent.pointer(undefined);
    t.advance(5000);
    expect(log).not.toContain('close');
    intent.closeNow();
    expect(log.at(-1)).toBe('close');
    expect(intent.pinned).toBe(false);
  });

  it('openNow (keyboard) opens immediately; closeNow on nothing open does nothing', () => {
    intent.closeNow();
    expect(log).toEqual([]);
    intent.openNow('J1100');
    expect(log).toEqual(['open J1100']);
  });

  it('opening another target ends the pin: the new popover closes when the pointer leaves', () => {
    intent.pointer('64633');
    t.advance(300);
    intent.setPinned(true);
    intent.pointer('64634');
    t.advance(300);
    expect(intent.openTarget).toBe('64634');
    expect(intent.pinned).toBe(false);
    intent.pointer(undefined);
    t.advance(250);
    expect(log.at(-1)).toBe('close');
  });

  it('opening the pinned target again keeps the pin', () => {
    intent.openNow('64633');
    intent.setPinned(true);
    intent.openNow('64633');
    expect(intent.pinned).toBe(true);
  });

  it('knows a target rebuilt by the hit test as the same one (the same() it is given)', () => {
    type M = { code: string; at: number };
    const log2: string[] = [];
    const same = new HoverIntent<M>(
      t.timers,
      () => 300,
      250,
      {
        prefetch: (m) => log2.push(`prefetch ${m.code}`),
        open: (m) => log2.push(`open ${m.code}`),
        close: () => log2.push('close'),
      },
      (a, b) => a.code === b.code && a.at === b.at,
    );
    same.pointer({ code: '64634', at: 3 });
    t.advance(100);
    same.pointer({ code: '64634', at: 3 });
    t.advance(200);
    expect(log2).toEqual(['prefetch 64634', 'open 64634']);
    // Leaving and coming back onto the open code (a new object) within the grace keeps it open.
    same.pointer(undefined);
    t.advance(100);
    same.pointer({ code: '64634', at: 3 });
    t.advance(1000);
    expect(log2).toEqual(['prefetch 64634', 'open 64634']);
  });
});
