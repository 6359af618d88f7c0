/**
 * Source-level trust rules, checked on the TypeScript syntax tree (not on raw text, so comments, strings
 * and object keys such as `{ document: … }` never count):
 *
 * - markup sinks (`innerHTML`, `outerHTML =`, `insertAdjacentHTML`, `dangerouslySetInnerHTML`,
 *   `document.write`, `createContextualFragment`, `setHTMLUnsafe`) — anywhere in entrypoints/, components/, lib/;
 * - `lib/` stays pure: no extension or Node imports, no browser globals (`window`, `document`, `chrome`,
 *   `browser`, …) and no network globals (`fetch`, …) unless the file declares that name itself (a parameter).
 */
import ts from 'typescript';

/** One rule violation, with a 1-based line number. */
export interface Violation {
  file: string;
  line: number;
  rule: string;
  text: string;
}

const MARKUP_PROPERTIES = new Set([
  'innerHTML',
  'insertAdjacentHTML',
  'createContextualFragment',
  'setHTMLUnsafe',
  'parseHTMLUnsafe',
]);

/** Globals lib/ must receive as parameters instead of touching. */
export const LIB_BANNED_GLOBALS = new Set([
  'window',
  'document',
  'self',
  'chrome',
  'browser',
  'navigator',
  'location',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'EventSource',
]);

/** Module specifiers lib/ must not import (extension APIs, WXT runtime, Node built-ins). */
export const LIB_BANNED_IMPORT =
  /^(wxt(\/|$)|#imports$|webextension-polyfill|@wxt-dev\/|chrome$|browser$|node:|fs$|path$|child_process$|os$)/;

function lineOf(sf: ts.SourceFile, node: ts.Node): number {
  return sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1;
}

/** Markup sinks in one source file. */
export function markupSinks(file: string, source: string): Violation[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const out: Violation[] = [];
  const add = (node: ts.Node, rule: string) =>
    out.push({ file, line: lineOf(sf, node), rule, text: node.getText(sf).slice(0, 80) });
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node)) {
      const name = ts.isPropertyAccessExpression(node)
        ? node.name.text
        : ts.isStringLiteralLike(node.argumentExpression)
          ? node.argumentExpression.text
          : '';
      if (MARKUP_PROPERTIES.has(name)) add(node, name);
      if (name === 'outerHTML' && ts.isBinaryExpression(node.parent) && node.parent.left === node)
        add(node, 'outerHTML assignment');
      if ((name === 'write' || name === 'writeln') && /doc/i.test(node.expression.getText(sf)))
        add(node, 'document.write');
    }
    if (ts.isIdentifier(node) && node.text === 'dangerouslySetInnerHTML') add(node, 'dangerouslySetInnerHTML');
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

/** Names a file declares itself (parameters, variables, functions, classes, imports): those are not globals. */
function declaredNames(sf: ts.SourceFile): Set<string> {
  const names = new Set<string>();
  const visit = (node: ts.Node): void => {
    if (
      (ts.isParameter(node) ||
        ts.isVariableDeclaration(node) ||
        ts.isBindingElement(node) ||
        ts.isFunctionDeclaration(node) ||
        ts.isClassDeclaration(node) ||
        ts.isImportSpecifier(node) ||
        ts.isImportClause(node) ||
        ts.isNamespaceImport(node)) &&
      node.name &&
      ts.isIdentifier(node.name)
    )
      names.add(node.name.text);
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return names;
}

/** True when `node` is a name in a position that does not read a variable (`a.x`, `{ x: 1 }`, `x(): void`, a type). */
function isNotAReference(node: ts.Identifier): boolean {
  const p = node.parent;
  if (ts.isPropertyAccessExpression(p) && p.name === node) return true;
  if (
    (ts.isPropertyAssignment(p) ||
      ts.isPropertySignature(p) ||
      ts.isPropertyDeclaration(p) ||
      ts.isMethodDeclaration(p) ||
      ts.isMethodSignature(p) ||
      ts.isGetAccessor(p) ||
      ts.isSetAccessor(p) ||
      ts.isEnumMember(p)) &&
    p.name === node
  )
    return true;
  if (ts.isQualifiedName(p) || ts.isTypeReferenceNode(p) || ts.isTypeQueryNode(p)) return true;
  if (ts.isImportSpecifier(p) || ts.isExportSpecifier(p) || ts.isLabeledStatement(p)) return true;
  return false;
}

/** lib/ purity violations in one source file. */
export function libPurity(file: string, source: string): Violation[] {
  const sf = ts.createSourceFile(
    file,
    source,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const declared = declaredNames(sf);
  const out: Violation[] = [];
  const add = (node: ts.Node, rule: string) =>
    out.push({ file, line: lineOf(sf, node), rule, text: node.getText(sf).slice(0, 80) });
  const visit = (node: ts.Node): void => {
    if (
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) &&
      node.moduleSpecifier &&
      ts.isStringLiteral(node.moduleSpecifier)
    ) {
      if (LIB_BANNED_IMPORT.test(node.moduleSpecifier.text)) add(node, `import '${node.moduleSpecifier.text}'`);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteral(arg) && LIB_BANNED_IMPORT.test(arg.text)) add(node, `import('${arg.text}')`);
    }
    if (ts.isIdentifier(node) && LIB_BANNED_GLOBALS.has(node.text)) {
      // `globalThis.document` reads the global even when a local `document` exists.
      const viaGlobalThis =
        ts.isPropertyAccessExpression(node.parent) &&
        node.parent.name === node &&
        ts.isIdentifier(node.parent.expression) &&
        node.parent.expression.text === 'globalThis';
      if (viaGlobalThis) add(node.parent, `global ${node.text}`);
      else if (!isNotAReference(node) && !declared.has(node.text)) add(node, `global ${node.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}
