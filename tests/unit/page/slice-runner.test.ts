import { describe, expect, it } from 'vitest';
import { runSliced, type SliceHost } from '../../../lib/page/slice-runner';

/** A fake clock where each work item costs `cost` ms; records every yield. */
function fakeHost(cost: number) {
  let t = 0;
  const yields: number[] = [];
  const host: SliceHost = {
    now: () => t,
    yieldToPage: async () => {
      yields.push(t);
    },
  };
  return {
    host,
    yields,
    tick: () => {
      t += cost;
    },
  };
}

describe('runSliced', () => {
  it('processes every item and yields whenever the slice budget is used up', async () => {
    const { host, yields, tick } = fakeHost(1);
    const seen: number[] = [];
    const stats = await runSliced(
      [1, 2, 3, 4, 5, 6, 7, 8, 9, 10][Symbol.iterator](),
      (n) => {
        seen.push(n);
        tick();
      },
      host,
      { budgetMs: 4 },
    );
    expect(seen).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(yields).toEqual([4, 8]);
    // busyMs: the time inside slices only (4 + 4 + 2), never the waits between them.
    expect(stats).toEqual({ items: 10, slices: 3, longestSliceMs: 4, busyMs: 10, errors: 0 });
  });

  it('never yields for work that fits one slice', async () => {
    const { host, yields, tick } = fakeHost(1);
    await runSliced([1, 2][Symbol.iterator](), () => tick(), host, { budgetMs: 4 });
    expect(yields).toEqual([]);
  });

  it('stops when the signal aborts between slices', async () => {
    const { host, tick } = fakeHost(2);
    const controller = new AbortController();
    const seen: number[] = [];
    const items = (function* () {
      for (let i = 0; i < 100; i++) yield i;
    })();
    const stats = await runSliced(
      items,
      (n) => {
        seen.push(n);
        tick();
        if (n === 3) controller.abort();
      },
      host,
      { budgetMs: 4, signal: controller.signal },
    );
    expect(seen).toEqual([0, 1, 2, 3]);
    expect(stats.items).toBe(4);
  });

  it('reports a single item longer than the budget as the longest slice', async () => {
    let t = 0;
    const host: SliceHost = { now: () => t, yieldToPage: async () => undefined };
    const stats = await runSliced(
      [10, 1, 1][Symbol.iterator](),
      (ms) => {
        t += ms;
      },
      host,
      { budgetMs: 4 },
    );
    expect(stats.longestSliceMs).toBe(10);
    expect(stats.slices).toBe(2);
  });
});

describe('runSliced with failing work', () => {
  it('reports an item that throws, skips it and goes on', async () => {
    const { host, tick } = fakeHost(1);
    const seen: number[] = [];
    const errors: unknown[] = [];
    const stats = await runSliced(
      [1, 2, 3][Symbol.iterator](),
      (n) => {
        tick();
        if (n === 2) throw new RangeError('too deep');
        seen.push(n);
      },
      host,
      { onError: (e) => errors.push(e) },
    );
    expect(seen).toEqual([1, 3]);
    expect(stats.errors).toBe(1);
    expect((errors[0] as Error).name).toBe('RangeError');
  });

  it('a source that throws ends the run, reported, without rejecting', async () => {
    const { host } = fakeHost(1);
    function* source() {
      yield 1;
      throw new Error('broken walk');
    }
    const seen: number[] = [];
    const stats = await runSliced(source(), (n) => seen.push(n), host, { onError: () => undefined });
    expect(seen).toEqual([1]);
    expect(stats.errors).toBe(1);
  });
});
