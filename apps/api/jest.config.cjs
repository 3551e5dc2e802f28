/**
 * Unit specs (src/**\/*.spec.ts), database specs (test/*.db-spec.ts) and HTTP specs
 * (test/*.e2e-spec.ts) all run against real PostgreSQL: DATABASE_URL's server when set,
 * otherwise an embedded one started by the global setup. Each test file gets its own database.
 */
module.exports = {
  displayName: 'api',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: [
    '<rootDir>/src/**/*.spec.ts',
    '<rootDir>/test/**/*.db-spec.ts',
    '<rootDir>/test/**/*.e2e-spec.ts',
  ],
  globalSetup: '<rootDir>/test/support/global-setup.mjs',
  globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
  moduleNameMapper: { '^@bei-hub/domain$': '<rootDir>/../../libs/domain/src/index.ts' },
  transform: {
    '^.+/node_modules/content-disposition/.+\\.js$': [
      'ts-jest',
      {
        tsconfig: {
          allowJs: true,
          module: 'commonjs',
          moduleResolution: 'node10',
          ignoreDeprecations: '6.0',
        },
        isolatedModules: true,
      },
    ],
    '^.+\\.ts$': [
      'ts-jest',
      {
        tsconfig: '<rootDir>/tsconfig.spec.json',
        diagnostics: { ignoreCodes: [151002] },
        astTransformers: { before: ['<rootDir>/test/support/swagger-transformer.cjs'] },
      },
    ],
  },
  // @fastify/static pulls in content-disposition, which ships only as ESM.
  transformIgnorePatterns: ['/node_modules/(?!content-disposition/)'],
  testTimeout: 60_000,
  maxWorkers: 2,
};
