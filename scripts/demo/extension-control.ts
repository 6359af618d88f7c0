/**
 * What the demo asks of the extension through its service worker, the way the in-page e2e tests do: choose
 * the payers whose notes the popover shows, and send the keyboard panel's open message to a tab (headless
 * Chromium cannot press extension shortcuts, so this is the message the `open-panel` command would send).
 */
import type { Worker } from 'playwright-core';

/** Payers chosen for the demo, in display order (the first one's notes start open). */
export const DEMO_PAYERS = ['medicare', 'aetna', 'uhc'];
/** Noridian JF is the Medicare contractor for Washington State, where the demo clinic is. */
export const DEMO_MAC = 'JF';

/** Types only: the `chrome` global inside `serviceWorker.evaluate` (the code runs in the worker). */
interface WorkerChrome {
  chrome: {
    storage: { sync: { set(v: unknown): Promise<void> } };
    tabs: {
      query(q: unknown): Promise<{ id?: number; url?: string }[]>;
      sendMessage(id: number, m: unknown, o: unknown): Promise<unknown>;
    };
  };
}

/** Stores the demo's payer choice in the extension's settings (the options page would do this). */
export async function chooseDemoPayers(worker: Worker): Promise<void> {
  await worker.evaluate(
    async ([payers, mac]) => {
      await (globalThis as unknown as WorkerChrome).chrome.storage.sync.set({
        settings: { version: 1, payers: { selected: payers, macJurisdiction: mac, bcbsPlan: null } },
      });
    },
    [DEMO_PAYERS, DEMO_MAC] as const,
  );
}

/** Sends `bgToCs:openPanel` to the top frame of the tab showing `url`. */
export async function sendOpenPanel(worker: Worker, url: string): Promise<void> {
  await worker.evaluate(async (tabUrl) => {
    const { tabs } = (globalThis as unknown as WorkerChrome).chrome;
    const tab = (await tabs.query({})).find((t) => t.url === tabUrl);
    if (tab?.id === undefined) throw new Error(`no tab shows ${tabUrl}`);
    await tabs.sendMessage(tab.id, { type: 'bgToCs:openPanel' }, { frameId: 0 });
  }, url);
}
