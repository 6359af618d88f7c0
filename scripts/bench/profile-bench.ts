/**
 * One more load of a page in the browser with the extension, traced (`toplevel` tasks and the V8 CPU
 * profiler's samples), to attribute long tasks to the extension's own script and measure the GC inside them
 * (`cpu-attribution.ts`). Tracing slows the page, so these figures come from their own load, never from the
 * one the other figures are measured on.
 */
import type { CDPSession } from 'playwright-core';
import { attributeExtension, type ExtensionAttribution, type TraceEvent } from './cpu-attribution';
import { waitForStats, type BenchBrowsers } from './browsers';

const CATEGORIES = ['toplevel', 'disabled-by-default-v8.cpu_profiler'];

/** Reads a trace stream to its end. */
async function readStream(cdp: CDPSession, handle: string): Promise<string> {
  let out = '';
  for (;;) {
    const chunk = (await cdp.send('IO.read', { handle, size: 1 << 20 })) as {
      data: string;
      eof: boolean;
      base64Encoded?: boolean;
    };
    out += chunk.base64Encoded ? Buffer.from(chunk.data, 'base64').toString('utf8') : chunk.data;
    if (chunk.eof) break;
  }
  await cdp.send('IO.close', { handle });
  return out;
}

/** Traces the page's main thread while `work` runs, and attributes its tasks (`cpu-attribution.ts`). */
export async function traceWhile(cdp: CDPSession, work: () => Promise<void>): Promise<ExtensionAttribution> {
  const done = new Promise<string>((resolve) =>
    cdp.once('Tracing.tracingComplete', (e: { stream?: string }) => resolve(e.stream ?? '')),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReturnAsStream',
    traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' },
  });
  try {
    await work();
  } finally {
    await cdp.send('Tracing.end');
  }
  const text = await readStream(cdp, await done);
  const parsed = JSON.parse(text) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return attributeExtension(Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []));
}

/** Traces the load and full scan of page `name`. */
export async function measureProfiledLoad(b: BenchBrowsers, name: string, run: number): Promise<ExtensionAttribution> {
  const page = await b.ext.context.newPage();
  const cdp = await b.ext.context.newCDPSession(page);
  try {
    return await traceWhile(cdp, async () => {
      await page.goto(`${b.url(name)}?profile=${run}`, { waitUntil: 'load', timeout: 600_000 });
      await waitForStats(b.harness, page, (s) => s.fullDoneAt !== undefined, 600_000);
      // The last mark updates run in the next frames.
      await page.waitForTimeout(300);
    });
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
