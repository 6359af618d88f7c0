/**
 * Extension long tasks from a CPU profile (scripts/bench/cpu-attribution.ts): runs of samples whose stack holds
 * extension script, with the GC inside or right after them, split by anything else.
 */
import { describe, expect, it } from 'vitest';
import { attributeExtension, type CpuProfile } from '../../../scripts/bench/cpu-attribution';

const EXT = 'chrome-extension://abc/content-scripts/content.js';
/** root → page (main world), root → ext → ext child, root → GC, root → idle. */
const nodes: CpuProfile['nodes'] = [
  { id: 1, callFrame: { url: '', functionName: '(root)' }, children: [2, 3, 5, 6] },
  { id: 2, callFrame: { url: 'http://127.0.0.1/page.js', functionName: 'pageWork' } },
  { id: 3, callFrame: { url: EXT, functionName: 'slice' }, children: [4] },
  { id: 4, callFrame: { url: '', functionName: 'nextNode' } },
  { id: 5, callFrame: { url: '', functionName: '(garbage collector)' } },
  { id: 6, callFrame: { url: '', functionName: '(idle)' } },
];

/** A profile of `ids` sampled every `ms` (the first delta is the start offset). */
const profile = (ids: number[], ms = 10): CpuProfile => ({ nodes, samples: ids, timeDeltas: ids.map(() => ms * 1000) });

describe('extension tasks from a CPU profile', () => {
  it('joins extension samples (their callees too) and the GC inside them; page work and idle split tasks', () => {
    // ext ext(callee) gc ext | idle | ext gc | page | gc (not ours)
    const a = attributeExtension(profile([3, 4, 5, 3, 6, 3, 5, 2, 5, 6]));
    expect(a.longestTaskMs).toBe(40);
    expect(a.taskTotalMs).toBe(60);
    expect(a.gcInTasksMs).toBe(20);
    expect(a.longestGcInTaskMs).toBe(10);
    expect(a.extensionMs).toBe(40);
    expect(a.tasksOver50).toBe(0);
  });

  it('counts tasks over 50 ms', () => {
    const a = attributeExtension(profile([3, 3, 3, 3, 3, 3, 6, 3, 3, 3, 3, 3, 3, 5, 6]));
    expect(a.tasksOver50).toBe(2);
    expect(a.longestTaskMs).toBe(70);
  });

  it('an empty profile has no tasks', () => {
    expect(attributeExtension({ nodes, samples: [], timeDeltas: [] }).longestTaskMs).toBe(0);
  });
});
