import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

const domFree = {
  patterns: [
    { group: ['lit', 'lit/*', '@lit/*', 'idb', 'comlink', 'd3', 'd3-*'], message: 'This layer is pure: no DOM, lit, idb or comlink (DESIGN §5).' },
    { group: ['**/components/**', '**/store/**', '**/worker/**'], message: 'Imports point down the layers only (DESIGN §5).' },
  ],
};

export default tseslint.config(
  { ignores: ['dist/**', 'storybook-static/**', 'node_modules/**', 'demo/dist/**', 'demo/node_modules/**', 'custom-elements.json'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: "NewExpression[callee.name='Function']", message: 'No new Function: strict CSP.' }],
      'no-eval': 'error',
    },
  },
  {
    files: ['src/components/**/*.ts', 'src/recognition/**/*.ts', 'stories/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/components/**/*.ts', 'src/recognition/**/*.ts'],
    plugins: { 'lit-a11y': litA11y },
    rules: litA11y.configs.recommended.rules,
  },
  {
    // Published coefficients and reference values are quoted with all their digits, as printed in the sources.
    files: ['src/analytics/distributions.ts', 'tests/analytics/distributions.test.ts'],
    rules: { 'no-loss-of-precision': 'off' },
  },
  {
    files: ['src/analytics/**/*.ts', 'src/model/**/*.ts', 'src/ingest/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', domFree] },
  },
);
