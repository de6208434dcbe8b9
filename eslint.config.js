// ESLint 9 flat config for `npm run lint` (correctness) and `npm run fix`.
// Code-health thresholds (function length, complexity, nesting, broad catches,
// duplication) are not here: `npm run analyze` (scripts/analyze.ts) measures
// them against the committed analysis/baseline.json.
// Existing violations of the rules below are recorded in eslint-suppressions.json
// (ESLint's bulk suppressions): new ones fail, old ones are paid down over time.
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const NODE_CODE = ['src/**/*.ts', 'test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'];
const WEB = ['web/src/**/*.{ts,tsx}'];
// Type-aware rules cost most of the lint time; they run on product code and
// scripts. Tests and benches are linted without type information (vitest
// itself warns about un-awaited `expect(...).resolves/rejects`).
const UNTYPED = ['test/**/*.ts', 'bench/**/*.ts'];

export default defineConfig(
  { ignores: ['dist/**', 'node_modules/**', 'test-results/**'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { args: 'after-used', argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/no-explicit-any': 'warn',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-var': 'error',
      'prefer-const': 'error',
      'no-throw-literal': 'error',
      // Text normalisation strips control characters on purpose (documents/, filenames).
      'no-control-regex': 'off',
    },
  },
  {
    // Type information comes from the two tsconfigs the typecheck already uses.
    files: ['src/**/*.ts', 'scripts/**/*.ts', ...WEB],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // A promise nobody awaits loses its error (an unhandled rejection stops Node).
      '@typescript-eslint/no-floating-promises': ['error', { ignoreVoid: true }],
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false, attributes: false } }],
      '@typescript-eslint/await-thenable': 'error',
      '@typescript-eslint/only-throw-error': 'error',
      'no-throw-literal': 'off',
    },
  },
  { files: UNTYPED, ...tseslint.configs.disableTypeChecked },
  { files: NODE_CODE, languageOptions: { globals: { ...globals.node } } },
  {
    // Only the two classic hook rules: the React Compiler rules in the plugin's
    // newer presets target code written for the compiler, which this app is not.
    files: WEB,
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
);
