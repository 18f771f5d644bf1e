import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

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

/**
 * The office-addins rules of eslint-plugin-office-addins' recommended flat config. Its
 * config also brings its own parser, prettier and @typescript-eslint plugin, which would
 * clash with the ones above, so only its rules are taken (and the plugin registered).
 */
const officeAddinsRules = Object.fromEntries(
  officeAddins.configs.recommended.flatMap((config) => Object.entries(config.rules ?? {})).filter(([rule]) => rule.startsWith('office-addins/')),
);

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
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly', URL: 'readonly' } },
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
  {
    // The write rules both hosts execute: pure, so that neither host can bend them.
    files: ['src/hosts/edit/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: [...impureModules, '**/excel/**', '**/xlsx/**', '**/port', '**/quietPeriod', '**/taskpane/**', '**/cli/**', '**/commands/**', '**/app/**'],
              message: 'src/hosts/edit imports only src/core: no ExcelJS, no Office.js, no host.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'Office', message: 'src/hosts/edit is pure: no Office.js.' },
        { name: 'Excel', message: 'src/hosts/edit is pure: no Office.js.' },
      ],
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs'],
    languageOptions: { globals: { process: 'readonly', URL: 'readonly', console: 'readonly', setTimeout: 'readonly' } },
  },
  {
    // The Office.js host: load before read, sync after load, isNullObject for null checks,
    // and no context.sync() in a loop (an error here, not the plugin's warning: STYLE.md habit 6).
    files: ['src/hosts/excel/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: { ...officeAddinsRules, 'office-addins/no-context-sync-in-loop': 'error' },
  },
);
