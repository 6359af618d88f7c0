/**
 * Lets a page scanner's timers run for `ms` of fake time instead of sleeping on real ones: the mutation observer
 * hands a batch to a 16 ms frame timer (lib/page/page-scanner.ts) and a pass yields through `setTimeout(0)`;
 * both run as fake time moves on, with the promises between them settled. Call it right after changing the page
 * (or where a test gives the scanner time to misbehave); timers still pending after `ms` are dropped.
 */
import { vi } from 'vitest';

export async function settleScanner(ms = 60): Promise<void> {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  try {
    await vi.advanceTimersByTimeAsync(ms);
  } finally {
    vi.useRealTimers();
  }
}
