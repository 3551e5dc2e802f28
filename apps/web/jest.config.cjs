/** SPA unit tests: Testing Library in jsdom, network stubbed at fetch. */
module.exports = {
  displayName: 'web',
  rootDir: __dirname,
  testEnvironment: '<rootDir>/jest.environment.cjs',
  testMatch: ['<rootDir>/src/**/*.spec.ts', '<rootDir>/src/**/*.spec.tsx'],
  setupFilesAfterEnv: ['<rootDir>/src/test/setup-tests.ts'],
  moduleNameMapper: {
    '^@bei-hub/api-client$': '<rootDir>/../../libs/api-client/src/index.ts',
    '^@bei-hub/domain$': '<rootDir>/../../libs/domain/src/index.ts',
    '\\.css$': '<rootDir>/src/test/style-stub.cjs',
  },
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
};
