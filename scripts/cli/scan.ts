/**
 * `claimlens scan <file.html> [--json]`: runs the page detector (lib/detect) over an HTML file.
 * Offsets are into the document's visible text: the text of every scanned text node under <body>
 * (script/style/template/noscript/form controls/contenteditable/hidden removed), concatenated in document
 * order with nothing between nodes — see lib/detect/scan-document.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { Window } from 'happy-dom';
import { loadDataset } from '../node/load-dataset';
import { scanDocument, type CodeToken, type IsKnown } from '../../lib/detect';
import { MAX_CODES_PER_TEXT } from '../../lib/detect/limits';
import { ruleAwareHidden } from './scan-visibility';
import { defineCommand } from './command';
import { flag } from './flags';
import { htmlShape, MAX_HTML_DEPTH, MAX_HTML_ELEMENTS } from './html-shape';
import { type CliIo, UsageError } from './io';
import { quoted } from '../../lib/text/printable';

/** Largest file the command reads. */
export const MAX_HTML_BYTES = 20 * 1024 * 1024;

/** One line of `--json` output. */
export interface ScanJsonMatch {
  code: string;
  start: number;
  end: number;
  modifiers: string[];
  units: number | null;
  system: string;
  addOnMarker: boolean;
  range?: { from: string; to: string };
}

function readHtml(file: string): string {
  const name = quoted(file, 200);
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UsageError(`${name} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `cannot read ${name}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not readable'}`,
    );
  }
  if (size > MAX_HTML_BYTES) throw new UsageError(`${name} is larger than 20 MB`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${name}: not readable`);
  }
  if (text.includes('\u0000') || !/<[a-zA-Z!?/][^>]*>/.test(text.slice(0, 65536)))
    throw new UsageError(`${name} does not look like HTML`);
  checkShape(name, text);
  return text;
}

/** Refuses pages the HTML engine cannot hold (scripts/cli/html-shape.ts), before it tries. */
function checkShape(name: string, html: string): void {
  const { depth, elements } = htmlShape(html);
  const n = (x: number) => x.toLocaleString('en-US');
  if (depth > MAX_HTML_DEPTH)
    throw new UsageError(
      `${name} nests elements about ${n(depth)} deep; scan reads pages nested at most ${n(MAX_HTML_DEPTH)} deep (browsers stop nesting at 512)`,
    );
  if (elements > MAX_HTML_ELEMENTS)
    throw new UsageError(
      `${name} has about ${n(elements)} elements; scan reads at most ${n(MAX_HTML_ELEMENTS)} (split the page, or let the extension scan it in the browser)`,
    );
}

/** What {@link scanHtml} found: the visible text, the codes, and how many text nodes held more codes than are read. */
export interface HtmlScan {
  text: string;
  matches: CodeToken[];
  cappedTextNodes: number;
}

/** Parses `html` with happy-dom (scripts disabled, no network) and runs the detector. */
export function scanHtml(html: string, isKnown: IsKnown): HtmlScan {
  const window = new Window({
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      navigation: {
        disableMainFrameNavigation: true,
        disableChildFrameNavigation: true,
        disableChildPageNavigation: true,
      },
    },
  });
  let cappedTextNodes = 0;
  try {
    const doc = window.document as unknown as Document;
    window.document.write(html);
    const { text, matches } = scanDocument(doc, {
      isKnown,
      isHidden: ruleAwareHidden(doc, window as unknown as Window & typeof globalThis),
      onCapped: () => {
        cappedTextNodes++;
      },
    });
    return { text, matches, cappedTextNodes };
  } catch (e) {
    if (e instanceof RangeError) throw new UsageError(`the page is too large or deeply nested to scan (${e.message})`);
    throw e;
  } finally {
    // Tearing down the throwaway window can itself fail on an odd tree; the scan's answer stands either way.
    window.happyDOM.close().catch(() => undefined);
  }
}

export default defineCommand({
  name: 'scan',
  summary: 'codes the in-page detector finds in an HTML file',
  args: { name: 'file.html', min: 1, max: 1 },
  flags: { json: flag.bool('print JSON') },
  notes: [
    `Limits: 20 MB, ${MAX_HTML_ELEMENTS.toLocaleString('en-US')} elements, nesting ${MAX_HTML_DEPTH.toLocaleString('en-US')} deep; at most ${MAX_CODES_PER_TEXT.toLocaleString('en-US')} codes per text node.`,
  ],
  run: async ({ flags, args }, io) => report(readHtml(args[0]), flags.json, io),
});

function toJson(m: CodeToken): ScanJsonMatch {
  return {
    code: m.code,
    start: m.start,
    end: m.end,
    modifiers: m.modifiers,
    units: m.units,
    system: m.system,
    addOnMarker: m.addOnMarker,
    ...(m.range ? { range: m.range } : {}),
  };
}

function report(html: string, json: boolean, io: CliIo): number {
  const ds = loadDataset();
  const { matches, cappedTextNodes } = scanHtml(html, (c) => ds.has(c));
  const found = matches.map(toJson);
  const capped =
    cappedTextNodes > 0
      ? `${cappedTextNodes} text node${cappedTextNodes === 1 ? '' : 's'} held more than ${MAX_CODES_PER_TEXT.toLocaleString('en-US')} codes; the codes after that in ${cappedTextNodes === 1 ? 'it were' : 'them were'} not read (lib/detect/limits.ts).`
      : '';
  if (json) {
    io.out(JSON.stringify({ matches: found, cappedTextNodes }, null, 2));
    return 0;
  }
  if (found.length === 0) {
    io.out(['No codes found.', capped].filter(Boolean).join('\n'));
    return 0;
  }
  io.out([...table(found), `${found.length} code${found.length === 1 ? '' : 's'}`, capped].filter(Boolean).join('\n'));
  return 0;
}

function table(found: ScanJsonMatch[]): string[] {
  const rows = found.map((m) => [
    `${m.addOnMarker ? '+' : ''}${m.code}`,
    m.system,
    m.modifiers.join(' ') || '-',
    m.units === null ? '-' : String(m.units),
    `${m.start}-${m.end}`,
    m.range ? `${m.range.from}..${m.range.to}` : '',
  ]);
  const head = ['CODE', 'SYSTEM', 'MODIFIERS', 'UNITS', 'OFFSET', 'RANGE'];
  // A loop, not Math.max(...rows): a spread of 100,000s of values overflows the stack.
  const w = head.map((h) => h.length);
  for (const r of rows) for (let i = 0; i < r.length; i++) if (r[i].length > w[i]) w[i] = r[i].length;
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(w[i]))
      .join('  ')
      .trimEnd();
  return [line(head), ...rows.map(line)];
}
