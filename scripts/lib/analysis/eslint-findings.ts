/**
 * Runs ESLint (Node API) with the analysis rules and turns its messages into
 * findings named by their enclosing function.
 */
import { ESLint, type Linter } from 'eslint';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type ts from 'typescript';
import { analysisConfig, RULE_SMELL, TARGETS } from './config.js';
import { functionChainAt, isCatchBinding, parseSource } from './names.js';
import type { Finding } from './types.js';

/** Parsed files, shared with the duplicate finder so each file is parsed once. */
export class SourceCache {
  private readonly files = new Map<string, ts.SourceFile>();

  constructor(private readonly root: string) {}

  get(file: string): ts.SourceFile {
    let sf = this.files.get(file);
    if (!sf) {
      sf = parseSource(file, readFileSync(path.join(this.root, file), 'utf8'));
      this.files.set(file, sf);
    }
    return sf;
  }
}

/** The numbers in an ESLint message, as `measured (max limit)`. */
export function metricOf(message: string): string {
  const measured = /\((\d+)\)|complexity of (\d+)/.exec(message);
  const limit = /Maximum allowed is (\d+)/.exec(message);
  const value = measured?.[1] ?? measured?.[2];
  if (!value || !limit) return '';
  const unit = /lines/.test(message) ? ' lines' : '';
  return `${value}${unit} (max ${limit[1]})`;
}

/** Test-suite wrappers are containers of tests, not logic; their length is not a smell. */
function isSuiteContainer(fn: string): boolean {
  const inner = fn.split(' > ').pop() ?? '';
  return /^describe(\.\w+)*(\(|$)/.test(inner);
}

function toFinding(file: string, msg: Linter.LintMessage, sources: SourceCache): Finding | null {
  const smell = msg.ruleId ? RULE_SMELL[msg.ruleId] : undefined;
  if (!smell || !msg.ruleId) return null;
  const sf = sources.get(file);
  if (msg.ruleId === '@typescript-eslint/no-unused-vars' && !isCatchBinding(sf, msg.line, msg.column)) return null;
  const fn = functionChainAt(sf, msg.line, msg.column);
  if (smell === 'long-function' && isSuiteContainer(fn)) return null;
  const message = smell === 'broad-catch' && msg.ruleId !== 'no-restricted-syntax' ? `Caught error is never used: ${msg.message}` : msg.message;
  return { file, line: msg.line, smell, rule: msg.ruleId, metric: metricOf(msg.message), fn, message };
}

/** Lint the targets with the analysis rules; inline `eslint-disable` comments are ignored here on purpose. */
export async function eslintFindings(root: string, sources: SourceCache): Promise<Finding[]> {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: analysisConfig(),
    allowInlineConfig: false,
    errorOnUnmatchedPattern: false,
  });
  const results = await eslint.lintFiles([...TARGETS]);
  const findings: Finding[] = [];
  for (const result of results) {
    const file = path.relative(root, result.filePath).split(path.sep).join('/');
    for (const msg of result.messages) {
      if (msg.fatal) throw new Error(`analyze: cannot parse ${file}:${msg.line}: ${msg.message}`);
      const finding = toFinding(file, msg, sources);
      if (finding) findings.push(finding);
    }
  }
  return findings;
}
