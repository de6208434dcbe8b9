/**
 * What `npm run analyze` measures and where the limits sit. Every check is a
 * maintained tool's rule: ESLint core rules (plus one typescript-eslint rule)
 * for size, complexity, nesting and catches; jscpd for duplicated blocks.
 */
import type { Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import type { Smell } from './types.js';

/** The trees analyzed (the same ones `npm run lint` checks). */
export const TARGETS = ['src', 'web/src', 'test', 'bench', 'scripts'] as const;

export const LIMITS = {
  /** Code lines per function (blank and comment lines not counted). */
  functionLines: 50,
  /** Test callbacks read as a script of steps; they get more room. */
  testFunctionLines: 80,
  complexity: 10,
  depth: 4,
  /** jscpd: a duplicated block must be at least this long to count. */
  duplicateLines: 6,
  duplicateTokens: 60,
} as const;

const BROAD_CATCH =
  'Broad catch: it swallows every error without binding or rethrowing it. Catch the error you expect and rethrow the rest.';

/** ESLint rule id → the smell it reports. */
export const RULE_SMELL: Record<string, Smell> = {
  'max-lines-per-function': 'long-function',
  complexity: 'complexity',
  'max-depth': 'deep-nesting',
  'no-empty': 'empty-block',
  'no-restricted-syntax': 'broad-catch',
  // Only its reports on `catch (err)` bindings are kept (see eslint-findings.ts).
  '@typescript-eslint/no-unused-vars': 'broad-catch',
  'preserve-caught-error': 'lost-error-cause',
};

function rules(functionLines: number): Linter.RulesRecord {
  return {
    'max-lines-per-function': ['error', { max: functionLines, skipBlankLines: true, skipComments: true, IIFEs: true }],
    complexity: ['error', { max: LIMITS.complexity }],
    'max-depth': ['error', { max: LIMITS.depth }],
    'no-empty': ['error', { allowEmptyCatch: false }],
    'no-restricted-syntax': ['error', { selector: 'CatchClause[param=null]:not(:has(ThrowStatement))', message: BROAD_CATCH }],
    '@typescript-eslint/no-unused-vars': ['error', { vars: 'local', args: 'none', caughtErrors: 'all', ignoreRestSiblings: true }],
    'preserve-caught-error': ['error', { requireCatchParameter: false }],
  };
}

/** A self-contained flat config: the analyzer never reads eslint.config.js. */
export function analysisConfig(): Linter.Config[] {
  const base: Linter.Config = {
    files: ['**/*.ts', '**/*.tsx'],
    languageOptions: { parser: tseslint.parser as Linter.Parser, ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { '@typescript-eslint': tseslint.plugin as unknown as NonNullable<Linter.Config['plugins']>[string] },
    rules: rules(LIMITS.functionLines),
  };
  const tests: Linter.Config = { files: ['test/**/*.ts'], rules: rules(LIMITS.testFunctionLines) };
  return [{ ignores: ['dist/**', 'node_modules/**', 'test-results/**'] }, base, tests];
}
