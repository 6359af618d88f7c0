/**
 * The demo without a display: loads the demo portal page in headless Chromium with ClaimLens, waits for the
 * scan, audits the marks, hovers 64634, 64490, J1100 and a ZIP, saves screenshots (also the popover, the claim
 * check and the options page in light and dark, showcase.ts) and prints what it saw.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { REPO_ROOT, type ExtensionHarness } from '../../tests/e2e/harness';
import { DemoError } from './errors';
import { closePopover, hoverOpensPopover, openPopover, type Target } from './hover';
import { describeDetail } from './format';
import { classifyTokens } from './look-alikes';
import { auditMarks, popoverHeadline, popoverText, scrollPopoverTo } from './page-probe';
import { type RemittanceDemo, runRemittanceDemo } from './remittance-demo';
import { waitForScan } from './scan-wait';
import { runShowcase } from './showcase';

/** The highlight name the content script registers (entrypoints/content/highlight-style.ts). */
const HIGHLIGHT_NAME = 'claimlens-code';
/** Tall enough that the whole claim (header to remarks) gets its marks: only near-screen codes are marked. */
export const HEADLESS_VIEWPORT = { width: 1280, height: 1000 };

/** Codes the demo hovers, in the service-line grid. */
const HOVERS: Target[] = [
  { selector: '#line-2 .code', text: '64634' },
  { selector: '#line-3 .code', text: '64490' },
  { selector: '#line-5 .code', text: 'J1100' },
];
/** A Spokane ZIP that is also an E/M code number: hovering it must open nothing. */
const ZIP_TARGET: Target = { selector: '#billing-city', text: '99204' };

/** What the headless run found, also written to `summary.json`. */
export interface HeadlessSummary {
  url: string;
  detected: { code: string; detail: string; count: number }[];
  marks: number;
  lookAlikesUnmarked: { text: string; kind: string; context: string }[];
  zips: { text: string; marked: boolean }[];
  strayMarks: string[];
  zipHoverOpenedPopover: boolean;
  popovers: Record<string, string>;
  screenshots: string[];
  egress: string[];
  pageErrors: string[];
  /** The remittance page: the CO-97 popover's likely cause. */
  remittance: RemittanceDemo;
}

/** Runs the headless demo against an open harness; `out` is the screenshot folder. Prints as it goes. */
export async function runHeadless(
  h: ExtensionHarness,
  out: string,
  print: (line: string) => void,
): Promise<HeadlessSummary> {
  mkdirSync(out, { recursive: true });
  const shots: string[] = [];
  const shot = async (page: Page, name: string, fullPage = false) => {
    const file = join(out, name);
    await page.screenshot({ path: file, fullPage });
    shots.push(file);
  };
  const page = await h.openFixture('portal.html');
  print(`Page      ${page.url()}`);

  const detected = await waitForScan(page, h.serviceWorker);
  const occurrences = detected.reduce((n, r) => n + r.count, 0);
  print('');
  print(`Detected ${detected.length} distinct codes (${occurrences} occurrences), as the keyboard panel lists them:`);
  for (const r of detected)
    print(
      `  ${r.code.padEnd(6)} ${describeDetail(r.detail).padEnd(24)} ${r.count > 1 ? `(${r.count} times on the page)` : ''}`.trimEnd(),
    );
  await shot(page, 'panel.png');
  await page.keyboard.press('Escape');
  await page.locator('claimlens-ui .cl-panel').waitFor({ state: 'detached', timeout: 5_000 });

  const audit = await auditMarks(page, HIGHLIGHT_NAME);
  const report = classifyTokens(audit, REPO_ROOT);
  const zipsMarked = report.zips.filter((z) => z.marked);
  print('');
  print(`Marked on the page: ${audit.marks} code occurrences (CSS highlights; the page's DOM is untouched).`);
  print(
    `Look-alikes left unmarked: ${report.lookAlikes.length} numbers that are real code numbers but not codes where they stand:`,
  );
  for (const l of report.lookAlikes) print(`  ${l.text}  ${l.kind.padEnd(14)} "${l.context}"`);
  print(
    `ZIPs on the page: ${report.zips.length}, marked: ${zipsMarked.length}${zipsMarked.length ? ` (${zipsMarked.map((z) => z.text).join(', ')})` : ''}`,
  );
  print(`Marks on anything but a whole code (amounts, dates, phone numbers, IDs): ${report.strayMarks.length}`);
  await shot(page, 'page.png', true);

  print('');
  const zipOpened = await hoverOpensPopover(page, ZIP_TARGET);
  await shot(page, `hover-zip-${ZIP_TARGET.text}.png`);
  print(
    `Hover ZIP ${ZIP_TARGET.text} ("Spokane, WA ${ZIP_TARGET.text}"): ${zipOpened ? 'a popover OPENED (unexpected)' : 'nothing opens'}`,
  );
  if (zipOpened) await closePopover(page);

  const popovers: Record<string, string> = {};
  for (const target of HOVERS) {
    await openPopover(page, target);
    await shot(page, `popover-${target.text}.png`);
    popovers[target.text] = await popoverText(page);
    const head = await popoverHeadline(page);
    if (head.code !== target.text)
      throw new DemoError(`hovering ${target.text} opened the popover of ${head.code || 'no code'}`);
    if (target.text === '64634') {
      // The popover scrolls; a second picture shows the chosen payers' notes.
      await scrollPopoverTo(page, 'payerNotes');
      await shot(page, 'popover-64634-payer-notes.png');
    }
    await closePopover(page);
    const pairs = head.pairs.length ? `; PTP pairs with codes on this page: ${head.pairs.join(', ')}` : '';
    print(
      `Hover ${head.code} (${head.system}): popover opens — "${head.descriptor}" ${head.mue ? `Practitioner ${head.mue}` : ''}${pairs}`,
    );
  }
  writeFileSync(join(out, 'popover-64634.txt'), `${popovers['64634']}\n`);
  print('');
  print('The 64634 popover says (sections marked ■; collapsed ones included):');
  print(
    popovers['64634']
      .split('\n')
      .map((l) => `  ${l}`)
      .join('\n'),
  );

  await runShowcase(h, page, shot);
  print('');
  print(
    'Light and dark: the 64634 popover with its verdict strip, the claim check of the service lines, the options page.',
  );

  const url = page.url();
  await page.close();
  const remittance = await runRemittanceDemo(h, shot, print);

  const egress = h.egress.requests.map((r) => r.url);
  const pageErrors = [...h.diagnostics.pageErrors(), ...h.diagnostics.consoleErrors()].map((d) => d.text);
  print('');
  print(`Screenshots (${relative(REPO_ROOT, out) || '.'}/):`);
  for (const s of shots) print(`  ${relative(REPO_ROOT, s)}`);
  print(
    `Requests to anything but 127.0.0.1 and the extension: ${egress.length}. Page and extension errors: ${pageErrors.length}.`,
  );
  const summary: HeadlessSummary = {
    url,
    detected,
    marks: audit.marks,
    lookAlikesUnmarked: report.lookAlikes.map(({ text, kind, context }) => ({ text, kind, context })),
    zips: report.zips.map(({ text, marked }) => ({ text, marked })),
    strayMarks: report.strayMarks,
    zipHoverOpenedPopover: zipOpened,
    popovers,
    screenshots: shots.map((s) => relative(out, s)),
    egress,
    pageErrors,
    remittance,
  };
  writeFileSync(join(out, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);
  return summary;
}
