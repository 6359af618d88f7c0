/**
 * Hostile page content (DEVELOPERS.md, "The page is hostile"): XSS text and imported payloads,
 * patched prototypes and clobbered globals, Trusted Types and a strict CSP (the popover styled as on a clean page).
 * One browser for the file; each case asserts zero uncaught page errors.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchExtension, type ExtensionHarness } from '../harness';
import {
  hoverUntilShown,
  openPopover,
  panelCodes,
  POPOVER,
  popoverLook,
  scanned,
  selectPayers,
  setStorage,
} from './helpers';

const CSP_RECORDER = () => {
  const w = window as unknown as { __violations: string[] };
  w.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) =>
    w.__violations.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
  );
};

describe('hostile page content', () => {
  let h: ExtensionHarness;
  let clean: Awaited<ReturnType<typeof popoverLook>>;
  const dialogs: string[] = [];

  beforeAll(async () => {
    h = await launchExtension();
    await selectPayers(h);
    h.context.on('page', (p) =>
      p.on('dialog', (d) => {
        dialogs.push(d.message());
        void d.dismiss();
      }),
    );
    const page = await h.openFixture('hostile-clean.html');
    await openPopover(page, '#c1', '64634');
    clean = await popoverLook(page);
    await page.close();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('XSS text next to codes stays inert; codes are still found and explained', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('hostile-xss.html');
    await scanned(h, page);
    expect((await panelCodes(h, page)).sort()).toEqual(['64490', '64633', '64634', 'J1100']);
    await openPopover(page, '#c2', '64634');
    expect(await page.locator(`${POPOVER} .cl-code`).innerText()).toBe('64634');
    await openPopover(page, '#js-link', '64490');
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(h.diagnostics.pageErrors()).toEqual([]);
    await page.close();
  });

  it('imported notes and descriptors holding payload text render byte-for-byte as text', async () => {
    // Written the way the options page stores a validated import (lib/imports toStoredOrgNotes/toStoredDescriptors).
    // The import guard rejects whole tags; these payloads slip past it on purpose and must still stay text.
    const noteText = `"><svg onload=window.__xss=1 x=" &lt;img src=x onerror=alert(1)&gt; {{constructor.constructor('alert(1)')()}} \${alert(1)}`;
    const descriptorText = `Plain words by the test suite ' onmouseover='window.__xss=2' &amp; <b`;
    await setStorage(h, 'local', {
      orgNotes: {
        version: 1,
        notes: [{ payer: 'aetna', from: '64634', to: '64634', text: noteText, source: 'Policy "0016" &amp; <i' }],
      },
      importedDescriptors: { version: 1, entries: [{ code: '64634', text: descriptorText }] },
    });
    try {
      h.diagnostics.clear();
      const page = await h.openFixture('hostile-clean.html');
      await openPopover(page, '#c1', '64634');
      const note = page.locator(`${POPOVER} .cl-org-note[data-payer="aetna"]`);
      await note.waitFor();
      expect(await note.evaluate((li) => li.childNodes[1]?.textContent)).toBe(noteText);
      expect(await note.locator('.cl-source').textContent()).toBe('Source: Policy "0016" &amp; <i (imported by you)');
      expect(await page.locator(`${POPOVER} [data-kind="imported"]`).textContent()).toBe(descriptorText);
      expect(
        await page
          .locator(`${POPOVER} .cl-org-note svg, ${POPOVER} .cl-org-note img, ${POPOVER} .cl-org-note i`)
          .count(),
      ).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(h.diagnostics.pageErrors()).toEqual([]);
      await page.close();
    } finally {
      await h.serviceWorker.evaluate(async () => {
        await (
          globalThis as unknown as { chrome: { storage: { local: { remove(k: string[]): Promise<void> } } } }
        ).chrome.storage.local.remove(['orgNotes', 'importedDescriptors']);
      });
    }
  });

  it('patched prototypes and clobbered globals change nothing: same detections, popover works', async () => {
    h.diagnostics.clear();
    const page = await h.openFixture('hostile-prototypes.html');
    const stats = await scanned(h, page);
    expect(stats.matches).toBe(4);
    // The page's main world is hostile (createTreeWalker, String#replace, RegExp#exec are patched), so the test
    // reads through Playwright locators only and hovers each code's own <td>.
    for (const code of ['64634', 'J1100']) {
      const box = (await page.locator(`td:text-is("${code}")`).boundingBox())!;
      await hoverUntilShown(
        page,
        { x: box.x + 14, y: box.y + box.height / 2 },
        {
          selector: `${POPOVER}[data-state="ready"] .cl-code`,
          move: (p, at) => p.mouse.move(at.x, at.y, { steps: 4 }),
        },
      );
      expect(await page.locator(`${POPOVER} .cl-code`).innerText()).toBe(code);
    }
    expect(await page.locator('claimlens-ui').count()).toBe(1);
    expect(h.diagnostics.pageErrors()).toEqual([]);
    expect(h.diagnostics.consoleErrors(h.extensionOrigin)).toEqual([]);
    await page.close();
  });

  for (const fixture of ['hostile-trusted-types.html', 'hostile-strict-csp.html']) {
    it(`${fixture}: popover renders styled, no policy violation, no TypeError`, async () => {
      h.diagnostics.clear();
      const page = await h.context.newPage();
      await page.addInitScript(CSP_RECORDER);
      await page.goto(h.server.url(fixture), { waitUntil: 'load' });
      await openPopover(page, '#c1', '64634');
      expect(await popoverLook(page)).toEqual(clean);
      expect(await page.evaluate(() => CSS.highlights.has('claimlens-code'))).toBe(true);
      expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)).toEqual([]);
      expect(h.diagnostics.pageErrors()).toEqual([]);
      expect(h.diagnostics.entries.filter((e) => /TypeError|Trusted|Content Security Policy/i.test(e.text))).toEqual(
        [],
      );
      await page.close();
    });
  }

  it('made no request to any origin but the extension and the fixture server', () => {
    expect(h.egress.requests).toEqual([]);
  });
});
