/**
 * Trust rules on the source (DEVELOPERS.md, "The page is hostile"): no markup sinks in any code that renders (entrypoints, components,
 * lib), and lib/ pure (no extension/Node imports, no browser or network globals). The checker is tested on
 * small samples first, so a broken checker cannot pass the real tree silently.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { libPurity, markupSinks } from './source-rules';

const ROOT = resolve(import.meta.dirname, '../../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(resolve(ROOT, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts'))
    .map((e) => relative(ROOT, join(e.parentPath, e.name)))
    .sort();
}

const read = (file: string) => readFileSync(resolve(ROOT, file), 'utf8');

describe('the checker itself', () => {
  it('finds each markup sink and ignores comments, strings and harmless properties', () => {
    const bad = [
      'el.innerHTML = s;',
      "el['innerHTML'] = s;",
      'el.outerHTML = s;',
      "el.insertAdjacentHTML('beforeend', s);",
      'document.write(s);',
      'doc.writeln(s);',
      'range.createContextualFragment(s);',
      'const x = <div dangerouslySetInnerHTML={{ __html: s }} />;',
    ];
    for (const line of bad) expect(markupSinks('sample.tsx', line), line).toHaveLength(1);
    const fine = [
      '// never use el.innerHTML here',
      "const s = 'innerHTML is banned';",
      'const t = el.outerHTML;',
      'stream.write(s);',
      'el.textContent = s;',
    ];
    for (const line of fine) expect(markupSinks('sample.tsx', line), line).toEqual([]);
  });

  it('finds extension imports and globals in lib code, and allows parameters and object keys of the same name', () => {
    const bad = [
      "import { browser } from 'wxt/browser';",
      "import browser from 'webextension-polyfill';",
      "import { readFileSync } from 'node:fs';",
      'export const w = window.innerWidth;',
      'export function f() { return document.body; }',
      'chrome.storage.local.get();',
      'export const g = () => fetch("https://example.com");',
      'export const h = globalThis.document;',
      'export const n = navigator.userAgent;',
    ];
    for (const line of bad) expect(libPurity('lib/sample.ts', line).length, line).toBeGreaterThan(0);
    const fine = [
      'export function f(document: Document) { return document.body; }',
      'export function g(doc: Document, win: Window) { return win.innerWidth + doc.title.length; }',
      "export const src = { document: 'NCCI manual', section: 'I' };",
      'export interface Api { fetch(url: string): Promise<Response>; browser: string }',
      'export const call = (api: { fetch(u: string): void }) => api.fetch("/data/x.json");',
      '/** Reads the window size through a parameter, never the global window. */ export const z = 1;',
    ];
    for (const line of fine) expect(libPurity('lib/sample.ts', line), line).toEqual([]);
  });
});

describe('the source tree', () => {
  it('has no markup sink in entrypoints/, components/ or lib/', () => {
    const files = ['entrypoints', 'components', 'lib'].flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => markupSinks(f, read(f)));
    expect(found, 'render text through Preact/textContent; never parse strings as markup').toEqual([]);
  });

  it('keeps lib/ pure: no extension or Node imports, no browser or network globals', () => {
    const files = sourceFiles('lib');
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => libPurity(f, read(f)));
    expect(
      found,
      'lib/ takes Document/Window/fetch as parameters; entrypoints wire the extension APIs (DEVELOPERS.md)',
    ).toEqual([]);
  });
});
