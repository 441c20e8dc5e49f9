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
  // Tests that run the whole pipeline (bundled actions, git, servers) take seconds alone and several
  // times that on a shared, loaded machine; a hang still fails, after two minutes.
  testTimeout: 120000,
  clearMocks: true,
  reporters: ['default'],
}
