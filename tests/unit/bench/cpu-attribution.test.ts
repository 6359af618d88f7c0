/**
 * Extension long tasks from a trace (scripts/bench/cpu-attribution.ts): samples grouped by the main thread's
 * tasks; per task, extension samples (their callees too) and the GC in a task that ran extension script.
 */
import { describe, expect, it } from 'vitest';
import { attributeExtension, type TraceEvent } from '../../../scripts/bench/cpu-attribution';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
const nodes = [
  { id: 1, callFrame: { url: '', functionName: '(root)' } },
  { id: 2, parent: 1, callFrame: { url: 'http://127.0.0.1/page.js', functionName: 'pageWork' } },
  { id: 3, parent: 1, callFrame: { url: EXT, functionName: 'slice' } },
  { id: 4, parent: 3, callFrame: { url: '', functionName: 'nextNode' } },
  { id: 5, parent: 1, callFrame: { url: '', functionName: '(garbage collector)' } },
  { id: 6, parent: 1, callFrame: { url: '', functionName: '(idle)' } },
];

/** A trace: samples every 10 ms from t=0 (µs in the trace), and tasks as [start ms, duration ms]. */
function trace(samples: number[], tasks: [number, number][], name = 'RunTask'): TraceEvent[] {
  const base = { pid: 1, tid: 7 };
  return [
    { ...base, name: 'Profile', ph: 'P', ts: 0, id: '0x1', args: { data: { startTime: 0 } } },
    {
      ...base,
      name: 'ProfileChunk',
      ph: 'P',
      ts: 0,
      id: '0x1',
      args: { data: { cpuProfile: { nodes, samples }, timeDeltas: samples.map((_, i) => (i === 0 ? 0 : 10_000)) } },
    },
    ...tasks.map(([start, dur], i) => ({
      ...base,
      // Odd entries of a Chromium 156 trace: the microtask checkpoint that follows a task.
      name: name === 'RunTask' || i % 2 === 0 ? name : 'BlinkScheduler_PerformMicrotaskCheckpoint',
      ph: 'X',
      ts: start * 1000,
      dur: dur * 1000,
    })),
  ];
}

describe('extension tasks from a trace', () => {
  it('counts per task the extension samples and the GC among them; back-to-back tasks stay apart', () => {
    // Samples at 0,10,…: ext ext gc | ext ext | page page | gc
    const t = trace(
      [3, 4, 5, 3, 4, 2, 2, 5, 6],
      [
        [0, 30],
        [30, 20],
        [50, 20],
        [70, 10],
      ],
    );
    const a = attributeExtension(t);
    expect(a.longestTaskMs).toBe(30);
    expect(a.taskTotalMs).toBe(50);
    expect(a.gcInTasksMs).toBe(10);
    expect(a.longestGcInTaskMs).toBe(10);
    expect(a.tasksOver50).toBe(0);
    expect(a.longestWholeTaskMs).toBe(30);
  });

  it('a task of more than 50 ms of extension time counts', () => {
    const a = attributeExtension(trace([3, 3, 3, 3, 3, 3, 5, 6], [[0, 80]]));
    expect(a.tasksOver50).toBe(1);
    expect(a.longestTaskMs).toBe(70);
  });

  it("Chromium 156: a task's microtask checkpoint (where resumed slices run) counts as part of that task", () => {
    // Task 0–10 ms (page), its checkpoint 10–60 ms (ext ×5); a later task 70–80 with no checkpoint.
    const a = attributeExtension(
      trace(
        [2, 3, 3, 4, 3, 3, 6, 3, 6],
        [
          [0, 10],
          [10, 50],
          [70, 10],
        ],
        'ThreadControllerImpl::RunTask',
      ),
    );
    expect(a.longestTaskMs).toBe(50);
    expect(a.longestWholeTaskMs).toBe(60);
    expect(a.taskTotalMs).toBe(60);
  });

  it("a sample never counts past its task's end (the next sample may come much later on a loaded machine)", () => {
    // One ext sample at 0 in a 5 ms task; the next sample only at 10 ms (samples every 10 ms here).
    const a = attributeExtension(trace([3, 6, 6], [[0, 5]]));
    expect(a.longestTaskMs).toBe(5);
    expect(a.longestWholeTaskMs).toBe(5);
    expect(a.longestTaskCappedMs).toBe(1);
  });

  it('a trace without the content script attributes nothing', () => {
    expect(attributeExtension(trace([2, 2, 6], [[0, 30]])).longestTaskMs).toBe(0);
  });
});
