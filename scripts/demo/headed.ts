/**
 * The demo with a display: opens the demo portal page in a Chromium window with ClaimLens loaded and leaves
 * it to the user until Ctrl+C (or until the window is closed).
 */
import type { ExtensionHarness } from '../../tests/e2e/harness';

/** Opens the page and resolves when the user is done (Ctrl+C or the browser window closed). */
export async function runHeaded(h: ExtensionHarness, print: (line: string) => void): Promise<void> {
  const page = await h.openFixture('portal.html');
  // launchPersistentContext starts with a blank tab; the demo page is the one to look at.
  for (const other of h.context.pages()) if (other !== page) await other.close().catch(() => undefined);
  await page.bringToFront();
  print(`Page      ${page.url()}`);
  print('');
  print('Chromium is open with ClaimLens. Try:');
  print('  • rest the pointer on 64634 in the service lines (line 2): the popover explains it; Pin keeps it open;');
  print('  • rest it on the ZIP 99204 or an amount: nothing opens, they are not codes;');
  print('  • press Alt+Shift+L: the panel lists every code on the page; ↑/↓ and Enter open one.');
  print('Press Ctrl+C here to close the browser and end the demo.');
  await new Promise<void>((done) => {
    process.once('SIGINT', () => done());
    process.once('SIGTERM', () => done());
    h.context.once('close', () => done());
  });
}
