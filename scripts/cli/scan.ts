/**
 * `claimlens scan <file.html> [--json]`: runs the page detector (lib/detect) over an HTML file.
 * Offsets are into the document's visible text: the text of every scanned text node under <body>
 * (script/style/template/noscript/form controls/contenteditable/hidden removed), concatenated in document
 * order with nothing between nodes — see lib/detect/scan-document.ts.
 */
import { readFileSync, statSync } from 'node:fs';
import { Window } from 'happy-dom';
import { loadDataset } from '../node/load-dataset';
import { computedStyleHidden, scanDocument, type CodeToken, type IsKnown } from '../../lib/detect';
import { defineCommand } from './command';
import type { CliIo } from './io';
import { flag } from './flags';
import { UsageError } from './io';

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
  let size: number;
  try {
    const st = statSync(file);
    if (!st.isFile()) throw new UsageError(`${file} is not a file`);
    size = st.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(
      `cannot read ${file}: ${(e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'not readable'}`,
    );
  }
  if (size > MAX_HTML_BYTES) throw new UsageError(`${file} is larger than 20 MB`);
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new UsageError(`cannot read ${file}: not readable`);
  }
  if (text.includes('\u0000') || !/<[a-zA-Z!?/][^>]*>/.test(text.slice(0, 65536)))
    throw new UsageError(`${file} does not look like HTML`);
  return text;
}

/** Parses `html` with happy-dom (scripts disabled, no network) and runs the detector. */
export function scanHtml(html: string, isKnown: IsKnown): { text: string; matches: CodeToken[] } {
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
  try {
    const doc = window.document;
    doc.write(html);
    return scanDocument(doc as unknown as Document, {
      isKnown,
      isHidden: computedStyleHidden(window as unknown as Window & typeof globalThis),
    });
  } finally {
    void window.happyDOM.close();
  }
}

export default defineCommand({
  name: 'scan',
  summary: 'codes the in-page detector finds in an HTML file',
  args: { name: 'file.html', min: 1, max: 1 },
  flags: { json: flag.bool('print JSON') },
  run: async ({ flags, args }, io) => report(readHtml(args[0]), flags.json, io),
});

function report(html: string, json: boolean, io: CliIo): number {
  const ds = loadDataset();
  const { matches } = scanHtml(html, (c) => ds.has(c));
  const found: ScanJsonMatch[] = matches.map((m) => ({
    code: m.code,
    start: m.start,
    end: m.end,
    modifiers: m.modifiers,
    units: m.units,
    system: m.system,
    addOnMarker: m.addOnMarker,
    ...(m.range ? { range: m.range } : {}),
  }));
  if (json) {
    io.out(JSON.stringify({ matches: found }, null, 2));
    return 0;
  }
  if (found.length === 0) {
    io.out('No codes found.');
    return 0;
  }
  const rows = found.map((m) => [
    `${m.addOnMarker ? '+' : ''}${m.code}`,
    m.system,
    m.modifiers.join(' ') || '-',
    m.units === null ? '-' : String(m.units),
    `${m.start}-${m.end}`,
    m.range ? `${m.range.from}..${m.range.to}` : '',
  ]);
  const head = ['CODE', 'SYSTEM', 'MODIFIERS', 'UNITS', 'OFFSET', 'RANGE'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) =>
    r
      .map((c, i) => c.padEnd(w[i]))
      .join('  ')
      .trimEnd();
  io.out([line(head), ...rows.map(line), `${found.length} code${found.length === 1 ? '' : 's'}`].join('\n'));
  return 0;
}
