/**
 * The extension's own long tasks, from a CPU profile (issue 18's bench addition). Long-task entries cannot
 * name an isolated world, so the bench profiles one more load of the page (CDP `Profiler`, 1 ms sampling)
 * and groups samples: an extension task is a run of consecutive samples whose stack holds a
 * `chrome-extension://` frame, together with the garbage-collector samples inside it or right after it (a
 * GC triggered by the extension's allocations runs in its task). Pure: takes the profile object.
 */

/** The parts of a CDP `Profiler.Profile` this reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { url: string; functionName: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** What the profile says about the extension's own time. */
export interface ExtensionAttribution {
  /** Longest extension task, GC inside it included, in ms. */
  longestTaskMs: number;
  /** Extension tasks longer than 50 ms. */
  tasksOver50: number;
  /** Sum of extension task time, in ms. */
  taskTotalMs: number;
  /** GC samples inside extension tasks, in ms, and the most in one task. */
  gcInTasksMs: number;
  longestGcInTaskMs: number;
  /** Samples whose stack holds an extension frame, in ms (the extension's own script time). */
  extensionMs: number;
}

type Kind = 'ext' | 'gc' | 'other';

/** Classifies each node: its stack (itself or an ancestor) runs extension script, it is the GC, or neither. */
function kinds(profile: CpuProfile): Map<number, Kind> {
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map<number, Kind>();
  const kindOf = (id: number): Kind => {
    const known = out.get(id);
    if (known) return known;
    const n = byId.get(id)!;
    let k: Kind = 'other';
    if (n.callFrame.functionName === '(garbage collector)') k = 'gc';
    else if (n.callFrame.url.startsWith('chrome-extension://')) k = 'ext';
    else {
      const p = parent.get(id);
      if (p !== undefined && kindOf(p) === 'ext') k = 'ext';
    }
    out.set(id, k);
    return k;
  };
  for (const n of profile.nodes) kindOf(n.id);
  return out;
}

/** Groups the samples into extension tasks; see the module comment. */
export function attributeExtension(profile: CpuProfile): ExtensionAttribution {
  const kind = kinds(profile);
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  const out: ExtensionAttribution = {
    longestTaskMs: 0,
    tasksOver50: 0,
    taskTotalMs: 0,
    gcInTasksMs: 0,
    longestGcInTaskMs: 0,
    extensionMs: 0,
  };
  let task = 0;
  let gc = 0;
  let inTask = false;
  const end = () => {
    if (!inTask) return;
    out.longestTaskMs = Math.max(out.longestTaskMs, task);
    if (task > 50) out.tasksOver50++;
    out.taskTotalMs += task;
    out.gcInTasksMs += gc;
    out.longestGcInTaskMs = Math.max(out.longestGcInTaskMs, gc);
    inTask = false;
    task = 0;
    gc = 0;
  };
  for (let i = 0; i < samples.length; i++) {
    // A sample's duration is the delta to the next sample (µs).
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const k = kind.get(samples[i]) ?? 'other';
    if (k === 'ext') {
      inTask = true;
      task += ms;
      out.extensionMs += ms;
    } else if (k === 'gc' && inTask) {
      task += ms;
      gc += ms;
    } else end();
  }
  end();
  return out;
}
