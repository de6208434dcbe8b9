/**
 * Finds the log events the server emits, by reading its source with the
 * TypeScript parser: `x.log.warn({ ... }, 'event_name')`-style calls (any
 * receiver named log/logger) and wrapper calls shaped `fn({ ... }, 'event_name')`.
 * Used by the test that keeps docs/logging.md true to the code.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

export const LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal'] as const;
export type Level = (typeof LEVELS)[number];

/** Event names are snake_case words. */
export const EVENT_NAME = /^[a-z][a-z0-9]*(_[a-z0-9]+)+$/;

export interface LogCall {
  file: string;
  line: number;
  /** The level when the call names it (`log.warn`); null for wrapper calls (`trace(...)`). */
  level: Level | null;
  /** The message when it is a string literal; null when it is computed. */
  event: string | null;
  /**
   * How a computed message is made: `forwarded` (a plain variable — a helper
   * passing its caller's event on, as in `(obj, msg) => log.warn(obj, msg)`)
   * or `free-text` (a template or expression: not a catalogued event).
   */
  computed: 'forwarded' | 'free-text' | null;
  /** Keys of the object logged with it (`...spread` kept as written). */
  fields: string[];
}

const LOGGER_RECEIVER = /(^|\.)_?(log|logger|req\.log|request\.log)$/i;

function receiverText(expr: ts.Expression, sf: ts.SourceFile): string {
  return expr.getText(sf).replace(/\?/g, '');
}

/** `log.warn`, `app.log.info`, `deps.logger?.warn` → the level; anything else → undefined. */
function directLevel(call: ts.CallExpression, sf: ts.SourceFile): Level | undefined {
  const callee = call.expression;
  if (!ts.isPropertyAccessExpression(callee)) return undefined;
  const level = callee.name.text as Level;
  if (!LEVELS.includes(level)) return undefined;
  return LOGGER_RECEIVER.test(receiverText(callee.expression, sf)) ? level : undefined;
}

function fieldsOf(arg: ts.Expression | undefined, sf: ts.SourceFile): string[] {
  if (!arg || !ts.isObjectLiteralExpression(arg)) return [];
  return arg.properties.map((p) => (ts.isSpreadAssignment(p) ? `...${p.expression.getText(sf)}` : (p.name?.getText(sf) ?? '?')));
}

function literal(arg: ts.Expression | undefined): string | null {
  return arg && (ts.isStringLiteral(arg) || ts.isNoSubstitutionTemplateLiteral(arg)) ? arg.text : null;
}

/** A wrapper call: `anything({ ... }, 'snake_case_event')`. */
function isWrapperEvent(call: ts.CallExpression): boolean {
  const [first, second] = call.arguments;
  const msg = literal(second);
  return call.arguments.length === 2 && !!first && ts.isObjectLiteralExpression(first) && msg !== null && EVENT_NAME.test(msg);
}

/** A string literal message is an event; a plain variable is forwarded; anything else is free text. */
function classify(messageArg: ts.Expression | undefined): Pick<LogCall, 'event' | 'computed'> {
  const event = literal(messageArg);
  if (event !== null) return { event, computed: null };
  return { event: null, computed: messageArg && ts.isIdentifier(messageArg) ? 'forwarded' : 'free-text' };
}

function toLogCall(call: ts.CallExpression, sf: ts.SourceFile, file: string): LogCall | null {
  const level = directLevel(call, sf);
  if (level === undefined && !isWrapperEvent(call)) return null;
  const [first, second] = call.arguments;
  const hasObject = !!first && !ts.isStringLiteralLike(first) && !ts.isTemplateExpression(first);
  const line = sf.getLineAndCharacterOfPosition(call.getStart(sf)).line + 1;
  return { file, line, level: level ?? null, ...classify(hasObject ? second : first), fields: hasObject ? fieldsOf(first, sf) : [] };
}

/** Every log call in one source text. */
export function logCallsIn(file: string, text: string): LogCall[] {
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const out: LogCall[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const found = toLogCall(node, sf, file);
      if (found) out.push(found);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return out;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts'))
    .map((e) => path.join(e.parentPath, e.name));
}

/** Every log call under a directory (paths relative to `root`, forward slashes). */
export function scanLogCalls(root: string, dir: string): LogCall[] {
  return tsFiles(path.join(root, dir))
    .sort()
    .flatMap((abs) => logCallsIn(path.relative(root, abs).split(path.sep).join('/'), readFileSync(abs, 'utf8')));
}
