import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** Modules the pure core must never import: hosts, UI, spreadsheet libraries, Node. */
const impureModules = [
  'exceljs',
  'react',
  'react-dom',
  'react/*',
  '@fluentui/*',
  'office-addin-*',
  '@microsoft/office-js',
  'fs',
  'fs/*',
  'path',
  'os',
  'child_process',
  'crypto',
  'util',
  'url',
  'stream',
  'node:*',
];

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'test-artifacts/**', 'bench/out/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impureModules, message: 'src/core is pure: no Office, React, ExcelJS or Node APIs (DESIGN.md §2).' },
            { group: ['**/hosts/**', '**/taskpane/**', '**/cli/**', '**/commands/**'], message: 'Dependencies point inward: core imports nothing outside core.' },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'src/core is pure: no Node globals.' },
        { name: 'Buffer', message: 'src/core is pure: no Node globals.' },
        { name: 'require', message: 'src/core is pure: use imports.' },
        { name: 'window', message: 'src/core is pure: no DOM.' },
        { name: 'document', message: 'src/core is pure: no DOM.' },
        { name: 'Office', message: 'src/core is pure: no Office.js.' },
        { name: 'Excel', message: 'src/core is pure: no Office.js.' },
      ],
    },
  },
  {
    files: ['src/hosts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/taskpane/**', '**/cli/**', '**/commands/**', 'react', 'react-dom', '@fluentui/*'], message: 'Hosts import only core.' }] },
      ],
    },
  },
);
