// ESM + ts-jest, as actions/typescript-action runs it (node --experimental-vm-modules).
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testTimeout: 120000,
  globalTeardown: '<rootDir>/test/helpers/global-teardown.ts',
  // Integration suites share services started through scripts/test-services; 2 cores.
  maxWorkers: 2,
  verbose: false,
};
