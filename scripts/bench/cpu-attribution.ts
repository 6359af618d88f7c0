/**
 * The extension's own long tasks, from a trace of the page's main thread (docs/performance.md, "extension tasks").
 * Long-task entries cannot name an isolated world, and a CPU profile alone cannot tell where one task ends
 * and the next begins (back-to-back slices look like one run of samples), so the bench traces one more load
 * of the page with two categories: `toplevel` (every task the main thread runs, `RunTask`) and the V8 CPU
 * profiler (samples with their stacks). Per task, the samples whose stack holds a `chrome-extension://` frame
 * are the extension's own time (a layout its script forces counts too: its frame is on the stack), and the
 * garbage-collector samples in a task that ran extension script are GC inside the extension's task.
 * Pure: takes the trace events.
 */

/** The trace events this reads (Chrome's JSON trace format). */
export interface TraceEvent {
  name: string;
  cat?: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  id?: string;
  args?: {
    data?: {
      startTime?: number;
      cpuProfile?: {
        nodes?: { id: number; parent?: number; callFrame: { url?: string; functionName?: string } }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

/** What the trace says about the extension's own time. */
export interface ExtensionAttribution {
  /** Most extension time (its samples plus the GC in that task) in one task, ms. */
  longestTaskMs: number;
  /**
   * The same with each sample counted for at most {@link SAMPLE_CAP_MS}: samples come every ~0.2 ms, so a
   * longer interval means the sampler (and most likely the page) was descheduled by a loaded machine.
   */
  longestTaskCappedMs: number;
  /** Tasks whose extension time (GC included) exceeds 50 ms. */
  tasksOver50: number;
  /** Extension time in all tasks, GC included, ms. */
  taskTotalMs: number;
  /** GC samples inside tasks that ran extension script, ms, and the most in one task. */
  gcInTasksMs: number;
  longestGcInTaskMs: number;
  /** The longest whole task (page work included) that ran any extension script, ms. */
  longestWholeTaskMs: number;
}

/** A main-thread task's trace event: `RunTask` in older Chromium, `ThreadControllerImpl::RunTask` in 156. */
const TASK_NAMES = new Set(['RunTask', 'ThreadControllerImpl::RunTask']);
/**
 * The microtask checkpoint after a task is a top-level event of its own in Chromium 156's trace, and most of
 * the content script runs there (its slices resume after `await`); it belongs to the task it follows.
 */
const MICROTASKS = 'BlinkScheduler_PerformMicrotaskCheckpoint';
/** Gap (µs) under which a checkpoint is taken as the end of the task before it. */
const CHECKPOINT_GAP_US = 1000;

/** The thread's top-level tasks in time order, each with its microtask checkpoint: [start, end) in µs. */
function tasksOf(events: readonly TraceEvent[], pid: number, tid: number): { ts: number; end: number }[] {
  const top = events
    .filter((e) => (TASK_NAMES.has(e.name) || e.name === MICROTASKS) && e.ph === 'X' && e.pid === pid && e.tid === tid)
    .sort((a, b) => a.ts - b.ts);
  const out: { ts: number; end: number; task: boolean }[] = [];
  for (const e of top) {
    const end = e.ts + (e.dur ?? 0);
    const last = out[out.length - 1];
    if (last && e.ts < last.end) continue; // nested in the previous one
    if (last?.task && e.name === MICROTASKS && e.ts - last.end < CHECKPOINT_GAP_US) last.end = end;
    else out.push({ ts: e.ts, end, task: e.name !== MICROTASKS });
  }
  return out;
}

/** Longest a sample counts for in `longestTaskCappedMs`, ms. */
export const SAMPLE_CAP_MS = 1;

type Kind = 'ext' | 'gc' | 'other';
interface Sample {
  ts: number;
  ms: number;
  kind: Kind;
}

/** Samples of the thread whose profile holds the content script, with their kinds and times. */
function extensionThreadSamples(events: readonly TraceEvent[]): { pid: number; tid: number; samples: Sample[] } | null {
  const profiles = new Map<string, { pid: number; tid: number; start: number; chunks: TraceEvent[] }>();
  for (const e of events) {
    if (e.name === 'Profile' && e.id)
      profiles.set(e.id, { pid: e.pid, tid: e.tid, start: e.args?.data?.startTime ?? e.ts, chunks: [] });
    else if (e.name === 'ProfileChunk' && e.id) profiles.get(e.id)?.chunks.push(e);
  }
  for (const p of profiles.values()) {
    const parent = new Map<number, number>();
    const frame = new Map<number, { url?: string; functionName?: string }>();
    const ids: number[] = [];
    const deltas: number[] = [];
    for (const c of p.chunks) {
      for (const n of c.args?.data?.cpuProfile?.nodes ?? []) {
        frame.set(n.id, n.callFrame);
        if (n.parent !== undefined) parent.set(n.id, n.parent);
      }
      for (const s of c.args?.data?.cpuProfile?.samples ?? []) ids.push(s);
      for (const d of c.args?.data?.timeDeltas ?? []) deltas.push(d);
    }
    const kindOf = new Map<number, Kind>();
    const kind = (id: number): Kind => {
      let k = kindOf.get(id);
      if (k) return k;
      const f = frame.get(id);
      if (f?.functionName === '(garbage collector)') k = 'gc';
      else if ((f?.url ?? '').startsWith('chrome-extension://')) k = 'ext';
      else {
        const up = parent.get(id);
        k = up !== undefined && kind(up) === 'ext' ? 'ext' : 'other';
      }
      kindOf.set(id, k);
      return k;
    };
    let ts = p.start;
    const samples: Sample[] = [];
    for (let i = 0; i < ids.length; i++) {
      ts += deltas[i] ?? 0;
      samples.push({ ts, ms: (deltas[i + 1] ?? 0) / 1000, kind: kind(ids[i]) });
    }
    if (samples.some((s) => s.kind === 'ext')) return { pid: p.pid, tid: p.tid, samples };
  }
  return null;
}

/** Groups the thread's samples by task; see the module comment. */
export function attributeExtension(events: readonly TraceEvent[]): ExtensionAttribution {
  const out: ExtensionAttribution = {
    longestTaskMs: 0,
    longestTaskCappedMs: 0,
    tasksOver50: 0,
    taskTotalMs: 0,
    gcInTasksMs: 0,
    longestGcInTaskMs: 0,
    longestWholeTaskMs: 0,
  };
  const thread = extensionThreadSamples(events);
  if (!thread) return out;
  const tasks = tasksOf(events, thread.pid, thread.tid);
  let i = 0;
  const samples = thread.samples;
  for (const t of tasks) {
    const end = t.end;
    while (i < samples.length && samples[i].ts < t.ts) i++;
    let ext = 0;
    let gc = 0;
    let capped = 0;
    for (; i < samples.length && samples[i].ts < end; i++) {
      // A sample lasts until the next one, but never past its task's end: on a loaded machine the next sample
      // can come 100 ms later (the sampler was descheduled), which is not the task's time.
      const ms = Math.min(samples[i].ms, (end - samples[i].ts) / 1000);
      if (samples[i].kind === 'ext') ext += ms;
      else if (samples[i].kind === 'gc') gc += ms;
      if (samples[i].kind !== 'other') capped += Math.min(ms, SAMPLE_CAP_MS);
    }
    if (ext === 0) continue;
    const own = ext + gc;
    out.longestTaskMs = Math.max(out.longestTaskMs, own);
    out.longestTaskCappedMs = Math.max(out.longestTaskCappedMs, capped);
    if (own > 50) out.tasksOver50++;
    out.taskTotalMs += own;
    out.gcInTasksMs += gc;
    out.longestGcInTaskMs = Math.max(out.longestGcInTaskMs, gc);
    out.longestWholeTaskMs = Math.max(out.longestWholeTaskMs, (t.end - t.ts) / 1000);
  }
  return out;
}
