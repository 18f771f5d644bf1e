/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Component tests run in jsdom, but load packages as Node does (yaml's browser build is ESM only).
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.yaml$': '<rootDir>/tests/support/textTransform.js',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json', 'yaml'],
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
};
