/**
 * Reads what ClaimLens did to the demo page, from outside, through public browser APIs only: the keyboard
 * panel and the popover (in the UI host's open shadow root) and the marks (the document's CSS highlight
 * registry, which the page's own world can read too). No hook in the content script is needed.
 *
 * The functions passed to `page.evaluate` are serialised into the page, so they declare no named inner
 * functions (tsx would wrap those in a `__name` helper that does not exist in the page).
 */
import type { Page } from 'playwright-core';
import { CODE_PATTERN } from '../../lib/codes';

/** One row of the keyboard panel: a distinct code, its first occurrence's modifiers/units, its count. */
export interface PanelRow {
  code: string;
  /** e.g. "-RT ×2" (empty when the code was written bare). */
  detail: string;
  count: number;
}

/** A code-shaped token (5 characters: 99213, J1100, 0213T) in the page's text, and whether it is marked. */
export interface PageToken {
  text: string;
  marked: boolean;
  /** The form label of the value (the `<dt>` before its `<dd>`), if any. */
  label: string;
  /** Up to 28 characters of text just before the token. */
  before: string;
}

/** Every code-shaped token on the page, plus the marks that do not sit on one. */
export interface MarkAudit {
  tokens: PageToken[];
  /** Highlight ranges whose text is not exactly a code-shaped token (an amount, a date, part of an ID…). */
  strayMarks: string[];
  /** Marked adjustment and remark codes (CO-97, N362), by their text. */
  adjustmentMarks: string[];
  /** Highlight ranges in total. */
  marks: number;
}

/** The keyboard panel's rows, or null when the panel is not open. */
export function readPanel(page: Page): Promise<PanelRow[] | null> {
  return page.evaluate(() => {
    const root = document.querySelector('claimlens-ui')?.shadowRoot;
    const panel = root?.querySelector('.cl-panel');
    if (!panel) return null;
    return [...panel.querySelectorAll('[role="option"]')].map((li) => {
      const text = (li.textContent ?? '').replace(/\s+/g, ' ').trim();
      const code = li.getAttribute('data-code') ?? '';
      const times = /×(\d+) on page$/.exec(text);
      const detail = text
        .slice(code.length)
        .replace(/×\d+ on page$/, '')
        .trim();
      return { code, detail, count: times ? Number(times[1]) : 1 };
    });
  });
}

/** Lists the code-shaped tokens of the page's body text and which of them carry a ClaimLens mark. */
export function auditMarks(page: Page, highlightName: string): Promise<MarkAudit> {
  return page.evaluate(
    ({ name, pattern }) => {
      const registry = (CSS as unknown as { highlights: Map<string, Iterable<AbstractRange>> }).highlights;
      const ranges = [...(registry.get(name) ?? [])];
      const shape = new RegExp(String.raw`(?<![\p{L}\p{Nd}])(${pattern})(?![\p{L}\p{Nd}])`, 'gu');
      const tokens: { text: string; marked: boolean; label: string; before: string }[] = [];
      const onToken = new Set<AbstractRange>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
        const parent = n.parentElement;
        if (!parent || parent.closest('script, style, template, noscript')) continue;
        const previous = (n.previousSibling?.textContent ?? '') || (parent.previousSibling?.textContent ?? '');
        shape.lastIndex = 0;
        for (let m = shape.exec(n.data); m; m = shape.exec(n.data)) {
          const start = m.index;
          const end = start + m[1].length;
          const hit = ranges.find(
            (r) => r.startContainer === n && r.startOffset === start && r.endContainer === n && r.endOffset === end,
          );
          if (hit) onToken.add(hit);
          const label = parent.tagName === 'DD' ? (parent.previousElementSibling?.textContent ?? '').trim() : '';
          const before = (previous + n.data.slice(0, start)).replace(/\s+/g, ' ').slice(-28).trimStart();
          tokens.push({ text: m[1], marked: !!hit, label, before });
        }
      }
      // Adjustment and remark codes (CO-97, PR-2, N130) share the codes' highlight (features/adjustment-codes.ts).
      // No named helper functions in here: the bundler would wrap them in a helper the page does not have.
      const adjustment = /^(?:(?:CO|PR|OA|PI|CR)-?[A-Z]?\d{1,3}|(?:MA?|N)\d{1,4}|[A-Z]?\d{1,3})$/;
      const other = ranges
        .filter((r) => !onToken.has(r))
        .map((r) => {
          const range = document.createRange();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          return range.toString();
        });
      const strayMarks = other.filter((t) => !adjustment.test(t));
      return { tokens, strayMarks, adjustmentMarks: other.filter((t) => adjustment.test(t)), marks: ranges.length };
    },
    { name: highlightName, pattern: CODE_PATTERN },
  );
}

/**
 * The open popover's text, one line per block (heading, paragraph, list item, section title), buttons left
 * out. Collapsed sections are included: their text is in the DOM, only hidden until the user opens them.
 */
export function popoverText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const popover = document.querySelector('claimlens-ui')?.shadowRoot?.querySelector('.cl-popover');
    if (!popover) throw new Error('no popover is open');
    const blocks = new Set(['P', 'LI', 'H2', 'SUMMARY', 'DIV', 'UL', 'OL', 'DETAILS']);
    const lines: string[] = [];
    let line = '';
    let prefix = '';
    // Depth-first walk with an explicit stack: [node, leaving?]. Text accumulates until a block starts or ends.
    const stack: [Node, boolean][] = [[popover, false]];
    while (stack.length > 0) {
      const [node, leaving] = stack.pop()!;
      if (node.nodeType === Node.TEXT_NODE) {
        line += (node as Text).data;
        continue;
      }
      if (node.nodeType !== Node.ELEMENT_NODE) continue;
      const el = node as Element;
      if (el.tagName === 'BUTTON' || el.classList.contains('cl-toolbar')) continue;
      const isBlock = blocks.has(el.tagName);
      if (isBlock) {
        const text = line.replace(/\s+/g, ' ').trim();
        if (text) lines.push(prefix + text);
        line = '';
        // The block the next text belongs to: this one when entering it, its parent when leaving it.
        const ctx = leaving ? el.parentElement : el;
        const tag = ctx?.tagName ?? '';
        // A section title is "■ …"; a title inside a section (one payer's notes) is "▸ …".
        const nested = tag === 'SUMMARY' && !!ctx?.parentElement?.parentElement?.closest('details');
        prefix =
          tag === 'SUMMARY'
            ? nested
              ? '  ▸ '
              : '■ '
            : tag === 'LI'
              ? '  • '
              : ctx?.closest('li')
                ? '    '
                : tag === 'H2'
                  ? ''
                  : '  ';
      }
      if (leaving) continue;
      stack.push([el, true]);
      for (let i = el.childNodes.length - 1; i >= 0; i--) stack.push([el.childNodes[i], false]);
    }
    const rest = line.replace(/\s+/g, ' ').trim();
    if (rest) lines.push(prefix + rest);
    return lines.join('\n');
  });
}

/** The headline facts of the open popover: code, system, descriptor or summary, practitioner MUE, pairs on the page. */
export function popoverHeadline(
  page: Page,
): Promise<{ code: string; system: string; descriptor: string; mue: string; pairs: string[] }> {
  return page.evaluate(() => {
    const root = document.querySelector('claimlens-ui')?.shadowRoot?.querySelector('.cl-popover');
    const [code, system, summary, descriptor, mue] = [
      '.cl-code',
      '.cl-system',
      '.cl-descriptor p',
      '.cl-descriptor',
      '[data-mue="Practitioner"] .cl-mue-units',
    ].map((sel) => (root?.querySelector(sel)?.textContent ?? '').replace(/\s+/g, ' ').trim());
    return {
      code,
      system,
      descriptor: summary || descriptor,
      mue,
      pairs: [...(root?.querySelectorAll('[data-pair]') ?? [])].map((li) => li.getAttribute('data-pair') ?? ''),
    };
  });
}

/**
 * Scrolls the open popover (with the mouse wheel, as a person would) until the section `id` is at its top.
 * The pointer moves onto the popover first, which keeps it open.
 */
export async function scrollPopoverTo(page: Page, section: string): Promise<void> {
  const popover = page.locator('claimlens-ui .cl-popover');
  const box = await popover.boundingBox();
  if (!box) throw new Error('no popover is open');
  await page.mouse.move(box.x + box.width / 2, box.y + Math.min(120, box.height / 2), { steps: 4 });
  const delta = await popover.evaluate((el, id) => {
    const target = el.querySelector(`[data-section="${id}"]`);
    return target ? target.getBoundingClientRect().top - el.getBoundingClientRect().top - 40 : 0;
  }, section);
  if (delta <= 0) return;
  await page.mouse.wheel(0, delta);
  await page.waitForFunction(
    () => {
      const el = document.querySelector('claimlens-ui')?.shadowRoot?.querySelector('.cl-popover');
      return !!el && el.scrollTop > 0;
    },
    undefined,
    { timeout: 5_000 },
  );
}
