// ESM TypeScript through ts-jest, as in actions/typescript-action. Type checking is `npm run typecheck`'s
// job, so ts-jest only transpiles (isolatedModules in tsconfig) and the suite stays fast.
/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js', 'json'],
  // Sources import './x.js' (NodeNext); under Jest they resolve to './x.ts'.
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/examples/'],
  modulePathIgnorePatterns: ['<rootDir>/dist/', '<rootDir>/examples/'],
  testTimeout: 30000,
  clearMocks: true,
  reporters: ['default'],
}
