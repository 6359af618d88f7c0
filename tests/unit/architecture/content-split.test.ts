/**
 * What loads at page start stays small (docs/performance.md, "The in-page UI as a second script"): the content
 * script's import graph (entrypoints/content/index.tsx, value imports only) reaches no Preact and no view
 * (`components/` other than `components/extension/`, no inline stylesheet), and the UI script's graph
 * (entrypoints/content-ui/index.ts) takes from the content script only the contract, and calls no extension
 * API. A view imported into a feature by mistake would otherwise put Preact back into every page silently.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../../..');

/** The module specifiers `file` imports or re-exports for their values (type-only imports left out). */
function valueImports(file: string): string[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const out: string[] = [];
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st)) {
      const clause = st.importClause;
      if (clause?.isTypeOnly) continue;
      const named = clause?.namedBindings;
      const onlyTypes =
        clause && !clause.name && named && ts.isNamedImports(named) && named.elements.every((e) => e.isTypeOnly);
      if (!onlyTypes) out.push((st.moduleSpecifier as ts.StringLiteral).text);
    } else if (ts.isExportDeclaration(st) && st.moduleSpecifier && !st.isTypeOnly) {
      out.push((st.moduleSpecifier as ts.StringLiteral).text);
    }
  }
  return out;
}

/** A relative specifier as a source file of the repository (undefined for data files and stylesheets). */
function resolveLocal(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec);
  for (const f of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (/\.tsx?$/.test(f) && existsSync(f)) return f;
  return undefined;
}

/** Every module the entry reaches through value imports: repository files (relative paths) and packages. */
function graph(entry: string): { files: Set<string>; specifiers: Set<string> } {
  const files = new Set<string>();
  const specifiers = new Set<string>();
  const visit = (file: string) => {
    const rel = relative(ROOT, file);
    if (files.has(rel)) return;
    files.add(rel);
    for (const spec of valueImports(file)) {
      specifiers.add(spec.startsWith('.') ? relative(ROOT, resolve(dirname(file), spec)) : spec);
      const next = spec.startsWith('.') ? resolveLocal(file, spec) : undefined;
      if (next) visit(next);
    }
  };
  visit(resolve(ROOT, entry));
  return { files, specifiers };
}

describe('the content script and the UI script stay apart', () => {
  it('the content script reaches no Preact, no view and no stylesheet', () => {
    const { files, specifiers } = graph('entrypoints/content/index.tsx');
    expect(files.has('entrypoints/content/features/hover-popover.ts')).toBe(true);
    expect([...specifiers].filter((s) => s === 'preact' || s.startsWith('preact/'))).toEqual([]);
    expect([...specifiers].filter((s) => s.includes('?inline') || s.endsWith('.css'))).toEqual([]);
    expect(
      [...files].filter(
        (f) => (f.startsWith('components/') && !f.startsWith('components/extension/')) || f.includes('content-ui/'),
      ),
    ).toEqual([]);
  });

  it('the UI script takes only the contract from the content script and calls no extension API', () => {
    const { files, specifiers } = graph('entrypoints/content-ui/index.ts');
    expect(files.has('components/Popover.tsx')).toBe(true);
    expect([...files].filter((f) => f.startsWith('entrypoints/content/'))).toEqual([
      'entrypoints/content/ui-contract.ts',
    ]);
    expect([...files].filter((f) => f.startsWith('components/extension/'))).toEqual([]);
    expect([...specifiers].filter((s) => s === 'wxt/browser' || s.includes('webextension-polyfill'))).toEqual([]);
  });
});
