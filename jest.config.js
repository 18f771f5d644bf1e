/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  // Component tests run in jsdom, but load packages as Node does (yaml's browser build is ESM only).
  testEnvironmentOptions: { customExportConditions: ['node', 'node-addons'] },
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    '^.+\\.yaml$': '<rootDir>/tests/support/planTemplateTransform.js',
  },
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json', 'yaml'],
  // The charting library's d3 packages export ES modules only to Node; their UMD builds load in Jest.
  moduleNameMapper: {
    '^(d3-(?:array|axis|color|format|hierarchy|interpolate|path|scale|selection|shape|time))$': '<rootDir>/node_modules/$1/dist/$1.js',
    '^internmap$': '<rootDir>/node_modules/internmap/dist/internmap.js',
  },
  testTimeout: 120000,
  reporters: ['default', '<rootDir>/tests/support/summaryReporter.js'],
};
