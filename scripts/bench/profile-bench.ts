/**
 * One more load of a page in the browser with the extension, under the CDP CPU profiler (1 ms sampling), to
 * attribute long tasks to the extension's own script and measure the GC inside them (`cpu-attribution.ts`).
 * Profiling slows the page, so these figures come from their own load, never from the one the other
 * figures are measured on.
 */
import { attributeExtension, type CpuProfile, type ExtensionAttribution } from './cpu-attribution';
import { waitForStats, type BenchBrowsers } from './browsers';

/** Profiles the load and full scan of page `name`. */
export async function measureProfiledLoad(b: BenchBrowsers, name: string, run: number): Promise<ExtensionAttribution> {
  const page = await b.ext.context.newPage();
  const cdp = await b.ext.context.newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 1000 });
    await cdp.send('Profiler.start');
    await page.goto(`${b.url(name)}?profile=${run}`, { waitUntil: 'load', timeout: 180_000 });
    await waitForStats(b.harness, page, (s) => s.fullDoneAt !== undefined, 300_000);
    // The last mark updates run in the next frames.
    await page.waitForTimeout(300);
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    return attributeExtension(profile);
  } finally {
    await cdp.detach().catch(() => undefined);
    await page.close();
  }
}
