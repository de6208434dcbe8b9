/**
 * Names for places in the code, read with the TypeScript compiler's own parser:
 * the chain of functions enclosing a position (used as the stable part of a
 * baseline key) and whether a position is a catch clause's error binding.
 */
import ts from 'typescript';

const MODULE = '(module)';
const MAX_LABEL = 48;

/** Parse a file once; the caller caches per file. */
export function parseSource(fileName: string, text: string): ts.SourceFile {
  const kind = fileName.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  return ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, kind);
}

/** Nodes from the file down to the innermost node that contains the 1-based line/column. */
export function nodesAt(sf: ts.SourceFile, line: number, column: number): ts.Node[] {
  const lastLine = sf.getLineStarts().length - 1;
  const pos = sf.getPositionOfLineAndCharacter(Math.min(Math.max(line - 1, 0), lastLine), Math.max(column - 1, 0));
  const chain: ts.Node[] = [];
  let node: ts.Node | undefined = sf;
  while (node) {
    chain.push(node);
    node = node.getChildren(sf).find((child) => child.getStart(sf) <= pos && pos < child.getEnd());
  }
  return chain;
}

/** `a > b > c`: the named functions enclosing a position, outermost first. */
export function functionChainAt(sf: ts.SourceFile, line: number, column: number): string {
  const names = nodesAt(sf, line, column)
    .filter(hasBody)
    .map((fn) => functionLabel(fn, sf));
  return names.length > 0 ? names.join(' > ') : MODULE;
}

type FunctionWithBody = ts.FunctionLikeDeclaration;

/** Functions with code in them (not signatures or function types). */
function hasBody(node: ts.Node): node is FunctionWithBody {
  return (
    (ts.isFunctionDeclaration(node) ||
      ts.isFunctionExpression(node) ||
      ts.isArrowFunction(node) ||
      ts.isMethodDeclaration(node) ||
      ts.isConstructorDeclaration(node) ||
      ts.isGetAccessorDeclaration(node) ||
      ts.isSetAccessorDeclaration(node)) &&
    node.body !== undefined
  );
}

/** True when the position is the error variable of a `catch (err)` clause. */
export function isCatchBinding(sf: ts.SourceFile, line: number, column: number): boolean {
  const chain = nodesAt(sf, line, column);
  return chain.some((node) => ts.isVariableDeclaration(node) && ts.isCatchClause(node.parent));
}

function short(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > MAX_LABEL ? `${flat.slice(0, MAX_LABEL - 1)}…` : flat;
}

function nameText(name: ts.PropertyName | ts.BindingName | undefined, sf: ts.SourceFile): string | null {
  if (!name) return null;
  if (ts.isIdentifier(name) || ts.isPrivateIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  return short(name.getText(sf));
}

function ownerPrefix(node: ts.Node, sf: ts.SourceFile): string {
  const parent = node.parent;
  if (parent && (ts.isClassDeclaration(parent) || ts.isClassExpression(parent))) return `${nameText(parent.name, sf) ?? '(class)'}.`;
  return '';
}

/** The label of one function-like node. */
export function functionLabel(fn: FunctionWithBody, sf: ts.SourceFile): string {
  if (ts.isConstructorDeclaration(fn)) return `${ownerPrefix(fn, sf)}constructor`;
  const own = nameText(fn.name, sf);
  if (own && !ts.isFunctionExpression(fn)) return `${ownerPrefix(fn, sf)}${own}`;
  return labelFromContext(fn, sf) ?? own ?? '(anonymous)';
}

function isWrapper(node: ts.Node): boolean {
  return ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node);
}

/** Anonymous functions are named by where they sit: a variable, a property, a call, a JSX attribute. */
function labelFromContext(fn: ts.Node, sf: ts.SourceFile): string | null {
  let node = fn;
  while (isWrapper(node.parent)) node = node.parent;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) || ts.isPropertyAssignment(parent)) return nameText(parent.name, sf);
  if (ts.isPropertyDeclaration(parent)) return `${ownerPrefix(parent, sf)}${nameText(parent.name, sf) ?? ''}`;
  if (ts.isBinaryExpression(parent)) return short(parent.left.getText(sf));
  if (ts.isJsxExpression(parent) && ts.isJsxAttribute(parent.parent)) return parent.parent.name.getText(sf);
  if (ts.isCallExpression(parent) || ts.isNewExpression(parent)) return parent.expression === node ? '(IIFE)' : callLabel(parent, sf);
  return null;
}

/** `app.get('/api/x')`, `describe('login')`, `useEffect`: the call a callback is passed to. */
function callLabel(call: ts.CallExpression | ts.NewExpression, sf: ts.SourceFile): string {
  const callee = calleeName(call.expression, sf);
  const first = call.arguments?.[0];
  if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) return `${callee}('${short(first.text)}')`;
  return callee;
}

function calleeName(expr: ts.Expression, sf: ts.SourceFile): string {
  if (ts.isIdentifier(expr)) return expr.text;
  if (ts.isPropertyAccessExpression(expr)) {
    const left = ts.isIdentifier(expr.expression) || ts.isPropertyAccessExpression(expr.expression) ? calleeName(expr.expression, sf) : '…';
    return short(`${left}.${expr.name.text}`);
  }
  return short(expr.getText(sf));
}
